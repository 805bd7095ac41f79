import { expect, test } from "@playwright/test";
import { readDatabase } from "./support/database";
import { SEED_TITLE } from "./support/pages";
import { fetchXml, pathOf } from "./seo-xml";

const HOUR = 60 * 60 * 1000;

test.beforeEach(async ({ page }) => {
  await page.goto("about:blank");
});

test("robots.txt keeps crawlers out of the newsroom, search and the API, and names the sitemap index", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const robots = await response.text();
  for (const path of ["/redaksi", "/cari", "/api"]) expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the sitemap index names every sitemap, each answers 200, parses, and every URL in it answers 200", async ({ page, request }) => {
  // Renders every page the sitemaps list, a few hundred of them, most for the first time.
  test.setTimeout(240_000);
  const index = await fetchXml(page, request, "/sitemap.xml", ["loc", "lastmod"]);
  expect(index.root).toBe("sitemapindex");
  const sitemaps = index.texts.loc!;
  expect(index.texts.lastmod).toHaveLength(sitemaps.length);
  expect(sitemaps.map(pathOf)).toEqual(expect.arrayContaining(["/sitemaps/kategori.xml", "/sitemaps/tag.xml", "/sitemaps/penulis.xml"]));
  expect(sitemaps.some((url) => /\/sitemaps\/berita-\d{4}-\d{2}\.xml$/.test(url))).toBe(true);

  const urls = new Set<string>();
  for (const sitemap of sitemaps) {
    const file = await fetchXml(page, request, sitemap, ["loc", "lastmod", "image:loc"]);
    expect(file.root, sitemap).toBe("urlset");
    expect(file.texts.loc!.length, sitemap).toBeGreaterThan(0);
    expect(file.texts.lastmod!.every((t) => t.endsWith("+07:00")), sitemap).toBe(true);
    for (const url of [...file.texts.loc!, ...file.texts["image:loc"]!]) urls.add(url);
  }
  const broken: string[] = [];
  const all = [...urls];
  for (let i = 0; i < all.length; i += 8) {
    const batch = all.slice(i, i + 8);
    const statuses = await Promise.all(batch.map(async (url) => (await request.get(url, { maxRedirects: 0 })).status()));
    batch.forEach((url, k) => statuses[k] !== 200 && broken.push(`${statuses[k]} ${url}`));
  }
  expect(broken).toEqual([]);
});

test("the news sitemap lists the last 48 hours under the site name in Indonesian, and not a 3-day-old article", async ({ page, request }) => {
  const news = await fetchXml(page, request, "/news-sitemap.xml", ["loc", "news:name", "news:language", "news:publication_date", "news:title"]);
  const now = Date.now();
  const recent = readDatabase(
    (db) =>
      db.prepare("select slug, published_at as publishedAt from articles where status = 'published' order by published_at desc").all() as {
        slug: string;
        publishedAt: number;
      }[],
  );
  const threeDaysOld = recent.find((a) => a.publishedAt < now - 72 * HOUR)!;
  const lastDay = recent.filter((a) => a.publishedAt > now - 24 * HOUR);
  const paths = news.texts.loc!.map(pathOf);

  expect(lastDay.length).toBeGreaterThan(0);
  for (const article of lastDay) expect(paths).toContain(`/berita/${article.slug}`);
  expect(paths).not.toContain(`/berita/${threeDaysOld.slug}`);
  expect(paths.length).toBeLessThanOrEqual(1000);
  expect(new Set(news.texts["news:name"])).toEqual(new Set(["RI News Portal"]));
  expect(new Set(news.texts["news:language"])).toEqual(new Set(["id"]));
  for (const date of news.texts["news:publication_date"]!) {
    expect(date).toMatch(/\+07:00$/);
    expect(Date.parse(date)).toBeGreaterThan(now - 48 * HOUR - 5 * 60 * 1000);
  }
});

test("the site, category and hashtag feeds parse, hold 50 full items newest first, and never a draft", async ({ page, request }) => {
  const site = await fetchXml(page, request, "/rss.xml", ["item", "guid", "pubDate", "content:encoded", "atom:link", "dc:creator"]);
  expect(site.root).toBe("rss");
  expect(site.texts.item).toHaveLength(50);
  expect(site.texts.guid!.every((g) => /^urn:rinewsportal:article:\d+$/.test(g))).toBe(true);
  expect(site.texts["content:encoded"]!.every((html) => html.includes("<p>"))).toBe(true);
  expect(site.texts["dc:creator"]!.join(" ")).not.toContain("@");
  const times = site.texts.pubDate!.map(Date.parse);
  expect(times).toEqual([...times].sort((a, b) => b - a));

  const hidden = readDatabase((db) => db.prepare("select id from articles where status != 'published'").all() as { id: number }[]);
  expect(hidden.length).toBeGreaterThan(0);
  for (const { id } of hidden) expect(site.texts.guid).not.toContain(`urn:rinewsportal:article:${id}`);

  const category = await fetchXml(page, request, "/kategori/internasional/rss.xml", ["title", "link"]);
  expect(category.texts.title![0]).toBe("Internasional | RI News Portal");
  const hashtag = await fetchXml(page, request, "/tag/beritarinews/rss.xml", ["title"]);
  expect(hashtag.texts.title).toContain(SEED_TITLE);
  expect((await request.get("/tag/tidak_ada_tagar_ini/rss.xml")).status()).toBe(404);
  expect((await request.get("/kategori/tidak-ada/rss.xml")).status()).toBe(404);
});

test("an article without a large photo gets a generated share card; unknown ids get none", async ({ request }) => {
  const [article] = readDatabase((db) => db.prepare("select id from articles where status = 'published' limit 1").all() as { id: number }[]);
  const card = await request.get(`/og/berita/${article!.id}/og`);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  expect((await card.body()).subarray(1, 4).toString()).toBe("PNG");
  const draft = readDatabase((db) => db.prepare("select id from articles where status = 'draft' limit 1").get() as { id: number });
  for (const path of [`/og/berita/${draft.id}/og`, "/og/berita/999999/og", `/og/berita/${article!.id}/2x1`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
