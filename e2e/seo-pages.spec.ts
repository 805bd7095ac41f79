import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { readDatabase } from "./support/database";
import { SEED_ARTICLE_PATH, SEED_TITLE } from "./support/pages";

// What search engines and social apps read in the server's HTML: titles, descriptions, canonical
// URLs, robots, Open Graph and Twitter tags, JSON-LD. JavaScript is off, so every check is on the
// markup as served, not on what the browser built afterwards.
test.use({ javaScriptEnabled: false });

const SITE_NAME = "RI News Portal";
const SEED_SLUG = SEED_ARTICLE_PATH.slice("/berita/".length);

type JsonLdNode = { "@type": string; [key: string]: unknown };

/** Every JSON-LD node on the page; fails if any script element does not parse. */
async function jsonLd(page: Page): Promise<JsonLdNode[]> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.flatMap((text) => JSON.parse(text) as JsonLdNode | JsonLdNode[]);
}

const metaContent = (page: Page, selector: string) => page.locator(`meta[${selector}]`).getAttribute("content");
const metaContents = (page: Page, selector: string) => page.locator(`meta[${selector}]`).evaluateAll((els) => els.map((el) => el.getAttribute("content") ?? ""));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function robots(page: Page): Promise<string> {
  return (await metaContents(page, 'name="robots"')).join(", ");
}

test("the seed article has a title, description, canonical, robots, Open Graph and Twitter tags of its own", async ({ page, baseURL }) => {
  const seed = readDatabase((db) => {
    const row = db
      .prepare("select a.id, a.dek, c.name as category from articles a join categories c on c.id = a.category_id where a.slug = ?")
      .get(SEED_SLUG) as { id: number; dek: string; category: string };
    const hashtags = db
      .prepare("select h.name from article_hashtags ah join hashtags h on h.id = ah.hashtag_id where ah.article_id = ? order by ah.position")
      .all(row.id) as { name: string }[];
    return { ...row, hashtags: hashtags.map((h) => h.name) };
  });
  expect(seed.hashtags.length).toBeGreaterThan(0);

  expect((await page.goto(SEED_ARTICLE_PATH))?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.locator("title")).toHaveCount(1);
  await expect(page).toHaveTitle(`${SEED_TITLE} | ${SITE_NAME}`);

  // The dek, cut on a word to 160 characters.
  const description = (await metaContent(page, 'name="description"')) ?? "";
  expect([...description].length).toBeLessThanOrEqual(160);
  expect(description.length).toBeGreaterThan(50);
  expect(seed.dek.startsWith(description.replace(/…$/, ""))).toBe(true);

  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${SEED_ARTICLE_PATH}`);
  const robotsContent = await robots(page);
  expect(robotsContent).toContain("max-image-preview:large");
  expect(robotsContent).not.toContain("noindex");

  expect(await metaContent(page, 'property="og:type"')).toBe("article");
  expect(await metaContent(page, 'property="og:url"')).toBe(`${baseURL}${SEED_ARTICLE_PATH}`);
  expect(await metaContent(page, 'property="og:title"')).toBe(SEED_TITLE);
  expect(await metaContent(page, 'property="og:site_name"')).toBe(SITE_NAME);
  expect(await metaContent(page, 'property="og:image"')).toBe(`${baseURL}/demo/internasional.jpg`);
  expect(await metaContent(page, 'property="article:published_time"')).toBe("2025-06-18T10:00:00+07:00");
  expect(await metaContent(page, 'property="article:modified_time"')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
  expect(await metaContent(page, 'property="article:section"')).toBe(seed.category);
  expect(await metaContents(page, 'property="article:tag"')).toEqual(seed.hashtags);
  expect(await metaContent(page, 'name="twitter:card"')).toBe("summary_large_image");
  expect(await metaContent(page, 'name="twitter:title"')).toBe(SEED_TITLE);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", `${baseURL}/rss.xml`);
});

test("the seed article carries one NewsArticle and a BreadcrumbList in JSON-LD, and no email address", async ({ page, baseURL }) => {
  await page.goto(SEED_ARTICLE_PATH);
  const nodes = await jsonLd(page);
  const articles = nodes.filter((node) => node["@type"] === "NewsArticle");
  expect(articles).toHaveLength(1);
  const article = articles[0]!;
  expect(article).toMatchObject({
    headline: SEED_TITLE,
    url: `${baseURL}${SEED_ARTICLE_PATH}`,
    datePublished: "2025-06-18T10:00:00+07:00",
    articleSection: "Internasional",
    isAccessibleForFree: true,
    inLanguage: "id",
    publisher: { "@type": "Organization", name: SITE_NAME, logo: { "@type": "ImageObject", url: `${baseURL}/logo.png` } },
  });
  expect(article.dateModified).toMatch(/\+07:00$/);
  expect(article.author).toContainEqual({ "@type": "Person", name: "Setiawan S.TH", url: `${baseURL}/penulis/setiawan-s-th` });
  expect(Array.isArray(article.keywords) && article.keywords.length > 0).toBe(true);
  expect(article.image).toContainEqual(expect.objectContaining({ "@type": "ImageObject", url: `${baseURL}/demo/internasional.jpg` }));

  const breadcrumbs = nodes.filter((node) => node["@type"] === "BreadcrumbList");
  expect(breadcrumbs).toHaveLength(1);
  expect(breadcrumbs[0]!.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Beranda", item: `${baseURL}/` },
    { "@type": "ListItem", position: 2, name: "Internasional", item: `${baseURL}/kategori/internasional` },
    { "@type": "ListItem", position: 3, name: SEED_TITLE, item: `${baseURL}${SEED_ARTICLE_PATH}` },
  ]);
  expect(await page.content()).not.toContain("@rinewsportal.example");
});

test("the home page describes the site with a SearchAction on /cari, and the organization", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(new RegExp(`^${SITE_NAME}`));
  // Next writes the site root without its slash.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${escapeRegExp(`${baseURL}/`)}?$`));
  const nodes = await jsonLd(page);
  expect(nodes.find((node) => node["@type"] === "WebSite")).toMatchObject({
    url: `${baseURL}/`,
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${baseURL}/cari?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  });
  expect(nodes.find((node) => node["@type"] === "Organization")).toMatchObject({ name: SITE_NAME, url: `${baseURL}/`, logo: { url: `${baseURL}/logo.png` } });
});

test("page 2 of a hashtag is canonical to itself, links its neighbours and advertises the hashtag's feed", async ({ page, baseURL }) => {
  const hashtag = readDatabase(
    (db) =>
      db
        .prepare(
          `select h.slug, h.name, count(*) as n from article_hashtags ah join hashtags h on h.id = ah.hashtag_id
           where ah.status = 'published' group by h.id order by n desc limit 1`,
        )
        .get() as { slug: string; name: string; n: number },
  );
  expect(hashtag.n).toBeGreaterThan(20);
  const path = `/tag/${hashtag.slug}`;

  expect((await page.goto(`${path}?page=2`))?.status()).toBe(200);
  await expect(page).toHaveTitle(`#${hashtag.name} - Halaman 2 | ${SITE_NAME}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${path}?page=2`);
  await expect(page.locator('link[rel="prev"]')).toHaveAttribute("href", `${baseURL}${path}`);
  const feeds = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(feeds).toContain(`${baseURL}${path}/rss.xml`);
  const breadcrumb = (await jsonLd(page)).find((node) => node["@type"] === "BreadcrumbList");
  expect(breadcrumb?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Beranda", item: `${baseURL}/` },
    { "@type": "ListItem", position: 2, name: `#${hashtag.name}`, item: `${baseURL}${path}` },
  ]);
});

test("every kind of reader page has one title of its own, a description and an absolute canonical URL", async ({ page, baseURL }) => {
  const pages = [
    { path: "/", canonical: "/" },
    { path: SEED_ARTICLE_PATH, canonical: SEED_ARTICLE_PATH },
    { path: "/kategori/internasional", canonical: "/kategori/internasional" },
    { path: "/penulis/setiawan-s-th", canonical: "/penulis/setiawan-s-th" },
    { path: "/terkini?page=2", canonical: "/terkini?page=2" },
    // Not /terpopuler: views.spec.ts must be the first to render it (it checks its canonical URL).
    { path: "/halaman/tentang-kami", canonical: "/halaman/tentang-kami" },
  ];
  const titles = new Set<string>();
  for (const { path, canonical } of pages) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    await expect(page.locator("title"), path).toHaveCount(1);
    titles.add(await page.title());
    expect((await metaContent(page, 'name="description"'))?.length ?? 0, path).toBeGreaterThan(10);
    // Next writes the site root without its slash.
    const absolute = new RegExp(`^${escapeRegExp(`${baseURL}${canonical}`)}${canonical === "/" ? "?" : ""}$`);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute("href", absolute);
    expect(await metaContent(page, 'property="og:url"'), path).toMatch(absolute);
    expect(await robots(page), path).not.toContain("noindex");
  }
  expect(titles.size).toBe(pages.length);
});

test("the category page has a BreadcrumbList and its feed; the author page is a profile without an email", async ({ page, baseURL }) => {
  await page.goto("/kategori/internasional");
  expect((await jsonLd(page)).find((node) => node["@type"] === "BreadcrumbList")?.itemListElement).toEqual([
    { "@type": "ListItem", position: 1, name: "Beranda", item: `${baseURL}/` },
    { "@type": "ListItem", position: 2, name: "Internasional", item: `${baseURL}/kategori/internasional` },
  ]);
  const feeds = await page.locator('link[rel="alternate"][type="application/rss+xml"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  expect(feeds).toContain(`${baseURL}/kategori/internasional/rss.xml`);

  await page.goto("/penulis/setiawan-s-th");
  expect(await metaContent(page, 'property="og:type"')).toBe("profile");
  expect(await page.content()).not.toContain("@rinewsportal.example");
});

test("search results, a 404 and the newsroom sign-in page are kept out of the index", async ({ page }) => {
  await page.goto("/cari?q=x");
  expect(await robots(page)).toContain("noindex");
  await expect(page).toHaveTitle(`Hasil pencarian "x" | ${SITE_NAME}`);

  for (const path of ["/berita/berita-yang-tidak-pernah-ada", "/bukan/halaman/apa-pun"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
    expect(await robots(page), path).toContain("noindex");
    await expect(page, path).toHaveTitle(`Halaman tidak ditemukan | ${SITE_NAME}`);
  }

  await page.goto("/redaksi/masuk");
  const newsroom = await robots(page);
  expect(newsroom).toContain("noindex");
  expect(newsroom).toContain("nofollow");
});

/**
 * Records, as the newsroom does when it renames an article, that the seed article used to live at a
 * new made-up slug, after that old path was seen (and cached) as a 404; returns the path.
 */
async function recordOldSeedSlug(request: APIRequestContext): Promise<string> {
  const { id } = readDatabase((db) => db.prepare("select id from articles where slug = ?").get(SEED_SLUG) as { id: number });
  const oldSlug = `judul-lama-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  expect((await request.get(`/berita/${oldSlug}`, { maxRedirects: 0 })).status()).toBe(404);
  const script = `
    import { recordSlugChange } from "@/lib/redirects";
    import { invalidateTags } from "@/lib/cache/invalidation";
    const changed = recordSlugChange(${id}, ${JSON.stringify(oldSlug)});
    if (changed.length === 0) throw new Error("no redirect recorded");
    invalidateTags(changed);
  `;
  execFileSync("npx", ["tsx", "-e", script], { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH }, stdio: "pipe" });
  return `/berita/${oldSlug}`;
}

/** The first answer for `path` that is not the cached 404 any more: the render that saw the redirect. */
async function firstAnswerAfterNotFound(request: APIRequestContext, path: string): Promise<APIResponse> {
  let response: APIResponse | undefined;
  await expect
    .poll(async () => (response = await request.get(path, { maxRedirects: 0 })).status())
    .not.toBe(404);
  return response!;
}

const locations = (response: APIResponse) => response.headersArray().filter((h) => h.name.toLowerCase() === "location").map((h) => h.value);

test("an article's old slug answers a permanent redirect to its current one as soon as the slug change is recorded", async ({ page, request }) => {
  const oldPath = await recordOldSeedSlug(request);
  const redirect = await firstAnswerAfterNotFound(request, oldPath);
  // 308 from Next; the server layer may turn it into a 301.
  expect([301, 308]).toContain(redirect.status());
  const targets = locations(redirect);
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) expect(new URL(target, "http://site.invalid").pathname).toBe(SEED_ARTICLE_PATH);

  // A browser lands on the article.
  const landed = await page.goto(oldPath);
  expect(landed?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(SEED_ARTICLE_PATH);
  expect(landed?.request().redirectedFrom()?.url()).toMatch(new RegExp(`${escapeRegExp(oldPath)}$`));
});

// Next sends Location twice on the first render of a cached redirect (vercel/next.js#82117);
// lib/server/permanent-redirects.ts sends one.
test("the first answer of a new redirect carries one Location header", async ({ request }) => {
  const redirect = await firstAnswerAfterNotFound(request, await recordOldSeedSlug(request));
  expect(locations(redirect)).toEqual([SEED_ARTICLE_PATH]);
});
