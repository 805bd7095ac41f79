import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles, categories, hashtags } from "@/db/schema";
import { SEED_ARTICLE, MOVIE_REVIEW } from "@/lib/seed";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { addCorrection } from "@/lib/articles/corrections";
import { tagsDeclaredBy } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { seededStaff } from "@/lib/newsroom/testing";
import { slugify } from "@/lib/text/slug";
import { FEED_SIZE, getFeedChannel, getFeedItem } from "./index";
import { findText, parseXml } from "./testing";

const published = () =>
  getDb().select({ id: articles.id, publishedAt: articles.publishedAt, categoryId: articles.categoryId }).from(articles).where(eq(articles.status, "published")).all();

describe("feed reads", () => {
  beforeAll(async () => {
    await seedFreshDatabase({ now: Date.UTC(2026, 0, 10) });
  });
  afterAll(() => closeDatabase());

  it("the site feed lists the 50 newest published articles and never a draft, review or scheduled one", async () => {
    const channel = (await getFeedChannel({ kind: "site" }))!;
    const newest = published()
      .sort((a, b) => b.publishedAt! - a.publishedAt! || b.id - a.id)
      .slice(0, FEED_SIZE)
      .map((a) => a.id);
    expect(channel.articleIds).toEqual(newest);
    const hidden = getDb().select({ id: articles.id }).from(articles).where(eq(articles.status, "draft")).all();
    expect(hidden.length).toBeGreaterThan(0);
    expect(channel.articleIds).not.toEqual(expect.arrayContaining([hidden[0]!.id]));
    expect(channel).toMatchObject({ subject: "", pagePath: "/", feedPath: "/rss.xml" });
  });

  it("a category feed has only that category's articles; an unknown category has no feed", async () => {
    const ekonomi = getDb().select().from(categories).where(eq(categories.slug, "ekonomi")).get()!;
    const channel = (await getFeedChannel({ kind: "category", slug: "ekonomi" }))!;
    const inCategory = new Set(published().filter((a) => a.categoryId === ekonomi.id).map((a) => a.id));
    expect(channel.articleIds.length).toBeGreaterThan(0);
    expect(channel.articleIds.every((id) => inCategory.has(id))).toBe(true);
    expect(channel).toMatchObject({ subject: "Ekonomi", feedPath: "/kategori/ekonomi/rss.xml", pagePath: "/kategori/ekonomi" });
    expect(await getFeedChannel({ kind: "category", slug: "tidak-ada" })).toBeNull();
  });

  it("a hashtag with no published article has no feed", async () => {
    getDb().insert(hashtags).values({ name: "kosong", slug: "kosong" }).run();
    expect(await getFeedChannel({ kind: "hashtag", slug: "kosong" })).toBeNull();
    expect((await getFeedChannel({ kind: "hashtag", slug: "beritarinews" }))?.subject).toBe("#beritarinews");
  });

  /** The article's <item>, parsed; undefined when it has none (not published). */
  const item = async (id: number) => {
    const found = await getFeedItem(id);
    return found ? parseXml(found.xml) : undefined;
  };

  it("an item carries its body, byline and hashtags, resolves Baca juga to the published review, and holds no email", async () => {
    const seed = getDb().select().from(articles).where(eq(articles.slug, slugify(SEED_ARTICLE.title))).get()!;
    const review = getDb().select().from(articles).where(eq(articles.slug, slugify(MOVIE_REVIEW.title))).get()!;
    const found = (await getFeedItem(seed.id))!;
    const xml = parseXml(found.xml);
    expect(found.changedAt).toBe(Math.max(seed.publishedAt!, seed.updatedAt));
    expect(findText(xml, "title")).toEqual([SEED_ARTICLE.title]);
    expect(findText(xml, "dc:creator")).toContain("Setiawan S.TH");
    expect(findText(xml, "category")).toEqual(expect.arrayContaining(["Internasional", "beritarinews"]));
    const content = findText(xml, "content:encoded")[0]!;
    expect(content).toContain("<strong>Seoul, Korea Selatan, ");
    expect(content).toContain(`/berita/${review.slug}">${MOVIE_REVIEW.title}</a>`);
    expect(found.xml).not.toMatch(/@rinewsportal\.example/);
  });

  it("an item carries its article's Koreksi notes, oldest first", async () => {
    const seed = getDb().select().from(articles).where(eq(articles.slug, slugify(SEED_ARTICLE.title))).get()!;
    const { editor } = seededStaff();
    addCorrection(editor, seed.id, { note: "Koreksi pertama." }, Date.UTC(2026, 0, 11));
    addCorrection(editor, seed.id, { note: "Koreksi kedua." }, Date.UTC(2026, 0, 12));
    const content = findText((await item(seed.id))!, "content:encoded")[0]!;
    expect(content.indexOf("Koreksi pertama.")).toBeGreaterThan(0);
    expect(content.indexOf("Koreksi kedua.")).toBeGreaterThan(content.indexOf("Koreksi pertama."));
    const other = published().find((a) => a.id !== seed.id)!;
    expect(findText((await item(other.id))!, "content:encoded")[0]).not.toContain("Koreksi");
  });

  it("keeps an item by its article alone: only that article's changes and category names refresh it", async () => {
    const [id] = (await getFeedChannel({ kind: "site" }))!.articleIds;
    expect((await tagsDeclaredBy(() => getFeedItem(id!))).sort()).toEqual([tags.site, soft(tags.article(id!)), soft(tags.categories)].sort());
  });

  it("has no item for an article that is no longer published", async () => {
    const [first, second] = (await getFeedChannel({ kind: "site" }))!.articleIds;
    getDb().update(articles).set({ status: "draft" }).where(eq(articles.id, second!)).run();
    expect(await getFeedItem(second!)).toBeNull();
    expect(await item(first!)).toBeDefined();
    expect((await getFeedChannel({ kind: "site" }))!.articleIds).not.toContain(second);
  });
});
