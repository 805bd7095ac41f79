import { describe, expect, it } from "vitest";
import { evaluateNewsDayGoals } from "./goals";
import { formatNewsDayReport, type NewsDayReport } from "./report";
import { load, phase, server } from "./test-phases";

const cached = { fresh: 900, stale: 30, expired: 30, hard: 300, cold: 40 };
const quiet = phase("quiet", load(20_000, 4), server(cached, { serverProcess: 0.004, front: 0.94 }), { front: 0.012, serverProcess: 0.001 });
const rendersWithWriters = [
  { route: "/berita/[slug]", count: 50, ms: 2_300 },
  { route: "/cari/hasil/[page]/[q]", count: 12, ms: 1_550 },
  { route: "/beranda/[edition]", count: 12, ms: 990 },
  { route: "/terkini", count: 12, ms: 850 },
  { route: "/news-sitemap.xml", count: 12, ms: 840 },
  { route: "/rss.xml", count: 12, ms: 470 },
  { route: "/sitemap.xml", count: 12, ms: 350 },
  { route: "/tag/[slug]", count: 10, ms: 330 },
];
const writers = phase("writers", load(18_500, 5), server(cached, { serverProcess: 0.137, front: 0.93 }, rendersWithWriters), { front: 0.083, serverProcess: 0.064 });
const quietAgain = phase("quiet-again", load(19_000, 4), server(cached, { serverProcess: null, front: null }));

const report = (options: Record<string, unknown>): NewsDayReport => ({
  scenario: "news-day",
  date: "2026-12-07T17:00:00.000Z",
  machine: { cpus: 2, cpuModel: "AMD EPYC", memoryBytes: 8 << 30, node: "v20", platform: "linux" },
  commit: "abc1234",
  options: { connections: 32, duration: 60, via: "origin", ...options },
  server: { command: "npm start", homeStatusAtStart: 200, pageCacheMaxMb: 2048, writeEveryMs: 5000 },
  archive: { path: "/tmp/20k.db", generated: false, publishedArticlesAtStart: 20_000, publishedArticlesAtEnd: 20_012 },
  urls: { total: 5034, articles: 5000, others: 34, articleShare: 0.8, top10ArticlesShare: 0.3, top100ArticlesShare: 0.55, otherPaths: ["/"] },
  warmUp: { seconds: 90, statuses: { 200: 5034 }, failures: [], rssBytesAfter: 1 << 30 },
  phases: [quiet, writers, quietAgain],
  goals: evaluateNewsDayGoals(quiet, writers, quietAgain),
});

const row = (text: string, name: string) => text.split("\n").find((line) => line.startsWith(`${name} `)) ?? "";

describe("formatNewsDayReport", () => {
  it("gives the cores the front and the server process used in each phase, n/a where a reading was missing", () => {
    const text = formatNewsDayReport(report({ noWriters: false }));
    expect(text).toContain("cores front/server");
    expect(row(text, "quiet")).toContain(" 0.94/0.00 ");
    expect(row(text, "writers")).toContain(" 0.93/0.14 ");
    expect(row(text, "quiet-again")).toContain(" n/a/n/a ");
  });

  it("gives how long the front and the server process waited for a core in each phase, n/a off Linux", () => {
    const text = formatNewsDayReport(report({ noWriters: false }));
    expect(text).toContain("waiting front/server");
    expect(row(text, "quiet")).toMatch(/ 0\.94\/0\.00 +0\.01\/0\.00 /);
    expect(row(text, "writers")).toMatch(/ 0\.93\/0\.14 +0\.08\/0\.06 /);
    expect(row(text, "quiet-again")).toMatch(/ n\/a\/n\/a +n\/a\/n\/a /);
  });

  it("names the routes each phase rendered, the first six with their count and time each, the rest summed", () => {
    const lines = formatNewsDayReport(report({ noWriters: false })).split("\n");
    expect(lines.filter((line) => line.startsWith("Renders ("))).toEqual([
      "Renders (writers): 132 in 7.7 s: /berita/[slug] 50 x 46 ms, /cari/hasil/[page]/[q] 12 x 129 ms, /beranda/[edition] 12 x 83 ms, /terkini 12 x 71 ms, " +
        "/news-sitemap.xml 12 x 70 ms, /rss.xml 12 x 39 ms, 2 more routes 0.7 s.",
    ]);
  });

  it("says when a run was a control run without writers", () => {
    expect(formatNewsDayReport(report({ noWriters: true }))).toContain("Control run (--no-writers)");
    expect(formatNewsDayReport(report({ noWriters: false }))).not.toContain("Control run");
  });
});
