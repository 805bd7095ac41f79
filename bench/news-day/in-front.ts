import { join } from "node:path";
import { frontProfilePath, watchProfileRequests } from "./cpu-profile";
import { FRONT_STATS_FILE, processCpuSeconds, readPageCacheStats, replaceFile, STATS_INTERVAL_MS, type FrontStats } from "./protocol";

// Loaded by lib/server/start.ts in the front only when NEWS_DAY_BENCH_DIR is set: the fresh hits the
// front answers itself are counted there, apart from the server process's (./in-server.ts); with
// --cpu-prof, the front is profiled beside it.

export function startFrontStats(dir: string): void {
  const writeStats = () => {
    const stats: FrontStats = { writtenAt: Date.now(), cpuSeconds: processCpuSeconds(), pageCache: readPageCacheStats() };
    try {
      replaceFile(join(dir, FRONT_STATS_FILE), JSON.stringify(stats));
    } catch (error) {
      console.error("News day bench: could not write the front's stats:", error);
    }
  };
  setInterval(writeStats, STATS_INTERVAL_MS).unref();
  writeStats();
  watchProfileRequests(dir, frontProfilePath);
}
