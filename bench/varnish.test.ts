import { describe, expect, it } from "vitest";
import { hitRatio, parseVarnishStat } from "./varnish";

const stat = (counters: Record<string, number>) =>
  JSON.stringify({ version: 1, timestamp: "2026-12-06T06:49:52", counters: Object.fromEntries(Object.entries(counters).map(([name, value]) => [`MAIN.${name}`, { description: name, flag: "c", format: "i", value }])) });

describe("Varnish's counters", () => {
  it("are read from varnishstat -j, and a phase's hit ratio counts every lookup", () => {
    const before = parseVarnishStat(stat({ cache_hit: 100, cache_hit_grace: 1, cache_miss: 50, cache_hitmiss: 0, cache_hitpass: 0, s_pass: 3 }));
    const after = parseVarnishStat(stat({ cache_hit: 1050, cache_hit_grace: 11, cache_miss: 80, cache_hitmiss: 20, cache_hitpass: 0, s_pass: 3 }));
    expect(hitRatio(before, after)).toEqual({ hits: 950, graceHits: 10, misses: 30, hitForMiss: 20, hitForPass: 0, passes: 0, ratio: 0.95 });
    expect(hitRatio(after, after).ratio).toBeNull();
  });
});
