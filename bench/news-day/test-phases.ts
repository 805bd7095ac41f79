import type { LoadResult } from "../load";
import type { PhaseResult } from "./goals";
import type { CacheOutcomes } from "./protocol";
import { cacheShare, type PhaseServerStats, type RouteRenders } from "./stats";

// Phases as a news-day run measures them, for the tests of the goals and the report.

export const load = (requestsPerSec: number, latencyP99Ms: number, timeouts = 0): LoadResult => ({
  requestsPerSec,
  latencyP50Ms: latencyP99Ms / 5,
  latencyP99Ms,
  requests: requestsPerSec * 60,
  errors: timeouts,
  timeouts,
  non2xx: 0,
});

export const server = (article: CacheOutcomes | null, cores: PhaseServerStats["cores"] = { serverProcess: null, front: null }, renders: RouteRenders[] = []): PhaseServerStats => ({
  pageCache: article ? { article: cacheShare(article), other: cacheShare({ fresh: 1, stale: 0, expired: 0, hard: 0, cold: 0 }), renders, bytes: 1, entries: 1 } : null,
  writers: { publishes: 12, edits: 12, failures: 0, failureMessages: [], touched: [] },
  cores,
});

export const phase = (
  name: PhaseResult["name"],
  result: LoadResult,
  stats: PhaseServerStats,
  waitingForCore: PhaseResult["waitingForCore"] = { front: null, serverProcess: null },
): PhaseResult => ({ name, load: result, server: stats, rssBytesAfter: 0, otherCpuBusyBefore: null, waitingForCore });
