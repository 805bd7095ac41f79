import { describe, expect, it } from "vitest";
import { evaluateNewsDayGoals } from "./goals";
import { formatNewsDayReport, type NewsDayReport } from "./report";
import { load, phase, server } from "./test-phases";

const cached = { fresh: 900, stale: 30, expired: 30, hard: 300, cold: 40 };
const quiet = phase("quiet", load(20_000, 4), server(cached, { serverProcess: 0.004, front: 0.94 }));
const writers = phase("writers", load(18_500, 5), server(cached, { serverProcess: 0.137, front: 0.93 }));
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

  it("says when a run was a control run without writers", () => {
    expect(formatNewsDayReport(report({ noWriters: true }))).toContain("Control run (--no-writers)");
    expect(formatNewsDayReport(report({ noWriters: false }))).not.toContain("Control run");
  });
});
