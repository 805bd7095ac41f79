import type BetterSqlite3 from "better-sqlite3";
import { COMMON_SEARCH_QUERY } from "./archive/text";

// What the benchmark loads, read from the database (so a reused --db works too): a typical
// article, the biggest hashtag and its deepest page up to 500, the biggest category, the search.

export const PAGE_SIZE = 20;
const DEEP_PAGE = 500;
const TYPICAL_WORDS = 700;

export type BenchTargets = {
  article: { id: number; slug: string; words: number };
  hashtag: { slug: string; articles: number; pages: number; deepPage: number };
  category: { slug: string; articles: number };
  search: { query: string; matches: number };
};

export type BenchPage = { name: string; path: string };

export function findTargets(sqlite: BetterSqlite3.Database): BenchTargets {
  const recent = sqlite
    .prepare("SELECT id, slug, body_text AS text FROM articles WHERE status = 'published' ORDER BY published_at DESC LIMIT 500")
    .all() as { id: number; slug: string; text: string }[];
  const article = recent
    .map(({ id, slug, text }) => ({ id, slug, words: text.split(/\s+/).filter(Boolean).length }))
    .reduce((best, candidate) => (Math.abs(candidate.words - TYPICAL_WORDS) < Math.abs(best.words - TYPICAL_WORDS) ? candidate : best));

  const hashtag = sqlite
    .prepare(
      `SELECT h.slug AS slug, count(*) AS articles FROM article_hashtags ah JOIN hashtags h ON h.id = ah.hashtag_id
       WHERE ah.status = 'published' GROUP BY ah.hashtag_id ORDER BY articles DESC LIMIT 1`,
    )
    .get() as { slug: string; articles: number };
  const pages = Math.ceil(hashtag.articles / PAGE_SIZE);

  const category = sqlite
    .prepare(
      `SELECT c.slug AS slug, count(*) AS articles FROM articles a JOIN categories c ON c.id = a.category_id
       WHERE a.status = 'published' GROUP BY a.category_id ORDER BY articles DESC LIMIT 1`,
    )
    .get() as { slug: string; articles: number };

  const ftsQuery = COMMON_SEARCH_QUERY.split(" ").map((word) => `"${word}"`).join(" ");
  const matches = (sqlite.prepare("SELECT count(*) AS n FROM articles_search WHERE articles_search MATCH ?").get(ftsQuery) as { n: number }).n;

  return {
    article,
    hashtag: { ...hashtag, pages, deepPage: Math.min(DEEP_PAGE, pages) },
    category,
    search: { query: COMMON_SEARCH_QUERY, matches },
  };
}

export function benchPages(targets: BenchTargets): BenchPage[] {
  const { article, hashtag, category, search } = targets;
  return [
    { name: "home", path: "/" },
    { name: "article", path: `/berita/${article.slug}` },
    { name: "hashtag p1", path: `/tag/${hashtag.slug}` },
    { name: `hashtag p${hashtag.deepPage}`, path: `/tag/${hashtag.slug}?page=${hashtag.deepPage}` },
    { name: "category", path: `/kategori/${category.slug}` },
    { name: "search", path: `/cari?q=${encodeURIComponent(search.query)}` },
  ];
}
