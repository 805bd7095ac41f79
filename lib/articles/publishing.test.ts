import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleHashtags, articles, cacheInvalidations } from "@/db/schema";
import { SEED_ARTICLE, seedDatabase } from "@/db/seed";
import { useFreshDatabase } from "@/db/testing";
import { tags } from "@/lib/cache/tags";
import { slugify } from "@/lib/text/slug";
import { ArticleNotFoundError, publishArticle, unpublishArticle } from "./publishing";

const slug = slugify(SEED_ARTICLE.title);
const row = () => getDb().select().from(articles).where(eq(articles.slug, slug)).get()!;

describe("publishing and unpublishing through lib", () => {
  beforeAll(async () => {
    useFreshDatabase();
    process.env.SEED_STAFF_PASSWORD = "kata-sandi-uji";
    await seedDatabase({ log: () => {} });
  });
  afterAll(() => closeDatabase());

  it("unpublishing takes the article and its hashtag listings off the public site and invalidates its pages and the listings", () => {
    const before = row();
    unpublishArticle(slug);
    const after = row();
    expect(after.status).toBe("draft");
    expect(after.version).toBe(before.version + 1);
    const listingStatuses = getDb().select({ status: articleHashtags.status }).from(articleHashtags).where(eq(articleHashtags.articleId, after.id)).all();
    expect(new Set(listingStatuses.map((r) => r.status))).toEqual(new Set(["draft"]));
    const invalidated = getDb().select({ tag: cacheInvalidations.tag }).from(cacheInvalidations).all().map((r) => r.tag);
    expect(invalidated).toEqual(expect.arrayContaining([tags.article(after.id), tags.articleSlug(slug), tags.listings, tags.popular]));
  });

  it("publishing again keeps the first publish time", () => {
    publishArticle(slug, Date.now());
    expect(row().status).toBe("published");
    expect(row().publishedAt).toBe(SEED_ARTICLE.publishedAt);
  });

  it("refuses an unknown article", () => {
    expect(() => unpublishArticle("tidak-ada")).toThrow(ArticleNotFoundError);
  });
});
