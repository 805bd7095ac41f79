import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { currentHour } from "@/lib/time";
import { getPopularListing, listPopularArticles, POPULAR_LIMIT } from "./popular";
import { addArticle, setStatus } from "./test-fixtures";

const NOW = currentHour(Date.UTC(2025, 5, 18, 5, 42)); // 12:00 WIB, 18 Juni
const DAY = 86_400_000;

function addViews(articleId: number, day: string, views: number) {
  getDb().$client.prepare("insert into article_views (article_id, day, views) values (?, ?, ?)").run(articleId, day, views);
}

describe("most read", () => {
  const ids: Record<string, number> = {};

  beforeAll(() => {
    openFreshDatabase();
    for (const name of ["hariIni", "kemarin", "pekanIni", "pekanLalu", "draf", "tanpaBaca"]) {
      ids[name] = addArticle({ title: `Berita ${name}`, publishedAt: NOW - 10 * DAY }).id;
    }
    addViews(ids.hariIni!, "2025-06-18", 50);
    addViews(ids.kemarin!, "2025-06-17", 80);
    addViews(ids.pekanIni!, "2025-06-12", 900); // 6 days ago: in the week, not in the last 24 hours
    addViews(ids.pekanLalu!, "2025-06-11", 5000); // 7 days ago: out of the window
    addViews(ids.draf!, "2025-06-18", 9999);
    setStatus(ids.draf!, "draft");
  });
  afterAll(() => closeDatabase());

  it("ranks the last 24 hours first, then fills from the week, leaving out older views and unpublished articles", async () => {
    const popular = await listPopularArticles(NOW, 10);
    expect(popular.map((a) => a.id)).toEqual([ids.kemarin, ids.hariIni, ids.pekanIni]);
  });

  it("stops at the limit", async () => {
    expect((await listPopularArticles(NOW, 1)).map((a) => a.id)).toEqual([ids.kemarin]);
  });

  it("pages /terpopuler the same way, counted, with no page past the last", async () => {
    expect(await getPopularListing(NOW, 1)).toMatchObject({ total: 3, page: 1, pageCount: 1 });
    expect(await getPopularListing(NOW, 2)).toBeNull();
  });

  it("has an empty first page when nothing was read this week", async () => {
    expect(await getPopularListing(NOW + 30 * DAY, 1)).toMatchObject({ items: [], total: 0, pageCount: 1 });
  });

  it(`stops /terpopuler at ${POPULAR_LIMIT} articles`, async () => {
    for (let i = 0; i < POPULAR_LIMIT + 10; i++) {
      const { id } = addArticle({ title: `Banyak dibaca ${i}`, publishedAt: NOW - DAY });
      addViews(id, "2025-06-16", 1 + i);
    }
    const pages = [1, 2, 3, 4, 5].map((page) => getPopularListing(NOW, page));
    const listings = await Promise.all(pages);
    expect(listings.map((l) => l?.items.length)).toEqual([20, 20, 20, 20, 20]);
    expect(listings[0]!.total).toBe(POPULAR_LIMIT);
    expect(await getPopularListing(NOW, 6)).toBeNull();
    const all = listings.flatMap((l) => l!.items.map((a) => a.id));
    expect(new Set(all).size).toBe(POPULAR_LIMIT);
  });
});
