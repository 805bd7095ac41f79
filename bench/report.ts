import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, platform, release, totalmem } from "node:os";
import { dirname } from "node:path";
import type { LoadResult } from "./load";
import type { PageWeight } from "./page-weight";
import type { QueryTiming } from "./queries";
import type { BenchTargets } from "./targets";

export type PageResult = {
  name: string;
  path: string;
  weight: PageWeight;
  /** Null when the page was not loaded (it did not answer 200). */
  load: LoadResult | null;
  /** Share of the CPU busy over 2 s just before the load, with the benchmark and its server idle: other work competing with the server. */
  otherCpuBusyBefore: number | null;
  rssBytesAfter: number;
  /** nginx serving the same gzipped bytes under the same load (the article only, when nginx is installed). */
  nginx: { requestsPerSec: number; latencyP99Ms: number } | null;
  /** A bare Node server spending the server's CPU per request on the same bytes (the article only, one server process). */
  bareNode: { requestsPerSec: number; latencyP99Ms: number; cpuMsPerRequest: number } | null;
};

export type Goal = { name: string; target: string; actual: string; pass: boolean | null };

export type BenchReport = {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  commit: string;
  options: Record<string, unknown>;
  tool: string;
  server: { command: string; homeStatusAtStart: number };
  archive: {
    path: string;
    generated: boolean;
    publishedArticles: number;
    hashtags: number;
    generationSeconds: Record<string, number> | null;
    bytesAfterGeneration: number;
    bytesAtEnd: number;
  };
  inputs: BenchTargets;
  pages: PageResult[];
  js: { heaviestPage: string | null; heaviestGzipBytes: number | null };
  serverRssMaxBytes: number;
  queries: QueryTiming[];
  goals: Goal[];
};

const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number | null) => (value === null ? "-" : value < 10 ? value.toFixed(2) : value.toFixed(1));

/** The reader page that loads the most client JS: the issue's target holds for every reader page. */
export function heaviestJs(pages: PageResult[]): BenchReport["js"] {
  const rendered = pages.filter((p) => p.weight.status === 200);
  if (rendered.length === 0) return { heaviestPage: null, heaviestGzipBytes: null };
  const heaviest = rendered.reduce((a, b) => (b.weight.jsGzipBytes > a.weight.jsGzipBytes ? b : a));
  return { heaviestPage: heaviest.name, heaviestGzipBytes: heaviest.weight.jsGzipBytes };
}

/** The issue's targets, each judged on this run's figures (null: not measurable in this run). */
export function evaluateGoals(pages: PageResult[], queries: QueryTiming[], js: BenchReport["js"], inputs: BenchTargets): Goal[] {
  const page = (name: string) => pages.find((p) => p.name === name);
  const query = (name: string) => queries.find((q) => q.name === name && q.medianMs !== null);
  const goals: Goal[] = [];

  const article = page("article");
  const gzipNote = article && article.weight.htmlEncoding === "identity" ? " (served uncompressed)" : "";
  goals.push({
    name: "article req/s with gzip",
    target: ">= 650",
    actual: article?.load ? `${article.load.requestsPerSec.toFixed(0)}${gzipNote}` : "not loaded",
    pass: article?.load ? article.load.requestsPerSec >= 650 : null,
  });
  goals.push({
    name: "article req/s, share of nginx serving the same bytes",
    target: ">= 1.6 %",
    actual: article?.load && article.nginx ? `${((100 * article.load.requestsPerSec) / article.nginx.requestsPerSec).toFixed(2)} % (nginx ${article.nginx.requestsPerSec.toFixed(0)} req/s)` : "nginx not run",
    pass: article?.load && article.nginx ? article.load.requestsPerSec >= 0.016 * article.nginx.requestsPerSec : null,
  });
  goals.push({
    name: "article p99 within 1.5x a bare Node server's",
    target: "<= 1.5x",
    actual: article?.load && article.bareNode ? `${(article.load.latencyP99Ms / article.bareNode.latencyP99Ms).toFixed(2)}x (bare Node ${ms(article.bareNode.latencyP99Ms)} ms at ${article.bareNode.cpuMsPerRequest.toFixed(2)} ms of CPU a request)` : "bare Node not run",
    pass: article?.load && article.bareNode ? article.load.latencyP99Ms <= 1.5 * article.bareNode.latencyP99Ms : null,
  });
  for (const p of pages) {
    goals.push({
      name: `${p.name} p99`,
      target: "< 100 ms",
      actual: p.load ? `${ms(p.load.latencyP99Ms)} ms` : `not loaded (HTTP ${p.weight.status})`,
      pass: p.load ? p.load.latencyP99Ms < 100 : null,
    });
  }

  const deepName = `hashtag p${inputs.hashtag.deepPage}`;
  const first = query("hashtag p1");
  const deep = query(deepName);
  goals.push({
    name: `${deepName} server time within 2x p1`,
    target: "<= 2x",
    actual: first && deep ? `${(deep.medianMs! / first.medianMs!).toFixed(2)}x (${ms(deep.medianMs)} vs ${ms(first.medianMs)} ms)` : "not timed",
    pass: first && deep ? deep.medianMs! <= 2 * first.medianMs! : null,
  });
  const firstPage = page("hashtag p1");
  const deepPage = page(deepName);
  goals.push({
    name: `${deepName} req/s within 2x p1`,
    target: ">= 0.5x",
    actual: firstPage?.load && deepPage?.load ? `${(deepPage.load.requestsPerSec / firstPage.load.requestsPerSec).toFixed(2)}x` : "not loaded",
    pass: firstPage?.load && deepPage?.load ? deepPage.load.requestsPerSec >= firstPage.load.requestsPerSec / 2 : null,
  });

  const search = query("search");
  goals.push({
    name: `search server time p95 (${inputs.search.matches.toLocaleString("en")} matches)`,
    target: "< 50 ms",
    actual: search ? `${ms(search.p95Ms)} ms` : "not timed",
    pass: search ? search.p95Ms! < 50 : null,
  });

  goals.push({
    name: "client JS of the heaviest reader page (gzip)",
    target: "<= 150 KB",
    actual: js.heaviestGzipBytes === null ? "not measured" : `${kb(js.heaviestGzipBytes)} KB (${js.heaviestPage})`,
    pass: js.heaviestGzipBytes === null ? null : js.heaviestGzipBytes <= 150 * KB,
  });
  return goals;
}

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function formatReport(report: BenchReport): string {
  const { archive, inputs } = report;
  const out: string[] = [];
  out.push(
    `RI News Portal benchmark, ${report.date} - ${report.machine.cpus} CPU (${report.machine.cpuModel}), Node ${report.machine.node}, ${report.tool}, ` +
      `${report.options.connections} connections x ${report.options.duration}s per page, ${report.options.processes ?? 1} server process(es)${report.options.via === "varnish" ? ", through Varnish" : ""}`,
  );
  const busiest = Math.max(0, ...report.pages.map((p) => p.otherCpuBusyBefore ?? 0));
  if (busiest >= 0.1) {
    out.push(
      `Warning: other work used up to ${(busiest * 100).toFixed(0)}% of the CPU just before the page loads (column "other CPU"): ` +
        "throughput and latency are worse than this machine can do. --wait-idle S waits for it.",
    );
  }
  out.push(
    `Archive: ${archive.publishedArticles.toLocaleString("en")} published articles, ${archive.hashtags.toLocaleString("en")} hashtags, ` +
      `${(archive.bytesAtEnd / KB / KB).toFixed(0)} MB` +
      (archive.generationSeconds ? `, generated in ${archive.generationSeconds.total!.toFixed(1)}s` : " (reused)"),
  );
  out.push(
    `Inputs: #${inputs.hashtag.slug} (${inputs.hashtag.articles.toLocaleString("en")} articles, ${inputs.hashtag.pages} pages), ` +
      `category ${inputs.category.slug}, article ${inputs.article.words} words, search "${inputs.search.query}"`,
  );
  out.push("");
  out.push(
    table(
      ["page", "HTTP", "req/s", "p50 ms", "p99 ms", "errors", "non-2xx", "HTML KB", "HTML gz KB", "JS gz KB", "RSS MB", "other CPU"],
      report.pages.map(({ name, weight, load, rssBytesAfter, otherCpuBusyBefore }) => [
        name,
        String(weight.status),
        load ? load.requestsPerSec.toFixed(0) : "-",
        load ? ms(load.latencyP50Ms) : "-",
        load ? ms(load.latencyP99Ms) : "-",
        load ? String(load.errors) : "-",
        load ? String(load.non2xx) : "-",
        kb(weight.htmlBytes),
        kb(weight.htmlGzipBytes),
        kb(weight.jsGzipBytes),
        (rssBytesAfter / KB / KB).toFixed(0),
        otherCpuBusyBefore === null ? "-" : `${(otherCpuBusyBefore * 100).toFixed(0)}%`,
      ]),
    ),
  );
  out.push("");
  out.push(table(["query (server time)", "median ms", "p95 ms", "note"], report.queries.map((q) => [q.name, ms(q.medianMs), ms(q.p95Ms), q.error ?? ""])));
  out.push("");
  out.push(`Client JS, heaviest reader page: ${report.js.heaviestPage ?? "-"} ${report.js.heaviestGzipBytes === null ? "" : `${kb(report.js.heaviestGzipBytes)} KB gzip`}`);
  out.push("");
  out.push(
    table(
      ["target", "wanted", "measured", ""],
      report.goals.map((g) => [g.name, g.target, g.actual, g.pass === null ? "n/a" : g.pass ? "PASS" : "FAIL"]),
    ),
  );
  return out.join("\n");
}

export function describeMachine(): BenchReport["machine"] {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", memoryBytes: totalmem(), node: process.version, platform: `${platform()} ${release()}` };
}

export function writeReport(path: string, report: object): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
