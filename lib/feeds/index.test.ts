import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles, categories, hashtags } from "@/db/schema";
import { SEED_ARTICLE, MOVIE_REVIEW } from "@/lib/seed";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { addCorrection } from "@/lib/articles/corrections";
import { seededStaff } from "@/lib/newsroom/testing";
import { slugify } from "@/lib/text/slug";
import { FEED_SIZE, getFeedArticles, getFeedChannel } from "./index";

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

  it("an item carries its body, byline and hashtags, resolves Baca juga to the published review, and holds no email", async () => {
    const seed = getDb().select().from(articles).where(eq(articles.slug, slugify(SEED_ARTICLE.title))).get()!;
    const [item] = await getFeedArticles([seed.id]);
    expect(item).toMatchObject({ id: seed.id, title: SEED_ARTICLE.title, datelinePlace: "Seoul, Korea Selatan", category: { slug: "internasional" } });
    expect(item!.credits).toContainEqual({ role: "pewarta", name: "Setiawan S.TH", authorSlug: "setiawan-s-th" });
    expect(item!.related.map((r) => r.title)).toEqual([MOVIE_REVIEW.title]);
    expect(item!.hashtags.map((h) => h.slug)).toContain("beritarinews");
    expect(JSON.stringify(item)).not.toMatch(/@rinewsportal\.example/);
  });

  it("an item carries its article's Koreksi notes, oldest first", async () => {
    const seed = getDb().select().from(articles).where(eq(articles.slug, slugify(SEED_ARTICLE.title))).get()!;
    const { editor } = seededStaff();
    addCorrection(editor, seed.id, { note: "Koreksi pertama." }, Date.UTC(2026, 0, 11));
    addCorrection(editor, seed.id, { note: "Koreksi kedua." }, Date.UTC(2026, 0, 12));
    const [item, other] = await getFeedArticles([seed.id, published().find((a) => a.id !== seed.id)!.id]);
    expect(item!.corrections.map((c) => c.note)).toEqual(["Koreksi pertama.", "Koreksi kedua."]);
    expect(other!.corrections).toEqual([]);
  });

  it("leaves out articles that are no longer published, keeping the order asked for", async () => {
    const [first, second, third] = (await getFeedChannel({ kind: "site" }))!.articleIds;
    getDb().update(articles).set({ status: "draft" }).where(eq(articles.id, second!)).run();
    expect((await getFeedArticles([third!, second!, first!])).map((a) => a.id)).toEqual([third, first]);
    expect((await getFeedChannel({ kind: "site" }))!.articleIds).not.toContain(second);
  });
});
