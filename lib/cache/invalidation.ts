import { gt, lt, max } from "drizzle-orm";
import { getDb } from "@/db/client";
import { cacheInvalidations } from "@/db/schema";

// Shared with lib/cache/page-cache-handler.mjs (which Next loads outside the bundle) through globalThis.
const TAG_EXPIRY_KEY = Symbol.for("ri-news-portal.cache-tag-expiry");
const globals = globalThis as typeof globalThis & { [TAG_EXPIRY_KEY]?: Map<string, number> };
const tagExpiry = (globals[TAG_EXPIRY_KEY] ??= new Map<string, number>());

const POLL_INTERVAL_MS = 500;
const KEEP_ROWS_MS = 60 * 60 * 1000;

function expireLocally(tagList: Iterable<string>): void {
  const now = Date.now();
  for (const tag of tagList) tagExpiry.set(tag, now);
}

/**
 * Drops every cached page and read carrying one of these tags: in this process at once, and in
 * any server process through the cache_invalidations table. Call it after the change has committed.
 */
export function invalidateTags(tagList: readonly string[]): void {
  const unique = [...new Set(tagList)];
  if (unique.length === 0) return;
  const invalidatedAt = Date.now();
  getDb()
    .insert(cacheInvalidations)
    .values(unique.map((tag) => ({ tag, invalidatedAt })))
    .run();
  expireLocally(unique);
}

/** Applies invalidations written by other processes (seed, CLI) to this server's cache. */
export function startInvalidationPolling(): () => void {
  const db = getDb();
  let cursor = db.select({ id: max(cacheInvalidations.id) }).from(cacheInvalidations).get()?.id ?? 0;
  let polls = 0;
  const timer = setInterval(() => {
    try {
      const rows = db.select().from(cacheInvalidations).where(gt(cacheInvalidations.id, cursor)).all();
      if (rows.length) {
        cursor = rows[rows.length - 1]!.id;
        expireLocally(rows.map((r) => r.tag));
      }
      if (++polls % 1200 === 0) {
        db.delete(cacheInvalidations).where(lt(cacheInvalidations.invalidatedAt, Date.now() - KEEP_ROWS_MS)).run();
      }
    } catch (error) {
      console.error("Cache invalidation poll failed:", error);
    }
  }, POLL_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
