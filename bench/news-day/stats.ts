import type { CacheOutcomes, CpuReading, NewsDayStats, PageCacheStats, RenderTally, TouchedArticle, WriterFailure } from "./protocol";

// What happened in the server during one phase: the difference of two stats.json snapshots.

export type CacheShare = CacheOutcomes & {
  requests: number;
  /** (fresh + stale + expired) / (those + cold): hard misses are pages the writers' changes touched, not the cache's failure. Null without requests. */
  fromCache: number | null;
};

/** One route's renders in a phase. */
export type RouteRenders = RenderTally & { route: string };

export type PhaseServerStats = {
  /**
   * Null when the page cache exposes no counters (then "n/a"). `renders`: the phase's renders by
   * route, the most milliseconds first: what the server process rendered, and for how long.
   */
  pageCache: { article: CacheShare; other: CacheShare; renders: RouteRenders[]; bytes: number; entries: number } | null;
  writers: { publishes: number; edits: number; failures: number; failureMessages: WriterFailure[]; touched: TouchedArticle[] };
  /**
   * Cores each process kept busy through the phase (1 = one core throughout, every thread counted):
   * the writers' cost in CPU, steadier from run to run than the throughput it takes. Null when a
   * reading is missing (no front; an older build).
   */
  cores: { serverProcess: number | null; front: number | null };
};

export function cacheShare(outcomes: CacheOutcomes): CacheShare {
  const { fresh, stale, expired, hard, cold } = outcomes;
  const cached = fresh + stale + expired;
  return { ...outcomes, requests: cached + hard + cold, fromCache: cached + cold ? cached / (cached + cold) : null };
}

function subtract(after: CacheOutcomes, before: CacheOutcomes): CacheOutcomes {
  return {
    fresh: after.fresh - before.fresh,
    stale: after.stale - before.stale,
    expired: after.expired - before.expired,
    hard: after.hard - before.hard,
    cold: after.cold - before.cold,
  };
}

function rendersDiff(after: Record<string, RenderTally>, before: Record<string, RenderTally>): RouteRenders[] {
  return Object.entries(after)
    .map(([route, { count, ms }]) => ({ route, count: count - (before[route]?.count ?? 0), ms: ms - (before[route]?.ms ?? 0) }))
    .filter((renders) => renders.count > 0)
    .sort((a, b) => b.ms - a.ms || a.route.localeCompare(b.route));
}

function pageCacheDiff(before: PageCacheStats | null, after: PageCacheStats | null): PhaseServerStats["pageCache"] {
  if (!before || !after) return null;
  return {
    article: cacheShare(subtract(after.article, before.article)),
    other: cacheShare(subtract(after.other, before.other)),
    renders: rendersDiff(after.renders, before.renders),
    // Sizes are levels, not counters: the cache as the phase left it.
    bytes: after.bytes,
    entries: after.entries,
  };
}

function coresUsed(before: CpuReading | null | undefined, after: CpuReading | null | undefined): number | null {
  if (!before || !after) return null;
  const cores = (after.cpuSeconds - before.cpuSeconds) / ((after.writtenAt - before.writtenAt) / 1000);
  return Number.isFinite(cores) && cores >= 0 ? cores : null;
}

export function diffStats(before: NewsDayStats, after: NewsDayStats): PhaseServerStats {
  const from = before.writers;
  const to = after.writers;
  return {
    pageCache: pageCacheDiff(before.pageCache, after.pageCache),
    writers: {
      publishes: to.publishes - from.publishes,
      edits: to.edits - from.edits,
      failures: to.failures - from.failures,
      failureMessages: to.recentFailures.filter((failure) => failure.at > before.writtenAt),
      touched: to.touched.filter((article) => article.at > before.writtenAt),
    },
    cores: { serverProcess: coresUsed(before, after), front: coresUsed(before.front, after.front) },
  };
}
