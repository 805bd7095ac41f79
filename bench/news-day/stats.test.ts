import { describe, expect, it } from "vitest";
import { PAGE_CACHE_STATS_KEY, readPageCacheStats, type NewsDayStats, type PageCacheStats } from "./protocol";
import { cacheShare, diffStats } from "./stats";

const cacheStats = (article: number[], other: number[], bytes = 1_000, entries = 10, renders: PageCacheStats["renders"] = {}): PageCacheStats => ({
  article: { fresh: article[0]!, stale: article[1]!, expired: article[2]!, hard: article[3]!, cold: article[4]! },
  other: { fresh: other[0]!, stale: other[1]!, expired: other[2]!, hard: other[3]!, cold: other[4]! },
  renders,
  bytes,
  entries,
});

const idleWriters = { running: false, publishes: 0, edits: 0, failures: 0, recentFailures: [], touched: [] };

describe("readPageCacheStats", () => {
  it("copies the handler's counters from the shared symbol", () => {
    const stats = cacheStats([5, 1, 1, 0, 2], [3, 0, 0, 1, 0], 2048, 7, { "/berita/[slug]": { count: 2, ms: 90 } });
    const holder = { [PAGE_CACHE_STATS_KEY]: stats };
    const read = readPageCacheStats(holder);
    expect(read).toEqual(stats);
    stats.article.fresh = 99;
    stats.renders["/berita/[slug]"]!.count = 99;
    expect(read!.article.fresh).toBe(5);
    expect(read!.renders["/berita/[slug]"]!.count).toBe(2);
  });

  it("has no renders from a build that does not count them, and drops a route's tally in another shape", () => {
    const older: Partial<PageCacheStats> = cacheStats([1, 0, 0, 0, 0], [0, 0, 0, 0, 0]);
    delete older.renders;
    expect(readPageCacheStats({ [PAGE_CACHE_STATS_KEY]: older })?.renders).toEqual({});
    const odd = { ...older, renders: { "/": { count: 1, ms: 5 }, "/rss.xml": { count: "2" }, "/terkini": null } };
    expect(readPageCacheStats({ [PAGE_CACHE_STATS_KEY]: odd })?.renders).toEqual({ "/": { count: 1, ms: 5 } });
  });

  it("answers null without counters, or with counters in another shape", () => {
    expect(readPageCacheStats({})).toBeNull();
    expect(readPageCacheStats({ [PAGE_CACHE_STATS_KEY]: null })).toBeNull();
    expect(readPageCacheStats({ [PAGE_CACHE_STATS_KEY]: { article: { fresh: 1 }, other: {}, bytes: 0, entries: 0 } })).toBeNull();
    const negative = cacheStats([1, 0, 0, 0, 0], [0, 0, 0, 0, 0]);
    negative.bytes = -1;
    expect(readPageCacheStats({ [PAGE_CACHE_STATS_KEY]: negative })).toBeNull();
  });
});

describe("cacheShare", () => {
  it("counts fresh, stale and expired answers against all but the hard misses", () => {
    expect(cacheShare({ fresh: 85, stale: 5, expired: 5, hard: 50, cold: 5 })).toEqual({ fresh: 85, stale: 5, expired: 5, hard: 50, cold: 5, requests: 150, fromCache: 0.95 });
    expect(cacheShare({ fresh: 0, stale: 0, expired: 0, hard: 3, cold: 0 }).fromCache).toBeNull();
  });
});

describe("diffStats", () => {
  const before: NewsDayStats = {
    writtenAt: 1_000,
    cpuSeconds: 10,
    front: { writtenAt: 1_100, cpuSeconds: 50 },
    pageCache: cacheStats([100, 0, 0, 0, 50], [20, 0, 0, 0, 10], 5_000, 150, { "/berita/[slug]": { count: 100, ms: 4_000 }, "/terkini": { count: 1, ms: 50 } }),
    writers: {
      ...idleWriters,
      publishes: 2,
      edits: 2,
      failures: 1,
      recentFailures: [{ at: 900, action: "edit", message: "earlier" }],
      touched: [{ at: 900, action: "publish", id: 1, slug: "lama" }],
    },
  };
  const after: NewsDayStats = {
    writtenAt: 3_000,
    cpuSeconds: 10.5,
    front: { writtenAt: 3_100, cpuSeconds: 51.9 },
    pageCache: cacheStats([1_100, 40, 5, 10, 60], [220, 10, 0, 30, 10], 6_000, 160, {
      "/berita/[slug]": { count: 110, ms: 4_300 },
      "/terkini": { count: 1, ms: 50 },
      "/beranda/[edition]": { count: 4, ms: 320 },
    }),
    writers: {
      ...idleWriters,
      publishes: 5,
      edits: 4,
      failures: 2,
      recentFailures: [
        { at: 900, action: "edit", message: "earlier" },
        { at: 1_500, action: "publish", message: "Rubrik tidak ditemukan." },
      ],
      touched: [
        { at: 900, action: "publish", id: 1, slug: "lama" },
        { at: 1_200, action: "publish", id: 2, slug: "baru" },
      ],
    },
  };

  it("gives the phase's own counts and renders (routes that rendered, the most time first), with the cache's size as the phase left it", () => {
    const diff = diffStats(before, after);
    expect(diff.pageCache).toEqual({
      article: { fresh: 1_000, stale: 40, expired: 5, hard: 10, cold: 10, requests: 1_065, fromCache: 1_045 / 1_055 },
      other: { fresh: 200, stale: 10, expired: 0, hard: 30, cold: 0, requests: 240, fromCache: 1 },
      renders: [
        { route: "/beranda/[edition]", count: 4, ms: 320 },
        { route: "/berita/[slug]", count: 10, ms: 300 },
      ],
      bytes: 6_000,
      entries: 160,
    });
    expect(diff.writers).toEqual({
      publishes: 3,
      edits: 2,
      failures: 1,
      failureMessages: [{ at: 1_500, action: "publish", message: "Rubrik tidak ditemukan." }],
      touched: [{ at: 1_200, action: "publish", id: 2, slug: "baru" }],
    });
  });

  it("gives the cores each process used between its own two readings", () => {
    expect(diffStats(before, after).cores).toEqual({ serverProcess: 0.25, front: expect.closeTo(0.95, 10) });
  });

  it("has no cores for a process whose reading is missing or from a build without one", () => {
    expect(diffStats({ ...before, front: null }, after).cores).toEqual({ serverProcess: 0.25, front: null });
    const older = JSON.parse(JSON.stringify({ ...before, cpuSeconds: undefined, front: undefined })) as NewsDayStats;
    expect(diffStats(older, after).cores).toEqual({ serverProcess: null, front: null });
  });

  it("has no cache figures when either snapshot lacks the counters", () => {
    expect(diffStats({ ...before, pageCache: null }, after).pageCache).toBeNull();
    expect(diffStats(before, { ...after, pageCache: null }).pageCache).toBeNull();
  });
});
