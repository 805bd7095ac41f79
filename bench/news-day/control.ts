import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { frontProfilePath } from "./cpu-profile";
import { FRONT_STATS_FILE, PROFILE_FILE, STATS_FILE, STATS_INTERVAL_MS, WRITERS_FILE, type CacheOutcomes, type FrontStats, type NewsDayStats } from "./protocol";

// The benchmark's side of the directory it shares with the server (see ./protocol.ts).

export function startWriters(dir: string, editIds: readonly number[]): void {
  const partial = join(dir, `${WRITERS_FILE}.partial`);
  writeFileSync(partial, JSON.stringify({ editIds }));
  renameSync(partial, join(dir, WRITERS_FILE));
}

export function stopWriters(dir: string): void {
  rmSync(join(dir, WRITERS_FILE), { force: true });
}

/** The server process profiles its CPU until stopProfile, then writes the profile to `outputPath`; the front beside it (frontProfilePath). */
export function startProfile(dir: string, outputPath: string): void {
  const partial = join(dir, `${PROFILE_FILE}.partial`);
  writeFileSync(partial, outputPath);
  renameSync(partial, join(dir, PROFILE_FILE));
}

/** Stops the profiles and waits for both processes to write theirs. */
export async function stopProfile(dir: string, outputPath: string, timeoutMs = 30_000): Promise<void> {
  rmSync(join(dir, PROFILE_FILE), { force: true });
  const deadline = Date.now() + timeoutMs;
  for (const path of [outputPath, frontProfilePath(outputPath)]) {
    while (!existsSync(path)) {
      if (Date.now() > deadline) throw new Error(`The server wrote no CPU profile to ${path} within ${timeoutMs / 1000}s`);
      await sleep(STATS_INTERVAL_MS);
    }
  }
}

function readJson<T>(path: string): T | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return null;
  }
}

const addOutcomes = (a: CacheOutcomes, b: CacheOutcomes): CacheOutcomes => ({
  fresh: a.fresh + b.fresh,
  stale: a.stale + b.stale,
  expired: a.expired + b.expired,
  hard: a.hard + b.hard,
  cold: a.cold + b.cold,
});

/**
 * The server's stats with the front's fresh hits and CPU reading added, once both were written after
 * `since`. Without a front (an older build), the server's.
 */
function readStats(dir: string, since: number): NewsDayStats | null {
  const stats = readJson<NewsDayStats>(join(dir, STATS_FILE));
  const front = readJson<FrontStats>(join(dir, FRONT_STATS_FILE));
  if (!stats || stats.writtenAt <= since) return null;
  if (!existsSync(join(dir, FRONT_STATS_FILE))) return stats;
  if (!front || front.writtenAt <= since) return null;
  const withFront = { ...stats, front: { writtenAt: front.writtenAt, cpuSeconds: front.cpuSeconds } };
  if (!stats.pageCache || !front.pageCache) return withFront;
  const { article, other } = front.pageCache;
  return { ...withFront, pageCache: { ...stats.pageCache, article: addOutcomes(stats.pageCache.article, article), other: addOutcomes(stats.pageCache.other, other) } };
}

/**
 * The first stats the server writes after `since` (epoch ms) that satisfy `until`: counters that
 * include everything up to that moment. Waits a few of the server's intervals, as a busy server
 * writes late.
 */
export async function statsAfter(dir: string, since: number, until: (stats: NewsDayStats) => boolean = () => true, timeoutMs = 30_000): Promise<NewsDayStats> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const stats = readStats(dir, since);
    if (stats && until(stats)) return stats;
    await sleep(STATS_INTERVAL_MS / 5);
  }
  throw new Error(`The server wrote no ${STATS_FILE} in ${dir} within ${timeoutMs / 1000}s (is NEWS_DAY_BENCH_DIR reaching instrumentation.ts?)`);
}
