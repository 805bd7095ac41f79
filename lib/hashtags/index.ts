import { and, asc, desc, gte, inArray, lt, sql } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { articleHashtags, hashtags } from "@/db/schema";
import { hashtagsMovedFrom } from "@/lib/redirects";
import { hashtagSlug } from "@/lib/text/slug";

export type HashtagInput = { name: string; slug: string };

/**
 * The ids of these hashtags, creating the missing ones; an existing hashtag keeps its display name.
 * A slug the newsroom renamed or merged away (it has a redirect) gives the hashtag it became, so
 * typing the old tag again does not split it anew; two slugs may then give the same id.
 */
export function ensureHashtags(db: DbExecutor, tags: readonly HashtagInput[]): Map<string, number> {
  if (tags.length === 0) return new Map();
  const existing = new Set(
    db
      .select({ slug: hashtags.slug })
      .from(hashtags)
      .where(inArray(hashtags.slug, tags.map((t) => t.slug)))
      .all()
      .map((r) => r.slug),
  );
  const moved = hashtagsMovedFrom(db, tags.filter((t) => !existing.has(t.slug)).map((t) => t.slug));
  const fresh = tags.filter((t) => !moved.has(t.slug));
  if (fresh.length) {
    db.insert(hashtags)
      .values(fresh.map(({ name, slug }) => ({ name, slug })))
      .onConflictDoNothing({ target: hashtags.slug })
      .run();
  }
  const rows = db
    .select({ id: hashtags.id, slug: hashtags.slug })
    .from(hashtags)
    .where(inArray(hashtags.slug, tags.map((t) => t.slug)))
    .all();
  return new Map([...moved, ...rows.map((r): [string, number] => [r.slug, r.id])]);
}

export type HashtagSuggestion = { name: string; slug: string; articles: number };

const SUGGESTION_CANDIDATES = 200;

/**
 * Existing hashtags whose slug starts with what is being typed ("korea u" finds #KoreaUtara), the
 * most used first: the editor's autocomplete, so reporters reuse a tag instead of coining a variant.
 */
export function suggestHashtags(fragment: string, limit = 8): HashtagSuggestion[] {
  const prefix = hashtagSlug(fragment);
  if (!prefix) return [];
  // The outer column written out in full: drizzle leaves ${hashtags.id} unqualified inside a subquery.
  const used = sql<number>`(select count(*) from ${articleHashtags} where ${articleHashtags.hashtagId} = "hashtags"."id" and ${articleHashtags.status} = 'published')`;
  // The slug range reads the unique index; usage is counted only for those candidates.
  const candidates = getDb()
    .select({ id: hashtags.id })
    .from(hashtags)
    .where(and(gte(hashtags.slug, prefix), lt(hashtags.slug, `${prefix}\u{10FFFF}`)))
    .orderBy(asc(hashtags.slug))
    .limit(SUGGESTION_CANDIDATES);
  return getDb()
    .select({ name: hashtags.name, slug: hashtags.slug, articles: used })
    .from(hashtags)
    .where(inArray(hashtags.id, candidates))
    .orderBy(desc(used), asc(hashtags.slug))
    .limit(limit)
    .all();
}
