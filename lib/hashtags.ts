import { inArray } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { hashtags } from "@/db/schema";

export type HashtagInput = { name: string; slug: string };

/** The ids of these hashtags, creating the missing ones; an existing hashtag keeps its display name. */
export function ensureHashtags(db: DbExecutor, tags: readonly HashtagInput[]): Map<string, number> {
  if (tags.length === 0) return new Map();
  db.insert(hashtags)
    .values(tags.map(({ name, slug }) => ({ name, slug })))
    .onConflictDoNothing({ target: hashtags.slug })
    .run();
  const rows = db
    .select({ id: hashtags.id, slug: hashtags.slug })
    .from(hashtags)
    .where(inArray(hashtags.slug, tags.map((t) => t.slug)))
    .all();
  return new Map(rows.map((r) => [r.slug, r.id]));
}
