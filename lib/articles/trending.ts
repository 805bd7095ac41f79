import { and, asc, count, desc, eq, gte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleHashtags, articles, hashtags } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";

const TRENDING_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type TrendingHashtag = { name: string; slug: string; uses: number };

/**
 * The hashtags most used by articles published in the 7 days before `now` (the start of an hour).
 * Reads from the week's articles (a range of articles_status_published_idx) into their hashtags,
 * so the work follows the week's output, not the size of the archive.
 */
export const listTrendingHashtags = cachedRead(
  "trending-hashtags",
  (now: number, limit: number): TrendingHashtag[] => {
    const uses = count(articleHashtags.hashtagId);
    return getDb()
      .select({ name: hashtags.name, slug: hashtags.slug, uses })
      .from(articles)
      .innerJoin(articleHashtags, eq(articleHashtags.articleId, articles.id))
      .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
      .where(
        and(
          eq(articles.status, "published"),
          gte(articles.publishedAt, now - TRENDING_WINDOW_MS),
          eq(articleHashtags.status, "published"),
        ),
      )
      .groupBy(hashtags.id)
      .orderBy(desc(uses), asc(hashtags.name))
      .limit(limit)
      .all();
  },
  () => [soft(tags.trending), soft(tags.hour)],
);
