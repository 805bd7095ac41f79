import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { readDatabase } from "./support/database";
import { fetchXml, pathOf } from "./seo-xml";

type Subject = { id: number; slug: string; categorySlug: string; hashtagSlugs: string[] };

function cli(command: "publish" | "unpublish", slug: string) {
  execFileSync("npx", ["tsx", "lib/cli/main.ts", command, slug], { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH }, stdio: "pipe" });
}

/** A demo article from the last day and a half: in the news sitemap, the feeds and its month's sitemap. */
function recentArticle(): Subject {
  return readDatabase((db) => {
    const article = db
      .prepare(
        `select a.id, a.slug, c.slug as categorySlug from articles a join categories c on c.id = a.category_id
         where a.status = 'published' and a.published_at > ? order by a.published_at asc limit 1`,
      )
      .get(Date.now() - 36 * 60 * 60 * 1000) as Omit<Subject, "hashtagSlugs">;
    const hashtagSlugs = (db.prepare("select h.slug from article_hashtags ah join hashtags h on h.id = ah.hashtag_id where ah.article_id = ?").all(article.id) as { slug: string }[]).map((h) => h.slug);
    return { ...article, hashtagSlugs };
  });
}

/** Where the article is listed: every feed and sitemap that should name it. */
async function placesListing(page: Page, request: APIRequestContext, subject: Subject): Promise<string[]> {
  const path = `/berita/${subject.slug}`;
  const guid = `urn:rinewsportal:article:${subject.id}`;
  const found: string[] = [];
  const feeds = ["/rss.xml", `/kategori/${subject.categorySlug}/rss.xml`, ...subject.hashtagSlugs.map((slug) => `/tag/${slug}/rss.xml`)];
  for (const feed of feeds) {
    // A hashtag whose only article this was has no feed any more.
    if ((await request.get(feed)).status() === 404) continue;
    if ((await fetchXml(page, request, feed, ["guid"])).texts.guid!.includes(guid)) found.push(feed);
  }
  const index = await fetchXml(page, request, "/sitemap.xml", ["loc"]);
  for (const sitemap of [...index.texts.loc!, "/news-sitemap.xml"]) {
    if ((await fetchXml(page, request, sitemap, ["loc"])).texts.loc!.map(pathOf).includes(path)) found.push(pathOf(sitemap));
  }
  return found;
}

test("an unpublished article leaves every sitemap and feed at once, and comes back when republished", async ({ page, request }) => {
  await page.goto("about:blank");
  const subject = recentArticle();
  const month = /^\/sitemaps\/berita-\d{4}-\d{2}\.xml$/;

  // Read (and so cached) everywhere first: what follows proves invalidation, not expiry.
  const before = await placesListing(page, request, subject);
  expect(before).toEqual(expect.arrayContaining(["/rss.xml", `/kategori/${subject.categorySlug}/rss.xml`, "/news-sitemap.xml"]));
  expect(before.some((place) => month.test(place))).toBe(true);
  expect(before.filter((place) => place.startsWith("/tag/")).length).toBe(subject.hashtagSlugs.length);

  cli("unpublish", subject.slug);
  try {
    await expect.poll(() => placesListing(page, request, subject)).toEqual([]);
  } finally {
    cli("publish", subject.slug);
  }
  await expect.poll(() => placesListing(page, request, subject)).toEqual(before);
});
