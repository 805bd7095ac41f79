import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles, users } from "@/db/schema";
import { openFreshDatabase } from "@/db/testing";
import { getHashtagListing, listLatestArticles } from "@/lib/articles/listings";
import { getPublishedArticle, listArticleLinks } from "@/lib/articles/public";
import { verifyPassword } from "@/lib/auth/password";
import { slugify } from "@/lib/text/slug";
import { MOVIE_REVIEW, SEED_ARTICLE, seedDatabase } from "./index";

function dumpAllTables(): Record<string, unknown[]> {
  const client = getDb().$client;
  const tables = client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'articles_search%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, client.prepare(`select * from "${t}" order by 1`).all()]));
}

describe("the demo seed", () => {
  const log: string[] = [];
  beforeAll(async () => {
    openFreshDatabase();
    process.env.SEED_STAFF_PASSWORD = "kata-sandi-uji";
    await seedDatabase({ log: (line) => log.push(line), now: Date.UTC(2026, 0, 10) });
  });
  afterAll(() => closeDatabase());

  it("changes nothing when run a second time", async () => {
    const before = dumpAllTables();
    await seedDatabase({ log: () => {}, now: Date.UTC(2026, 5, 1) });
    expect(dumpAllTables()).toEqual(before);
  });

  it("creates one staff account per role with an argon2id password", async () => {
    const staff = getDb().select().from(users).all();
    expect(staff.map((u) => u.role).sort()).toEqual(["admin", "contributor", "editor", "reporter"]);
    expect(staff[0]!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(staff[0]!.passwordHash, "kata-sandi-uji")).toBe(true);
  });

  it("imports the seed article through the parser, published 18 Juni 2025 WIB in Internasional", async () => {
    const article = await getPublishedArticle(slugify(SEED_ARTICLE.title));
    expect(article).not.toBeNull();
    expect(article!.publishedAt).toBe(Date.parse("2025-06-18T10:00:00+07:00"));
    expect(article!.category?.slug).toBe("internasional");
    expect(article!.datelinePlace).toBe("Seoul, Korea Selatan");
    expect(article!.credits).toEqual([{ role: "pewarta", name: "Setiawan S.TH", authorSlug: "setiawan-s-th" }]);
    expect(article!.hashtags.map((h) => h.slug)).toContain("ri_news");
    expect(new Set(article!.hashtags.map((h) => h.slug)).size).toBe(article!.hashtags.length);
  });

  it("resolves the seed article's Baca juga to the movie review", async () => {
    const article = (await getPublishedArticle(slugify(SEED_ARTICLE.title)))!;
    const links = await listArticleLinks(article.bacaJugaIds);
    expect(links.map(({ title, href }) => ({ title, href }))).toEqual([{ title: MOVIE_REVIEW.title, href: `/berita/${slugify(MOVIE_REVIEW.title)}` }]);
  });

  it("gives the home page and the common hashtags more than one page of 20", async () => {
    expect((await listLatestArticles(1000)).length).toBeGreaterThan(40);
    expect((await getHashtagListing("rinewsportal", 1))!.listing.total).toBeGreaterThan(20);
  });

  it("keeps drafts, articles in review and scheduled ones out of every public read", async () => {
    const hidden = getDb().select().from(articles).where(eq(articles.status, "draft")).all();
    expect(hidden.length).toBeGreaterThan(0);
    const publicSlugs = new Set((await listLatestArticles(10_000)).map((a) => a.slug));
    for (const status of ["draft", "review", "scheduled"] as const) {
      const rows = getDb().select().from(articles).where(eq(articles.status, status)).all();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(publicSlugs.has(row.slug)).toBe(false);
        expect(await getPublishedArticle(row.slug)).toBeNull();
      }
    }
  });
});
