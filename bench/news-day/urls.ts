import type BetterSqlite3 from "better-sqlite3";
import { COMMON_SEARCH_QUERY } from "../archive/text";
import { PAGE_SIZE } from "../targets";
import { zipfWeights } from "./popularity";

// The news day's URL set, read from the database: the articles readers want today (last week's
// most viewed, then the newest) with a Zipf popularity, and the pages around them. Each URL's weight
// is its share of all requests.

export type UrlKind = "article" | "other";
export type WeightedUrl = { path: string; kind: UrlKind; weight: number };

export type UrlSources = {
  /** Published articles, hottest first. */
  articles: { id: number; slug: string; title: string }[];
  /** Hashtags with the most published articles, biggest first, and their listing pages. */
  hashtags: { slug: string; pages: number }[];
  categories: { slug: string; pages: number }[];
};

/** How the hottest story's share falls off along the list: s = 1, as page views of news sites are usually modelled. */
export const ARTICLE_ZIPF_EXPONENT = 1;

/** Shares of all requests that go to the pages around the articles; the articles get the rest (about 80 %). */
const SHARES = {
  home: 0.07,
  terkini: 0.02,
  terpopuler: 0.015,
  hashtagPages: 0.03,
  hashtagDeepPages: 0.005,
  categoryPages: 0.03,
  categoryDeepPages: 0.005,
  searches: 0.01,
  siteFeed: 0.005,
  hashtagFeeds: 0.003,
  categoryFeeds: 0.003,
  sitemap: 0.002,
  newsSitemap: 0.005,
} as const;

const HASHTAGS = 6;
const DEEP_LISTINGS = 2;
const DEEP_HASHTAG_PAGE = 10;
const DEEP_CATEGORY_PAGE = 20;
const FEEDS = 3;
const SEARCHES_FROM_TITLES = 3;

export function readUrlSources(sqlite: BetterSqlite3.Database, articleCount: number): UrlSources {
  const articles = sqlite
    .prepare(
      `SELECT a.id AS id, a.slug AS slug, a.title AS title FROM articles a
       LEFT JOIN (SELECT article_id, sum(views) AS views FROM article_views GROUP BY article_id) v ON v.article_id = a.id
       WHERE a.status = 'published' AND a.deleted_at IS NULL
       ORDER BY coalesce(v.views, 0) DESC, a.published_at DESC LIMIT ?`,
    )
    .all(articleCount) as UrlSources["articles"];
  const hashtags = sqlite
    .prepare(
      `SELECT h.slug AS slug, count(*) AS articles FROM article_hashtags ah JOIN hashtags h ON h.id = ah.hashtag_id
       WHERE ah.status = 'published' GROUP BY ah.hashtag_id ORDER BY articles DESC LIMIT ?`,
    )
    .all(HASHTAGS) as { slug: string; articles: number }[];
  const categories = sqlite
    .prepare(
      `SELECT c.slug AS slug, count(*) AS articles FROM articles a JOIN categories c ON c.id = a.category_id
       WHERE a.status = 'published' GROUP BY a.category_id ORDER BY articles DESC`,
    )
    .all() as { slug: string; articles: number }[];
  const withPages = (row: { slug: string; articles: number }) => ({ slug: row.slug, pages: Math.max(1, Math.ceil(row.articles / PAGE_SIZE)) });
  return { articles, hashtags: hashtags.map(withPages), categories: categories.map(withPages) };
}

/** Search queries: the benchmark's common two words, and what readers type about the hottest stories. */
export function searchQueries(sources: UrlSources): string[] {
  const fromTitles = sources.articles
    .slice(0, SEARCHES_FROM_TITLES)
    .map((article) => article.title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 3).slice(0, 2).join(" "))
    .filter(Boolean);
  return [...new Set([COMMON_SEARCH_QUERY, ...fromTitles])];
}

/** `share` split over `paths` the Zipf way (the first gets the most). */
function spread(paths: string[], share: number): WeightedUrl[] {
  return zipfWeights(paths.length, 1, share).map((weight, i) => ({ path: paths[i]!, kind: "other", weight }));
}

export function newsDayUrls(sources: UrlSources): WeightedUrl[] {
  if (sources.articles.length === 0) throw new Error("The archive has no published article to read");
  const { hashtags, categories } = sources;
  const deep = (list: UrlSources["hashtags"], base: string, page: number) =>
    list.slice(0, DEEP_LISTINGS).filter((item) => item.pages > 1).map((item) => `${base}/${item.slug}?page=${Math.min(page, item.pages)}`);
  const others: WeightedUrl[] = [
    { path: "/", kind: "other", weight: SHARES.home },
    { path: "/terkini", kind: "other", weight: SHARES.terkini },
    { path: "/terpopuler", kind: "other", weight: SHARES.terpopuler },
    ...spread(hashtags.map((tag) => `/tag/${tag.slug}`), SHARES.hashtagPages),
    ...spread(deep(hashtags, "/tag", DEEP_HASHTAG_PAGE), SHARES.hashtagDeepPages),
    ...spread(categories.map((category) => `/kategori/${category.slug}`), SHARES.categoryPages),
    ...spread(deep(categories, "/kategori", DEEP_CATEGORY_PAGE), SHARES.categoryDeepPages),
    ...spread(searchQueries(sources).map((query) => `/cari?q=${encodeURIComponent(query)}`), SHARES.searches),
    { path: "/rss.xml", kind: "other", weight: SHARES.siteFeed },
    ...spread(hashtags.slice(0, FEEDS).map((tag) => `/tag/${tag.slug}/rss.xml`), SHARES.hashtagFeeds),
    ...spread(categories.slice(0, FEEDS).map((category) => `/kategori/${category.slug}/rss.xml`), SHARES.categoryFeeds),
    { path: "/sitemap.xml", kind: "other", weight: SHARES.sitemap },
    { path: "/news-sitemap.xml", kind: "other", weight: SHARES.newsSitemap },
  ];
  const otherShare = others.reduce((sum, url) => sum + url.weight, 0);
  const articles = zipfWeights(sources.articles.length, ARTICLE_ZIPF_EXPONENT, 1 - otherShare).map(
    (weight, i): WeightedUrl => ({ path: `/berita/${sources.articles[i]!.slug}`, kind: "article", weight }),
  );
  return [...articles, ...others];
}

/** What the report says about the set: counts, the article share, and how concentrated it is. */
export function describeUrls(urls: readonly WeightedUrl[]) {
  const articles = urls.filter((url) => url.kind === "article");
  const share = (list: readonly WeightedUrl[]) => list.reduce((sum, url) => sum + url.weight, 0);
  return {
    total: urls.length,
    articles: articles.length,
    others: urls.length - articles.length,
    articleShare: share(articles),
    top10ArticlesShare: share(articles.slice(0, 10)),
    top100ArticlesShare: share(articles.slice(0, 100)),
    otherPaths: urls.filter((url) => url.kind === "other").map((url) => url.path),
  };
}
