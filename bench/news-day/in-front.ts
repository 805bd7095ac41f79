import { join } from "node:path";
import { frontProfilePath, watchProfileRequests } from "./cpu-profile";
import { FRONT_STATS_FILE, keepWritingStats, processCpuSeconds, readPageCacheStats, type FrontStats } from "./protocol";

// Loaded by lib/server/start.ts in the front only when NEWS_DAY_BENCH_DIR is set: the fresh hits the
// front answers itself are counted there, apart from the server process's (./in-server.ts); with
// --cpu-prof, the front is profiled beside it.

export function startFrontStats(dir: string): void {
  keepWritingStats(join(dir, FRONT_STATS_FILE), (): FrontStats => ({ writtenAt: Date.now(), cpuSeconds: processCpuSeconds(), pageCache: readPageCacheStats() }));
  watchProfileRequests(dir, frontProfilePath);
}
