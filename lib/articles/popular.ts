import { and, desc, eq, gte, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleViews } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { PAGE_SIZE, pageCount, pageOffset } from "@/lib/pagination";
import { wibDay } from "@/lib/time";
import { withCards, type ArticleListing, type ListingIds } from "./listings";
import { isPublished, summariesInOrder, type ArticleSummary } from "./summaries";

// Most read: views of the last 24 hours first, then of the last 7 days, so the list is never empty
// while anything was read this week. Views are counted per WIB day, so "24 hours" is today and
// yesterday. `now` is the start of an hour (lib/time currentHour): one cache entry per hour.

const DAY_MS = 24 * 60 * 60 * 1000;

/** /terpopuler stops here: a most-read list deeper than this says nothing. */
export const POPULAR_LIMIT = 100;

function popularWindow(now: number) {
  return { recentFrom: wibDay(now - DAY_MS), weekFrom: wibDay(now - 6 * DAY_MS) };
}

/** The most read articles, best first, up to `limit`. */
function popularIds(now: number, limit: number): number[] {
  const { recentFrom, weekFrom } = popularWindow(now);
  const recentViews = sql<number>`sum(case when ${articleViews.day} >= ${recentFrom} then ${articleViews.views} else 0 end)`;
  const weekViews = sql<number>`sum(${articleViews.views})`;
  return getDb()
    .select({ id: articleViews.articleId })
    .from(articleViews)
    .innerJoin(articles, eq(articles.id, articleViews.articleId))
    .where(and(gte(articleViews.day, weekFrom), isPublished))
    .groupBy(articleViews.articleId)
    .orderBy(desc(recentViews), desc(weekViews), desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .map((row) => row.id);
}

/**
 * The Terpopuler sidebar: the hour's list as it was when the hour's first page read it, titles
 * included. It is on every article page, and the most read stories are the ones a newsroom updates
 * all day: following each retitle would re-render every article page (measured: README,
 * "Benchmark"). So a retitle reaches it with the next hour's list (soft `hour`); an unpublished
 * story leaves it in the background (soft `popular`).
 */
export const listPopularArticles = cachedRead(
  "popular-sidebar",
  (now: number, limit: number): ArticleSummary[] => summariesInOrder(popularIds(now, limit)),
  () => [soft(tags.popular), soft(tags.hour)],
);

// One aggregate gives the whole list; a page is a slice of it.
const popularListing = cachedRead(
  "popular-listing",
  (now: number, page: number): ListingIds | null => {
    const ids = popularIds(now, POPULAR_LIMIT);
    const pages = pageCount(ids.length);
    if (page > pages) return null;
    const offset = pageOffset(page);
    return { ids: ids.slice(offset, offset + PAGE_SIZE), total: ids.length, page, pageCount: pages };
  },
  () => [tags.popular, soft(tags.hour)],
);

export async function getPopularListing(now: number, page: number): Promise<ArticleListing | null> {
  return withCards(await popularListing(now, page));
}
