import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { statsAfter } from "./control";
import { FRONT_STATS_FILE, replaceFile, STATS_FILE, type FrontStats, type NewsDayStats, type PageCacheStats } from "./protocol";

const outcomes = (fresh: number, stale = 0) => ({ fresh, stale, expired: 0, hard: 0, cold: 0 });
const cache = (article: number, other: number): PageCacheStats => ({ article: outcomes(article), other: outcomes(other), renders: {}, bytes: 10, entries: 2 });
const writers = { running: false, publishes: 0, edits: 0, failures: 0, recentFailures: [], touched: [] };

describe("statsAfter", () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("adds the front's hits and CPU reading to the server process's stats", async () => {
    dir = mkdtempSync(join(tmpdir(), "news-day-control-"));
    const server: NewsDayStats = { writtenAt: 2_000, cpuSeconds: 3, pageCache: cache(5, 1), writers };
    const front: FrontStats = { writtenAt: 2_100, cpuSeconds: 40, pageCache: cache(100, 20) };
    await replaceFile(join(dir, STATS_FILE), JSON.stringify(server));
    await replaceFile(join(dir, FRONT_STATS_FILE), JSON.stringify(front));

    const stats = await statsAfter(dir, 1_000);
    expect(stats.front).toEqual({ writtenAt: 2_100, cpuSeconds: 40 });
    expect(stats.cpuSeconds).toBe(3);
    expect(stats.pageCache?.article).toEqual(outcomes(105));
    expect(stats.pageCache?.other).toEqual(outcomes(21));
  });

  it("waits for a front reading written after the moment asked for", async () => {
    dir = mkdtempSync(join(tmpdir(), "news-day-control-"));
    await replaceFile(join(dir, STATS_FILE), JSON.stringify({ writtenAt: 2_000, cpuSeconds: 3, pageCache: null, writers }));
    await replaceFile(join(dir, FRONT_STATS_FILE), JSON.stringify({ writtenAt: 500, cpuSeconds: 1, pageCache: null }));
    await expect(statsAfter(dir, 1_000, () => true, 300)).rejects.toThrow(/wrote no stats\.json/);
  });
});
