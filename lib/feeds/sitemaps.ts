import { and, asc, count, countDistinct, desc, eq, exists, gte, isNotNull, lt, max, min, notInArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleCredits, articleHashtags, articles, categories, hashtags, media, users } from "@/db/schema";
import { SPONSORED_KINDS } from "@/lib/articles/kinds";
import { isPublished } from "@/lib/articles/summaries";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { getSiteSettings, type SiteSettings } from "@/lib/settings";
import { isValidHashtagSlug } from "@/lib/text/slug";
import { wibMonth, wibToEpoch } from "@/lib/time";
import { articlePath, authorPath, categoryPath, hashtagPath } from "@/lib/urls";

// Reads for the sitemaps. Published articles only, and only listings that have one; plain JSON results.

/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_URL_LIMIT = 50_000;
/** Google News reads at most this many URLs from a news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1_000;
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;

export type SitemapFile =
  | { kind: "articles"; month: string; page: number }
  | { kind: "categories" }
  | { kind: "hashtags"; page: number }
  | { kind: "authors"; page: number };

/** "berita-2025-06.xml", "berita-2025-06-2.xml", "kategori.xml", "tag.xml", "tag-2.xml", "penulis.xml". */
export function sitemapFileName(file: SitemapFile): string {
  const pageSuffix = "page" in file && file.page > 1 ? `-${file.page}` : "";
  switch (file.kind) {
    case "articles":
      return `berita-${file.month}${pageSuffix}.xml`;
    case "categories":
      return "kategori.xml";
    case "hashtags":
      return `tag${pageSuffix}.xml`;
    case "authors":
      return `penulis${pageSuffix}.xml`;
  }
}

export function sitemapPath(file: SitemapFile): string {
  return `/sitemaps/${sitemapFileName(file)}`;
}

const FILE_NAME = /^(?:berita-(?<month>\d{4}-(?:0[1-9]|1[0-2]))|(?<list>tag|penulis|kategori))(?:-(?<page>[2-9]|[1-9]\d+))?\.xml$/;

/** The sitemap a file name stands for; null for any name `sitemapFileName` would not produce. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  const groups = FILE_NAME.exec(name)?.groups;
  if (!groups) return null;
  const page = groups.page ? Number(groups.page) : 1;
  if (groups.month) return { kind: "articles", month: groups.month, page };
  if (groups.list === "kategori") return page === 1 ? { kind: "categories" } : null;
  return { kind: groups.list === "tag" ? "hashtags" : "authors", page };
}

const pagesFor = (count: number) => Math.ceil(count / SITEMAP_URL_LIMIT);

export type SitemapIndex = { site: SiteSettings; files: { file: SitemapFile; lastmod: number | null }[] };

/** "2026-05" -> "2026-06". */
function nextMonth(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}`;
}

/** Published in this WIB month ("2026-05"): a range of articles_status_published_idx. */
function publishedInMonth(month: string) {
  return and(isPublished, gte(articles.publishedAt, wibToEpoch(`${month}-01`)), lt(articles.publishedAt, wibToEpoch(`${nextMonth(month)}-01`)));
}

// Which URLs are listed is hard; when each last changed (an edit's lastmod) is soft.
const sitemapTags = () => [tags.sitemaps, soft(tags.sitemaps)];
const monthTags = (month: string) => [tags.sitemapMonth(month), soft(tags.sitemapMonth(month))];

// The index is re-rendered on every publish, so it reads the archive month by month, each month
// cached on its own: a publish recounts its own month, never the whole archive (a scan of every
// article took 140 ms at 20 000 articles, with the event loop blocked).
const publishedMonthRange = cachedRead(
  "sitemap-month-range",
  (): { first: string; last: string } | null => {
    const range = getDb()
      .select({ first: min(articles.publishedAt), last: max(articles.publishedAt) })
      .from(articles)
      .where(isPublished)
      .get();
    return range?.first != null && range.last != null ? { first: wibMonth(range.first), last: wibMonth(range.last) } : null;
  },
  sitemapTags,
);

const monthStats = cachedRead(
  "sitemap-month",
  (month: string): { count: number; lastmod: number | null } =>
    getDb()
      .select({ count: sql<number>`count(*)`, lastmod: max(articles.updatedAt) })
      .from(articles)
      .where(publishedInMonth(month))
      .get() ?? { count: 0, lastmod: null },
  monthTags,
);

/** The sitemaps of categories, hashtags and authors that have published articles. */
function readListingSitemapFiles(): SitemapIndex["files"] {
  const db = getDb();
  const files: SitemapIndex["files"] = [];
  const categoriesInUse = db
    .select({ lastmod: max(articles.publishedAt) })
    .from(articles)
    .where(and(isPublished, isNotNull(articles.categoryId)))
    .get();
  if (categoriesInUse?.lastmod) files.push({ file: { kind: "categories" }, lastmod: categoriesInUse.lastmod });

  // Counted per hashtag and per author on their listing indexes, not over every article's links.
  const hashtagsInUse =
    db
      .select({ count: count() })
      .from(hashtags)
      .where(exists(db.select({ one: sql`1` }).from(articleHashtags).where(and(eq(articleHashtags.hashtagId, hashtags.id), eq(articleHashtags.status, "published")))))
      .get()?.count ?? 0;
  const latestWithHashtag = db
    .select({ publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublished, exists(db.select({ one: sql`1` }).from(articleHashtags).where(eq(articleHashtags.articleId, articles.id)))))
    .orderBy(desc(articles.publishedAt))
    .limit(1)
    .get();
  for (let page = 1; page <= pagesFor(hashtagsInUse); page++) {
    files.push({ file: { kind: "hashtags", page }, lastmod: latestWithHashtag?.publishedAt ?? null });
  }

  const authorStats = db
    .select({ count: countDistinct(articleCredits.userId), lastmod: max(articleCredits.publishedAt) })
    .from(articleCredits)
    .where(and(eq(articleCredits.status, "published"), isNotNull(articleCredits.userId)))
    .get();
  for (let page = 1; page <= pagesFor(authorStats?.count ?? 0); page++) {
    files.push({ file: { kind: "authors", page }, lastmod: authorStats?.lastmod ?? null });
  }
  return files;
}

const listingSitemapFiles = cachedRead("sitemap-listing-files", readListingSitemapFiles, sitemapTags);

/** Every sitemap file there is, each with the latest change among its URLs, the newest month first. */
export async function getSitemapIndex(): Promise<SitemapIndex> {
  const range = await publishedMonthRange();
  const months: string[] = [];
  for (let month = range?.first; range && month && month <= range.last; month = nextMonth(month)) months.unshift(month);
  const files: SitemapIndex["files"] = [];
  for (const month of months) {
    const { count, lastmod } = await monthStats(month);
    for (let page = 1; page <= pagesFor(count); page++) files.push({ file: { kind: "articles", month, page }, lastmod });
  }
  return { site: getSiteSettings(), files: [...files, ...(await listingSitemapFiles())] };
}

/** A listing or article URL in a sitemap: a site path and when what it shows last changed. */
export type SitemapEntry = { path: string; lastmod: number | null; imageUrl?: string | null };
export type SitemapPage = { site: SiteSettings; entries: SitemapEntry[] };

function readSitemapPage(file: SitemapFile): SitemapPage | null {
  const entries = readEntries(file);
  return entries.length ? { site: getSiteSettings(), entries } : null;
}

function readEntries(file: SitemapFile): SitemapEntry[] {
  const db = getDb();
  const offset = "page" in file ? (file.page - 1) * SITEMAP_URL_LIMIT : 0;
  switch (file.kind) {
    case "articles":
      return db
        .select({ slug: articles.slug, lastmod: articles.updatedAt, imageUrl: media.url })
        .from(articles)
        .leftJoin(media, eq(media.id, articles.featuredMediaId))
        .where(publishedInMonth(file.month))
        .orderBy(asc(articles.publishedAt), asc(articles.id))
        .limit(SITEMAP_URL_LIMIT)
        .offset(offset)
        .all()
        .map(({ slug, lastmod, imageUrl }) => ({ path: articlePath(slug), lastmod, imageUrl }));
    case "categories":
      return db
        .select({ slug: categories.slug, lastmod: max(articles.publishedAt) })
        .from(categories)
        .innerJoin(articles, and(eq(articles.categoryId, categories.id), isPublished))
        .groupBy(categories.id)
        .orderBy(asc(categories.position), asc(categories.id))
        .all()
        .map(({ slug, lastmod }) => ({ path: categoryPath(slug), lastmod }));
    case "hashtags":
      return db
        .select({ slug: hashtags.slug, lastmod: max(articleHashtags.publishedAt) })
        .from(articleHashtags)
        .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
        .where(eq(articleHashtags.status, "published"))
        .groupBy(articleHashtags.hashtagId)
        .orderBy(asc(articleHashtags.hashtagId))
        .limit(SITEMAP_URL_LIMIT)
        .offset(offset)
        .all()
        .filter(({ slug }) => isValidHashtagSlug(slug))
        .map(({ slug, lastmod }) => ({ path: hashtagPath(slug), lastmod }));
    case "authors":
      return db
        .select({ slug: users.slug, lastmod: max(articleCredits.publishedAt) })
        .from(articleCredits)
        .innerJoin(users, eq(users.id, articleCredits.userId))
        .where(eq(articleCredits.status, "published"))
        .groupBy(articleCredits.userId)
        .orderBy(asc(articleCredits.userId))
        .limit(SITEMAP_URL_LIMIT)
        .offset(offset)
        .all()
        .map(({ slug, lastmod }) => ({ path: authorPath(slug), lastmod }));
  }
}

/** One sitemap file's URLs; null when the file is empty or does not exist. */
export const getSitemapPage = cachedRead("sitemap-page", readSitemapPage, (file) => (file.kind === "articles" ? monthTags(file.month) : sitemapTags()));

export type NewsSitemapArticle = { path: string; title: string; publishedAt: number };

function readNewsSitemapCandidates(): { site: SiteSettings; articles: NewsSitemapArticle[] } {
  const rows = getDb()
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    // Google News takes news: sponsored content is not.
    .where(and(isPublished, notInArray(articles.kind, [...SPONSORED_KINDS])))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_SITEMAP_LIMIT)
    .all();
  return {
    site: getSiteSettings(),
    articles: rows.map((r) => ({ path: articlePath(r.slug), title: r.title, publishedAt: r.publishedAt ?? 0 })),
  };
}

/**
 * The newest published articles, whatever their age: the 48-hour window is applied when the news
 * sitemap is rendered, because this cached read only changes when something is published.
 */
export const getNewsSitemapCandidates = cachedRead("news-sitemap", readNewsSitemapCandidates, sitemapTags);
