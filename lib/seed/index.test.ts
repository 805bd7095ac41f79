import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { prepareDatabase } from "@/lib/seed/prepare";
import { articles, categories, hashtags, media, settings, staticPages, users } from "@/db/schema";
import { openFreshDatabase } from "@/db/testing";
import { getHashtagListing, listLatestArticles } from "@/lib/articles/listings";
import { listPopularArticles } from "@/lib/articles/popular";
import { getPublishedArticle, listArticleLinks } from "@/lib/articles/public";
import { verifyPassword } from "@/lib/auth/password";
import { ensureAdminFromEnv } from "@/lib/staff/newsroom";
import { slugify } from "@/lib/text/slug";
import { currentHour } from "@/lib/time";
import { DEMO_READ_ARTICLES } from "./demo-views";
import { CATEGORIES, MOVIE_REVIEW, SEED_ARTICLE, seedDatabase } from "./index";

function dumpAllTables(): Record<string, unknown[]> {
  const client = getDb().$client;
  const tables = client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'articles_search%'")
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, client.prepare(`select * from "${t}" order by 1`).all()]));
}

const SEEDED_AT = Date.UTC(2026, 0, 10);

describe("the demo seed", () => {
  const log: string[] = [];
  beforeAll(async () => {
    openFreshDatabase();
    process.env.SEED_STAFF_PASSWORD = "kata-sandi-uji";
    await seedDatabase({ log: (line) => log.push(line), now: SEEDED_AT });
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

  it("gives the site a week of views: Terpopuler shows the seed article first, on less than a page", async () => {
    const popular = await listPopularArticles(currentHour(SEEDED_AT + 3_600_000), 20);
    expect(popular).toHaveLength(DEMO_READ_ARTICLES);
    expect(popular[0]!.title).toBe(SEED_ARTICLE.title);
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

describe("a production first start (DEMO_CONTENT=off)", () => {
  const log: string[] = [];
  beforeAll(async () => {
    openFreshDatabase();
    Object.assign(process.env, { DEMO_CONTENT: "off", ADMIN_EMAIL: "pemred@contoh.example", ADMIN_PASSWORD: "rahasia-produksi-2026", SEED_STAFF_PASSWORD: "kata-sandi-uji" });
    await prepareDatabase((line) => log.push(line));
    await ensureAdminFromEnv((line) => log.push(line));
  });
  afterAll(() => {
    for (const name of ["DEMO_CONTENT", "ADMIN_EMAIL", "ADMIN_PASSWORD"]) delete process.env[name];
    closeDatabase();
  });

  it("starts with settings, the static pages, the categories and the ADMIN_EMAIL account only", async () => {
    const db = getDb();
    expect(db.select({ email: users.email, role: users.role }).from(users).all()).toEqual([{ email: "pemred@contoh.example", role: "admin" }]);
    const [admin] = db.select().from(users).all();
    expect(await verifyPassword(admin!.passwordHash, "rahasia-produksi-2026")).toBe(true);
    expect(db.select({ slug: categories.slug }).from(categories).orderBy(categories.position).all().map((c) => c.slug)).toEqual(CATEGORIES.map(([, slug]) => slug));
    expect(db.select({ key: settings.key }).from(settings).all().map((row) => row.key)).toContain("site_name");
    expect(db.select().from(staticPages).all().length).toBeGreaterThan(0);
    expect([db.select().from(articles).all(), db.select().from(media).all(), db.select().from(hashtags).all()]).toEqual([[], [], []]);
    expect(log.join("\n")).toContain("DEMO_CONTENT=off");
  });

  it("adds no demo content on a later seed either", async () => {
    await seedDatabase({ log: () => {} });
    expect(getDb().select({ email: users.email }).from(users).all()).toEqual([{ email: "pemred@contoh.example" }]);
    expect(getDb().select().from(articles).all()).toEqual([]);
  });
});

describe("SEED_STAFF_PASSWORD", () => {
  afterAll(() => closeDatabase());

  it("is held to the rules of any password: a short one stops the seed before anything is written", async () => {
    openFreshDatabase();
    process.env.SEED_STAFF_PASSWORD = "pendek";
    try {
      await expect(seedDatabase({ log: () => {}, demo: true })).rejects.toThrow("SEED_STAFF_PASSWORD must be 10 to 200 characters long");
    } finally {
      process.env.SEED_STAFF_PASSWORD = "kata-sandi-uji";
    }
    expect([getDb().select().from(users).all(), getDb().select().from(categories).all()]).toEqual([[], []]);
  });
});
