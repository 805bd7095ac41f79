import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { transitionArticle } from "@/lib/articles/workflow";
import { PAGE_SIZE } from "@/lib/pagination";
import { countArticlesByState, getNewsroomArticle, listNewsroomArticles, parseArticleListParams } from "./newsroom";
import { Refusal } from "@/lib/newsroom/refusal";
import { makeArticle, seededStaff } from "@/lib/newsroom/testing";

let staff: ReturnType<typeof seededStaff>;

describe("newsroom article lists", () => {
  beforeAll(async () => {
    await seedFreshDatabase();
    staff = seededStaff();
  });
  afterAll(() => closeDatabase());

  it("a contributor sees only their own articles, in lists, counts and by id", () => {
    const own = makeArticle("draft", staff.contributor.id);
    const others = makeArticle("draft", staff.reporter.id);
    const list = listNewsroomArticles(staff.contributor, { state: "draft" });
    expect(list.items.map((row) => row.id)).toEqual([own.id]);
    const published = listNewsroomArticles(staff.contributor, { state: "published" });
    expect(published.items.every((row) => row.authorId === staff.contributor.id)).toBe(true);
    expect(countArticlesByState(staff.contributor)).toMatchObject({ draft: 1, published: published.total });
    expect(countArticlesByState(staff.editor).published).toBeGreaterThan(published.total);
    expect(() => getNewsroomArticle(staff.contributor, others.id)).toThrow(Refusal);
    expect(getNewsroomArticle(staff.reporter, own.id).id).toBe(own.id);
  });

  it("filters by state (the trash apart), author, category and words of the title", () => {
    const trashed = makeArticle("draft", staff.reporter.id);
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: trashed.id, transition: "trash" });
    const everything = listNewsroomArticles(staff.editor, { page: 1 });
    expect(everything.items.some((row) => row.id === trashed.id)).toBe(false);
    expect(listNewsroomArticles(staff.editor, { state: "trashed" }).items.map((row) => row.id)).toEqual([trashed.id]);

    const review = listNewsroomArticles(staff.editor, { state: "review", authorId: staff.reporter.id });
    expect(review.items.length).toBeGreaterThan(0);
    expect(review.items.every((row) => row.state === "review" && row.authorId === staff.reporter.id)).toBe(true);

    const found = listNewsroomArticles(staff.editor, { text: "KURSK" });
    expect(found.items.map((row) => row.title)).toEqual(["Korea Utara Kirim Ribuan Pekerja Militer dan Penjinak Ranjau ke Kursk, Rusia"]);
    expect(listNewsroomArticles(staff.editor, { text: "100%_" }).total).toBe(0);
  });

  it("shows each article's views over all time", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const addViews = (day: string, views: number) => getDb().$client.prepare("insert into article_views (article_id, day, views) values (?, ?, ?)").run(id, day, views);
    expect(listNewsroomArticles(staff.editor, { state: "published" }).items.find((row) => row.id === id)!.views).toBe(0);
    addViews("2026-01-01", 40);
    addViews("2026-01-02", 2);
    expect(listNewsroomArticles(staff.editor, { state: "published" }).items.find((row) => row.id === id)!.views).toBe(42);
  });

  it("pages through a long list", () => {
    const first = listNewsroomArticles(staff.editor, { state: "published", page: 1 });
    const second = listNewsroomArticles(staff.editor, { state: "published", page: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(first.pageCount).toBeGreaterThan(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(first.items[0]!.publishedAt! >= first.items[1]!.publishedAt!).toBe(true);
  });

  it("reads a list filter from the URL and ignores what is malformed", () => {
    expect(parseArticleListParams({ status: "review", category: "2", author: "3", q: " banjir ", page: "2" })).toEqual({
      state: "review",
      categoryId: 2,
      authorId: 3,
      text: "banjir",
      page: 2,
    });
    expect(parseArticleListParams({ status: "dihapus", category: "x", author: "-1", page: "02", q: ["a", "b"] })).toEqual({
      state: undefined,
      categoryId: undefined,
      authorId: undefined,
      text: "a",
      page: 1,
    });
  });
});
