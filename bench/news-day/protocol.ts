import { rename, writeFile } from "node:fs/promises";
// What the benchmark process and the server (bench/news-day/in-server.ts) exchange through the
// directory named by NEWS_DAY_BENCH_DIR. No imports: the server side is bundled by Next.

/** Present while the writers should run; the benchmark creates and removes it. */
export const WRITERS_FILE = "writers";
/** Present while the server should profile its CPU (--cpu-prof); it holds the path to write the profile to when it is removed. */
export const PROFILE_FILE = "profile";
/** Rewritten by the server every STATS_INTERVAL_MS. */
export const STATS_FILE = "stats.json";
/** Rewritten by the front (lib/server/front.ts) every STATS_INTERVAL_MS: the fresh hits it answered itself. */
export const FRONT_STATS_FILE = "front-stats.json";
export const STATS_INTERVAL_MS = 500;
export const WRITERS_POLL_MS = 250;
/** While the writers run: one publish and one edit this often. */
export const WRITE_EVERY_MS = 5_000;

/** Where lib/cache/page-cache-handler.mjs keeps its counters (when it has them). */
export const PAGE_CACHE_STATS_KEY = Symbol.for("ri-news-portal.page-cache-stats");

/** fresh; stale: served while a soft change is rendered in the background; expired: the same, for age (revalidate); hard and cold misses. */
export type CacheOutcomes = { fresh: number; stale: number; expired: number; hard: number; cold: number };

/** Renders of one route's pages: how many, and their milliseconds from the lookup that began each to its store. */
export type RenderTally = { count: number; ms: number };

/**
 * Cumulative since the server started. `article`: `/berita/<slug>` pages; `other`: every other key.
 * `renders`: by route (`/kategori/[slug]`), empty from a build that does not count them.
 */
export type PageCacheStats = { article: CacheOutcomes; other: CacheOutcomes; renders: Record<string, RenderTally>; bytes: number; entries: number };

export type WriterFailure = { at: number; action: "publish" | "edit"; message: string };
export type TouchedArticle = { at: number; action: "publish" | "edit"; id: number; slug: string };

export type WriterCounts = {
  running: boolean;
  publishes: number;
  edits: number;
  failures: number;
  /** The latest failures (at most MAX_REPORTED), with their messages. */
  recentFailures: WriterFailure[];
  /** Every article the writers published or edited, oldest first. */
  touched: TouchedArticle[];
};

/** A process's CPU time so far (user and system, every thread), in seconds, as of `writtenAt`. */
export type CpuReading = { writtenAt: number; cpuSeconds: number };

export type NewsDayStats = CpuReading & {
  /** Null when the page cache does not expose its counters. */
  pageCache: PageCacheStats | null;
  writers: WriterCounts;
  /** The front's reading, added by the benchmark when it reads both files; null without a front. */
  front?: CpuReading | null;
};

export type FrontStats = CpuReading & { pageCache: PageCacheStats | null };

export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

export const MAX_REPORTED_FAILURES = 20;

/** Writes a file whole: into a partial file first, renamed into place, so that its reader never sees half of it. */
export async function replaceFile(path: string, text: string): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, text);
  await rename(partial, path);
}

/**
 * Rewrites `path` with the JSON of `reading()` every STATS_INTERVAL_MS, off the event loop: written
 * synchronously, the file and its rename held the front's loop for 0.4-1.9 ms each time in profiles
 * (230 ms of a writers minute), and the readers waiting meanwhile counted that against the writers.
 */
export function keepWritingStats(path: string, reading: () => unknown): void {
  let writing = false;
  const write = async () => {
    if (writing) return;
    writing = true;
    try {
      await replaceFile(path, JSON.stringify(reading()));
    } catch (error) {
      console.error(`News day bench: could not write ${path}:`, error);
    } finally {
      writing = false;
    }
  };
  setInterval(write, STATS_INTERVAL_MS).unref();
  void write();
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function outcomes(value: unknown): CacheOutcomes | null {
  if (typeof value !== "object" || value === null) return null;
  const { fresh, stale, expired, hard, cold } = value as Record<string, unknown>;
  return isCount(fresh) && isCount(stale) && isCount(expired) && isCount(hard) && isCount(cold) ? { fresh, stale, expired, hard, cold } : null;
}

function renderTallies(value: unknown): Record<string, RenderTally> {
  if (typeof value !== "object" || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([route, tally]: [string, unknown]) => {
      const { count, ms } = (typeof tally === "object" && tally !== null ? tally : {}) as Record<string, unknown>;
      return isCount(count) && isCount(ms) ? [[route, { count, ms }]] : [];
    }),
  );
}

/**
 * The page cache's counters, copied, or null when they are absent or not in the agreed shape: the
 * handler that keeps them is built separately, and a benchmark must not die of its absence.
 */
export function readPageCacheStats(holder: object = globalThis): PageCacheStats | null {
  const raw = (holder as Record<symbol, unknown>)[PAGE_CACHE_STATS_KEY];
  if (typeof raw !== "object" || raw === null) return null;
  const { article, other, renders, bytes, entries } = raw as Record<string, unknown>;
  const articleOutcomes = outcomes(article);
  const otherOutcomes = outcomes(other);
  if (!articleOutcomes || !otherOutcomes || !isCount(bytes) || !isCount(entries)) return null;
  return { article: articleOutcomes, other: otherOutcomes, renders: renderTallies(renders), bytes, entries };
}
