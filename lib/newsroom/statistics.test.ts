import { SQLiteSyncDialect } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { addArticle, addCategory, addStaff, setStatus } from "@/lib/articles/test-fixtures";
import type { StaffUser } from "@/lib/auth/session";
import { authorTotalsSql, categoryTotalsSql, getViewStatistics, periodParam, statisticsCsv, topArticlesSql } from "./statistics";

const NOW = Date.UTC(2025, 5, 18, 5, 42); // 12:42 WIB, 18 Juni
const DAY = 86_400_000;

function addViews(articleId: number, day: string, views: number) {
  getDb().$client.prepare("insert into article_views (article_id, day, views) values (?, ?, ?)").run(articleId, day, views);
}

function staff(id: number, role: StaffUser["role"]): StaffUser {
  return { id, name: `Staf ${id}`, email: `${id}@contoh.example`, role, slug: `staf-${id}` };
}

describe("view statistics", () => {
  const ids: Record<string, number> = {};
  let editor: StaffUser;
  let reporter: StaffUser;
  let ani: number;
  let budi: number;

  beforeAll(() => {
    openFreshDatabase();
    const ekonomi = addCategory("Ekonomi");
    const olahraga = addCategory("Olahraga");
    ani = addStaff("Ani Wartawan");
    budi = addStaff("Budi Fotografer");
    editor = staff(addStaff("Redaktur Uji", { role: "editor" }), "editor");
    reporter = staff(addStaff("Pewarta Uji", { role: "reporter" }), "reporter");
    const add = (name: string, publishedAt: number, categoryId: number | undefined, credits: { role: "pewarta" | "fotografer"; userId: number }[] = []) =>
      (ids[name] = addArticle({ title: `Berita ${name}`, publishedAt, categoryId, credits }).id);
    add("hariIni", NOW - 2 * DAY, ekonomi, [{ role: "pewarta", userId: ani }, { role: "fotografer", userId: budi }]);
    add("pekanIni", NOW - 20 * DAY, olahraga, [{ role: "pewarta", userId: ani }]);
    add("bulanIni", NOW - 40 * DAY, undefined, [{ role: "pewarta", userId: budi }, { role: "fotografer", userId: budi }]);
    add("seriLama", NOW - 5 * DAY, ekonomi);
    add("seriBaru", NOW - 1 * DAY, ekonomi);
    add("ditarik", NOW - 3 * DAY, ekonomi, [{ role: "pewarta", userId: ani }]);
    add("dibuang", NOW - 3 * DAY, olahraga);

    addViews(ids.hariIni!, "2025-06-18", 30);
    addViews(ids.hariIni!, "2025-06-16", 70);
    addViews(ids.pekanIni!, "2025-06-12", 500); // 6 days ago: the last day of "7 hari"
    addViews(ids.pekanIni!, "2025-06-11", 1000); // 7 days ago: only in "30 hari"
    addViews(ids.bulanIni!, "2025-05-20", 400); // 29 days ago: the first day of "30 hari"
    addViews(ids.bulanIni!, "2025-05-19", 9000); // 30 days ago: in no period
    addViews(ids.seriLama!, "2025-06-17", 20);
    addViews(ids.seriBaru!, "2025-06-17", 20);
    addViews(ids.ditarik!, "2025-06-18", 7777);
    addViews(ids.dibuang!, "2025-06-18", 8888);
    setStatus(ids.ditarik!, "draft");
    getDb().$client.prepare("update articles set deleted_at = ? where id = ?").run(NOW, ids.dibuang);
  });
  afterAll(() => closeDatabase());

  it("counts today, the last 7 and the last 30 WIB days, leaving out articles taken down or trashed", () => {
    const today = getViewStatistics(editor, "hari-ini", NOW);
    expect(today.articles.map((row) => [row.title, row.views])).toEqual([["Berita hariIni", 30]]);
    expect([today.from, today.to, today.totalViews, today.articlesRead]).toEqual(["2025-06-18", "2025-06-18", 30, 1]);

    const week = getViewStatistics(editor, "7-hari", NOW);
    expect(week.from).toBe("2025-06-12");
    // Equal views: the newer article first.
    expect(week.articles.map((row) => [row.title, row.views])).toEqual([
      ["Berita pekanIni", 500],
      ["Berita hariIni", 100],
      ["Berita seriBaru", 20],
      ["Berita seriLama", 20],
    ]);
    expect(week.totalViews).toBe(640);

    const month = getViewStatistics(editor, "30-hari", NOW);
    expect(month.from).toBe("2025-05-20");
    expect(month.articles.map((row) => [row.title, row.views])).toEqual([
      ["Berita pekanIni", 1500],
      ["Berita bulanIni", 400],
      ["Berita hariIni", 100],
      ["Berita seriBaru", 20],
      ["Berita seriLama", 20],
    ]);
    expect(month.articles[0]).toMatchObject({ categoryName: "Olahraga", slug: expect.any(String), publishedAt: NOW - 20 * DAY });
  });

  it("totals views per rubrik, articles with none under Tanpa rubrik", () => {
    const month = getViewStatistics(editor, "30-hari", NOW);
    expect(month.categories.map(({ name, views, articles }) => [name, views, articles])).toEqual([
      ["Olahraga", 1500, 1],
      ["Tanpa rubrik", 400, 1],
      ["Ekonomi", 140, 3],
    ]);
  });

  it("totals views per credited staff member, an article once per person whatever their roles on it", () => {
    const month = getViewStatistics(editor, "30-hari", NOW);
    expect(month.authors.map(({ id, views, articles }) => [id, views, articles])).toEqual([
      [ani, 1600, 2],
      [budi, 500, 2],
    ]);
  });

  it("cuts each table to the limit", () => {
    const month = getViewStatistics(editor, "30-hari", NOW, 2);
    expect(month.articles).toHaveLength(2);
    expect(month.categories).toHaveLength(2);
    expect(month.authors).toHaveLength(2);
    expect(month.articlesRead).toBe(5);
  });

  it("is for editors and admins only", () => {
    expect(() => getViewStatistics(reporter, "7-hari", NOW)).toThrow(expect.objectContaining({ reason: "forbidden" }));
    expect(() => statisticsCsv(reporter, "7-hari", "artikel", NOW)).toThrow(expect.objectContaining({ reason: "forbidden" }));
  });

  it("reads a period from the day index outward, never scanning a whole table (the archive's size does not matter)", () => {
    for (const query of [topArticlesSql, categoryTotalsSql, authorTotalsSql]) {
      const { sql, params } = new SQLiteSyncDialect().sqlToQuery(query("2025-06-12", "2025-06-18", 100));
      const plan = getDb().$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
      const details = plan.map((step) => step.detail);
      expect(details, details.join("\n")).toContain("SEARCH article_views USING INDEX article_views_day_idx (day>? AND day<?)");
      expect(details.some((detail) => /^SCAN (article_views|articles|article_credits)\b/.test(detail)), details.join("\n")).toBe(false);
    }
  });

  it("falls back to the last 7 days for a missing or malformed period", () => {
    for (const value of [undefined, "", "365-hari", ["hari-ini", "30-hari"], "hari-ini\u0000"]) expect(periodParam.parse(value)).toBe("7-hari");
    expect(periodParam.parse("30-hari")).toBe("30-hari");
  });

  it("gives a CSV per table with an Indonesian header", () => {
    const articles = statisticsCsv(editor, "7-hari", "artikel", NOW);
    expect(articles.filename).toBe("statistik-artikel-7-hari-2025-06-18.csv");
    const lines = articles.csv.split("\r\n");
    expect(lines[0]).toBe("Judul,Rubrik,Tayang,Alamat,Dibaca");
    expect(lines[1]).toMatch(/^Berita pekanIni,Olahraga,"[^"]+ WIB",\/berita\/berita-pekanini,500$/);
    expect(lines).toHaveLength(6); // header, four articles, and the empty string after the last CRLF
    expect(statisticsCsv(editor, "30-hari", "rubrik", NOW).csv).toBe("Rubrik,Artikel dibaca,Dibaca\r\nOlahraga,1,1500\r\nTanpa rubrik,1,400\r\nEkonomi,3,140\r\n");
    expect(statisticsCsv(editor, "30-hari", "penulis", NOW).csv).toBe("Penulis,Artikel dibaca,Dibaca\r\nAni Wartawan,2,1600\r\nBudi Fotografer,2,500\r\n");
  });
});

