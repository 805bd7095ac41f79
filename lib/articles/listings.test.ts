import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { PAGE_SIZE } from "@/lib/pagination";
import {
  authorIndex,
  categoryIndex,
  getAuthorListing,
  getCategoryListing,
  getHashtagListing,
  getLatestListing,
  hashtagIndex,
  latestIndex,
  listCategoryBlocks,
  listLatestArticles,
  type ArticleListing,
  type ListingIndex,
} from "./listings";
import { addArticle, addCategory, addStaff, setStatus } from "./test-fixtures";

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 5, 18, 3);

/** Every page of a listing, from page 1 until the read says there is no such page. */
async function allPages(read: (page: number) => Promise<ArticleListing | null>): Promise<ArticleListing[]> {
  const pages: ArticleListing[] = [];
  for (let page = 1; ; page++) {
    const listing = await read(page);
    if (!listing) return pages;
    pages.push(listing);
  }
}

function planOf(query: { toSQL(): { sql: string; params: unknown[] } }): string {
  const { sql, params } = query.toSQL();
  const rows = getDb().$client.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
  return rows.map((row) => row.detail).join("\n");
}

describe("article listings", () => {
  let nasional: number;
  let olahraga: number;
  let reporter: number;
  let formerStaff: number;
  const published: { id: number; publishedAt: number; categoryId: number }[] = [];
  const hidden: number[] = [];

  beforeAll(() => {
    openFreshDatabase();
    nasional = addCategory("Nasional");
    olahraga = addCategory("Olahraga");
    addCategory("Kosong");
    reporter = addStaff("Rina Pewarta");
    formerStaff = addStaff("Mantan Pewarta", { active: false });
    addStaff("Pewarta Baru");
    // 53 published articles: three pages of the latest listing. Pairs share a published_at, so
    // page boundaries fall between equal times and the id must break the tie.
    for (let i = 0; i < 53; i++) {
      const publishedAt = T0 - Math.floor(i / 2) * HOUR;
      const categoryId = i % 3 === 0 ? olahraga : nasional;
      const credits = [
        { role: "pewarta" as const, userId: reporter },
        ...(i % 5 === 0 ? [{ role: "fotografer" as const, userId: reporter }] : []),
      ];
      const { id } = addArticle({ title: `Berita nomor ${i}`, publishedAt, categoryId, hashtags: ["semua", ...(i % 2 ? ["ganjil"] : [])], credits });
      published.push({ id, publishedAt, categoryId });
    }
    for (const status of ["draft", "review", "scheduled"] as const) {
      hidden.push(
        addArticle({ title: `Naskah ${status}`, status, publishedAt: T0 + HOUR, categoryId: nasional, hashtags: ["semua", "rahasia"], credits: [{ role: "pewarta", userId: reporter }] }).id,
      );
    }
    addArticle({ title: "Berita lama mantan pewarta", publishedAt: T0 - 1000 * HOUR, categoryId: nasional, credits: [{ role: "pewarta", userId: formerStaff }] });
  });
  afterAll(() => closeDatabase());

  const newestFirst = (rows: typeof published) => [...rows].sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id).map((r) => r.id);

  it("pages through the latest articles newest first, 20 a page, with no duplicate and no gap", async () => {
    const pages = await allPages((page) => getLatestListing(page));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 14]);
    expect(pages.every((p) => p.total === 54 && p.pageCount === 3)).toBe(true);
    const ids = pages.flatMap((p) => p.items.map((a) => a.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 53)).toEqual(newestFirst(published));
  });

  it("has no page past the last one, and a first page even when nothing is published", async () => {
    expect(await getLatestListing(4)).toBeNull();
    expect(await getCategoryListing("kosong", 1)).toMatchObject({ listing: { items: [], total: 0, page: 1, pageCount: 1 } });
    expect(await getCategoryListing("kosong", 2)).toBeNull();
  });

  it("never lists drafts, articles in review or scheduled ones", async () => {
    const everywhere = [
      ...(await allPages((page) => getLatestListing(page))),
      ...(await allPages((page) => getCategoryListing("nasional", page).then((r) => r?.listing ?? null))),
      ...(await allPages((page) => getHashtagListing("semua", page).then((r) => r?.listing ?? null))),
      ...(await allPages((page) => getAuthorListing("rina-pewarta", page).then((r) => r?.listing ?? null))),
    ].flatMap((p) => p.items.map((a) => a.id));
    for (const id of hidden) expect(everywhere).not.toContain(id);
    expect(await getHashtagListing("rahasia", 1)).toBeNull();
  });

  it("lists a category's articles only, newest first, counted", async () => {
    const pages = await allPages((page) => getCategoryListing("olahraga", page).then((r) => r?.listing ?? null));
    const expected = newestFirst(published.filter((p) => p.categoryId === olahraga));
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(expected);
    expect(pages[0]!.total).toBe(expected.length);
    expect(await getCategoryListing("tidak-ada", 1)).toBeNull();
  });

  it("lists a hashtag from its listing copies, with its name and count", async () => {
    const result = await getHashtagListing("ganjil", 1);
    expect(result?.hashtag).toEqual({ name: "ganjil", slug: "ganjil", description: null });
    expect(result?.listing.total).toBe(26);
    const pages = await allPages((page) => getHashtagListing("ganjil", page).then((r) => r?.listing ?? null));
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(newestFirst(published.filter((_, i) => i % 2 === 1)));
    expect(await getHashtagListing("tidak_ada", 1)).toBeNull();
  });

  it("lists an author's articles once each, even with two credits on one article", async () => {
    const pages = await allPages((page) => getAuthorListing("rina-pewarta", page).then((r) => r?.listing ?? null));
    const ids = pages.flatMap((p) => p.items.map((a) => a.id));
    expect(ids).toEqual(newestFirst(published));
    expect(pages[0]!.total).toBe(53);
  });

  it("gives active staff a page before their first article, and former staff only while credited", async () => {
    expect(await getAuthorListing("pewarta-baru", 1)).toMatchObject({ author: { name: "Pewarta Baru" }, listing: { total: 0 } });
    expect(await getAuthorListing("mantan-pewarta", 1)).toMatchObject({ listing: { total: 1 } });
  });

  it("drops an article from every listing once it is unpublished", async () => {
    const victim = published[0]!.id;
    setStatus(victim, "draft");
    try {
      const latest = await listLatestArticles(PAGE_SIZE);
      const hashtag = await getHashtagListing("semua", 1);
      const author = await getAuthorListing("rina-pewarta", 1);
      const category = await getCategoryListing("olahraga", 1);
      for (const list of [latest, hashtag!.listing.items, author!.listing.items, category!.listing.items]) {
        expect(list.map((a) => a.id)).not.toContain(victim);
      }
      expect(hashtag!.listing.total).toBe(52);
    } finally {
      setStatus(victim, "published");
    }
  });

  it("gives the home page a block per category with something published, in navigation order", async () => {
    const blocks = await listCategoryBlocks(4);
    expect(blocks.map((b) => b.category.slug)).toEqual(["nasional", "olahraga"]);
    expect(blocks[1]!.articles.map((a) => a.id)).toEqual(newestFirst(published.filter((p) => p.categoryId === olahraga)).slice(0, 4));
  });

  it("returns plain JSON data (it crosses the cache)", async () => {
    const listing = await getHashtagListing("semua", 2);
    expect(JSON.parse(JSON.stringify(listing))).toEqual(listing);
  });

  describe("query plans", () => {
    const indexes: [string, () => ListingIndex, string][] = [
      ["latest", () => latestIndex, "articles_status_published_idx"],
      ["category", () => categoryIndex(nasional), "articles_category_published_idx"],
      ["hashtag", () => hashtagIndex(1), "article_hashtags_listing_idx"],
      ["author", () => authorIndex(reporter), "article_credits_listing_idx"],
    ];

    it.each(indexes)("reads a deep %s page from its covering index alone, in index order", (_, index, indexName) => {
      const plan = planOf(index().ids(10_000, PAGE_SIZE));
      expect(plan).toContain(`USING COVERING INDEX ${indexName}`);
      expect(plan).not.toContain("TEMP B-TREE");
    });

    it.each(indexes)("counts the %s listing on a covering index", (_, index) => {
      expect(planOf(index().count())).toContain("COVERING INDEX");
    });
  });
});
