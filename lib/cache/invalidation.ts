import { gt, lt, max } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { cacheInvalidations } from "@/db/schema";
import { isServerProcessOfCluster, onMessageFromPrimary, tellPrimary } from "@/lib/cluster";
import { expireTag } from "./tag-expiry.mjs";

// On globalThis: instrumentation.ts and the routes that make changes may load this module apart.
const LISTENERS_KEY = Symbol.for("ri-news-portal.cache-invalidation-listeners");
type Listener = { after: number; notify: (tagList: string[]) => void };
const listeners = ((globalThis as typeof globalThis & { [LISTENERS_KEY]?: Listener[] })[LISTENERS_KEY] ??= []);

const POLL_INTERVAL_MS = 500;
const KEEP_ROWS_MS = 60 * 60 * 1000;

/** Per database (tests open several): the id of the last invalidation applied from it. */
const cursors = new WeakMap<object, number>();

/**
 * Records that pages and reads carrying these tags are stale, inside the transaction of the change
 * itself: a change that commits has its invalidation committed with it, and one that rolls back has
 * none. Follow the transaction with applyInvalidations() so this process sees it at once; other
 * server processes pick it up within POLL_INTERVAL_MS.
 */
export function recordInvalidation(tx: DbExecutor, tagList: readonly string[]): void {
  const unique = [...new Set(tagList)];
  if (unique.length === 0) return;
  const invalidatedAt = Date.now();
  tx.insert(cacheInvalidations)
    .values(unique.map((tag) => ({ tag, invalidatedAt })))
    .run();
}

/**
 * Applies to this process's cache every invalidation committed since the last call (its own and
 * other processes'), and tells the other server processes of a cluster to do the same now rather
 * than at their next poll. Each tag expires at the time it is applied, not the time it was
 * recorded: a render that read the database before the change committed is then older than the expiry.
 */
export function applyInvalidations(): void {
  if (applyCommitted() && isServerProcessOfCluster()) tellPrimary({ type: "portal:invalidated" });
}

/** Applies what was committed since the last call; whether there was anything. */
function applyCommitted(): boolean {
  const db = getDb();
  const rows = db
    .select({ id: cacheInvalidations.id, tag: cacheInvalidations.tag, invalidatedAt: cacheInvalidations.invalidatedAt })
    .from(cacheInvalidations)
    .where(gt(cacheInvalidations.id, cursors.get(db) ?? 0))
    .orderBy(cacheInvalidations.id)
    .all();
  if (rows.length === 0) return false;
  cursors.set(db, rows[rows.length - 1]!.id);
  const now = Date.now();
  // The grace after a hard change counts from when the change was recorded.
  for (const { tag, invalidatedAt } of rows) expireTag(tag, now, Math.min(invalidatedAt, now));
  tellListeners(rows);
  return true;
}

function tellListeners(rows: readonly { id: number; tag: string }[]): void {
  for (const listener of listeners) {
    const unseen = rows.filter((row) => row.id > listener.after);
    if (unseen.length === 0) continue;
    listener.after = unseen[unseen.length - 1]!.id;
    try {
      listener.notify(unseen.map((row) => row.tag));
    } catch (error) {
      console.error("A cache invalidation listener failed:", error);
    }
  }
}

/**
 * Calls `notify` with the tags of each invalidation committed from now on, once each, as this process
 * applies it (lib/cache/shared-cache-purge.ts purges the shared cache so).
 */
export function onInvalidationsApplied(notify: (tagList: string[]) => void): void {
  listeners.push({ after: lastInvalidationId(getDb()), notify });
}

function lastInvalidationId(db: DbExecutor): number {
  return db.select({ id: max(cacheInvalidations.id) }).from(cacheInvalidations).get()?.id ?? 0;
}

/** Records and applies at once: for a change with no transaction of its own (the seed, a CLI command). */
export function invalidateTags(tagList: readonly string[]): void {
  recordInvalidation(getDb(), tagList);
  applyInvalidations();
}

/** Applies invalidations written by other processes (seed, CLI, other server processes) to this server's cache. */
export function startInvalidationPolling(): () => void {
  const db = getDb();
  if (!cursors.has(db)) cursors.set(db, lastInvalidationId(db));
  const applyAnnounced = () => {
    try {
      applyCommitted();
    } catch (error) {
      console.error("Applying announced cache invalidations failed:", error);
    }
  };
  if (isServerProcessOfCluster()) onMessageFromPrimary("portal:invalidated", applyAnnounced);
  let polls = 0;
  const timer = setInterval(() => {
    try {
      applyCommitted();
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
