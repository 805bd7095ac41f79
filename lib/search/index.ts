import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { PAGE_SIZE, pageCount, pageOffset, type Paginated } from "@/lib/pagination";
import { summariesInOrder, type ArticleSummary } from "@/lib/articles/summaries";

// Full-text search over published articles with SQLite FTS5 (`articles_search`, db/migrations/0001).
// Everything FTS5-specific stays in this module.
//
// Reader input never reaches FTS5's query syntax: it is cut into words, and each word is quoted,
// so `AND`, `NEAR`, `*`, quotes and parentheses are searched as plain words (or dropped as
// punctuation) and any input gives results or none, never a syntax error.
//
// Ranking: every match has every term somewhere; a term in the title weighs most, then one in the
// dek, and the newest comes first among equals. Only the newest CANDIDATE_LIMIT matches are ranked
// (FTS5 walks its index by rowid, newest first, and stops there); past that the reader is told to
// narrow the search.
// @NOTE Not FTS5's bm25(): it weighs each term by how many articles in the whole index contain it,
// and counts that by reading the term's entire list of matches on every query, whatever the LIMIT:
// 120-140 ms for "pemerintah indonesia" on a million articles, against about 15 ms to read the
// candidates' titles and deks and weigh them here. Within the candidates that weight barely differs
// between two terms of a news query, and the body's term counts mattered less to readers than recency.

/** Marks around matched words in highlighted text: private-use characters, split into <mark> by the page. */
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

const MAX_TERMS = 8;
const MAX_TERM_LENGTH = 40;
const CANDIDATE_LIMIT = 1000;
const SNIPPET_TOKENS = 24;
// What a term found in the title or in the dek adds to a match's score.
const TITLE_WEIGHT = 10;
const DEK_WEIGHT = 4;

/** The words of a reader's query as search terms: letters and digits only, lowercased, at most 8. */
export function searchTerms(query: string): string[] {
  const words = query.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length <= MAX_TERM_LENGTH))].slice(0, MAX_TERMS);
}

/** The FTS5 MATCH expression for these terms: every term quoted, all required. */
export function matchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" ");
}

export type SearchHit = ArticleSummary & {
  /** The title and an excerpt, with matched words between MATCH_START and MATCH_END. */
  highlightedTitle: string;
  excerpt: string;
};

export type SearchResults = Paginated<SearchHit> & {
  /** More matches exist than were ranked: `total` is a lower bound. */
  truncated: boolean;
};

/**
 * A text's words as FTS5's tokenizer (unicode61, remove_diacritics 2) indexes them: letters and
 * digits, lowercased, without diacritics.
 */
function indexedWords(text: string | null): Set<string> {
  return new Set(text?.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The newest CANDIDATE_LIMIT matches, ranked: the published ones in result order, and whether there
 * were more matches than were ranked.
 */
function rankedMatches(match: string, terms: readonly string[]): { ids: number[]; truncated: boolean } {
  const rows = getDb().all<{ id: number; title: string; dek: string | null; publishedAt: number | null; published: number }>(
    sql`select m.id, articles.title, articles.dek, articles.published_at as publishedAt, articles.status = 'published' as published
      from (select rowid as id from articles_search where articles_search match ${match} order by rowid desc limit ${CANDIDATE_LIMIT}) as m
      join articles on articles.id = m.id`,
  );
  const wanted = [...indexedWords(terms.join(" "))];
  const scored = rows.flatMap((row) => {
    if (!row.published) return [];
    const title = indexedWords(row.title);
    const dek = indexedWords(row.dek);
    const score = wanted.reduce((sum, term) => sum + (title.has(term) ? TITLE_WEIGHT : 0) + (dek.has(term) ? DEK_WEIGHT : 0), 0);
    return [{ id: row.id, score, publishedAt: row.publishedAt ?? 0 }];
  });
  scored.sort((a, b) => b.score - a.score || b.publishedAt - a.publishedAt || b.id - a.id);
  return { ids: scored.map((row) => row.id), truncated: rows.length >= CANDIDATE_LIMIT };
}

type Highlights = { title: string; dek: string | null; body: string };

function highlights(match: string, ids: number[]): Map<number, Highlights> {
  if (ids.length === 0) return new Map();
  const rows = getDb().all<{ id: number } & Highlights>(
    sql`select rowid as id,
        highlight(articles_search, 0, ${MATCH_START}, ${MATCH_END}) as title,
        snippet(articles_search, 1, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS}) as dek,
        snippet(articles_search, 2, ${MATCH_START}, ${MATCH_END}, '…', ${SNIPPET_TOKENS}) as body
      from articles_search where articles_search match ${match} and rowid in (${sql.join(ids, sql`, `)})`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** The body excerpt around the match; the dek's when only the dek matched. */
function bestExcerpt(found: Highlights | undefined): string {
  if (!found) return "";
  if (!found.body.includes(MATCH_START) && found.dek?.includes(MATCH_START)) return found.dek;
  return found.body;
}

/** A page of results for terms from searchTerms; null for a page past the last. */
export const searchArticles = cachedRead(
  "search",
  (terms: string[], page: number): SearchResults | null => {
    if (terms.length === 0) return null;
    const match = matchExpression(terms);
    const ranked = rankedMatches(match, terms);
    const total = ranked.ids.length;
    const pages = pageCount(total);
    if (page > pages) return null;
    const ids = ranked.ids.slice(pageOffset(page), pageOffset(page) + PAGE_SIZE);
    const found = highlights(match, ids);
    const items = summariesInOrder(ids).map((summary) => ({
      ...summary,
      highlightedTitle: found.get(summary.id)?.title ?? summary.title,
      excerpt: bestExcerpt(found.get(summary.id)),
    }));
    return { items, total, page, pageCount: pages, truncated: ranked.truncated };
  },
  // Unpublishing is how a newsroom takes a story down, so it drops every result at once (hard); a
  // publish or edit may join the results within the soft refresh (soft), like the cards' category names.
  () => [tags.search, soft(tags.search), soft(tags.categories)],
);

/** Highlighted text split into plain and matched runs, for the page to wrap the matches in <mark>. */
export function highlightSegments(text: string): { text: string; match: boolean }[] {
  const segments: { text: string; match: boolean }[] = [];
  let match = false;
  for (const part of text.split(/([\uE000\uE001])/)) {
    if (part === MATCH_START) match = true;
    else if (part === MATCH_END) match = false;
    else if (part) segments.push({ text: part, match });
  }
  return segments;
}
