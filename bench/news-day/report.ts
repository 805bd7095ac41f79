import type { Goal } from "../report";
import { table } from "../report";
import type { PhaseResult } from "./goals";
import type { CacheShare, RouteRenders } from "./stats";
import type { describeUrls } from "./urls";
import type { WarmUp } from "./warm";

export type NewsDayReport = {
  scenario: "news-day";
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string };
  commit: string;
  options: Record<string, unknown>;
  server: { command: string; homeStatusAtStart: number; pageCacheMaxMb: number; writeEveryMs: number };
  archive: { path: string; generated: boolean; publishedArticlesAtStart: number; publishedArticlesAtEnd: number };
  urls: ReturnType<typeof describeUrls>;
  warmUp: WarmUp & { rssBytesAfter: number };
  phases: PhaseResult[];
  goals: Goal[];
};

const MB = 1024 * 1024;

function outcomes(share: CacheShare | undefined): string {
  return share ? `${share.fresh}/${share.stale}/${share.expired}/${share.hard}/${share.cold}` : "n/a";
}

function fromCache(share: CacheShare | undefined): string {
  return share?.fromCache == null ? "n/a" : `${(share.fromCache * 100).toFixed(1)}%`;
}

function cores(used: number | null): string {
  return used === null ? "n/a" : used.toFixed(2);
}

/** Routes named in a phase's renders line; the rest are summed. */
const RENDER_ROUTES_NAMED = 6;

/** A phase's renders, the routes that took most time first: "165 in 10.2 s: /berita/[slug] 50 x 46 ms, …". */
function rendersLine(phase: string, renders: RouteRenders[]): string {
  const seconds = (routes: RouteRenders[]) => `${(routes.reduce((sum, { ms }) => sum + ms, 0) / 1000).toFixed(1)} s`;
  const count = renders.reduce((sum, route) => sum + route.count, 0);
  const named = renders.slice(0, RENDER_ROUTES_NAMED).map(({ route, count, ms }) => `${route} ${count} x ${(ms / count).toFixed(0)} ms`);
  const rest = renders.slice(RENDER_ROUTES_NAMED);
  if (rest.length) named.push(`${rest.length} more routes ${seconds(rest)}`);
  return `Renders (${phase}): ${count} in ${seconds(renders)}: ${named.join(", ")}.`;
}

export function formatNewsDayReport(report: NewsDayReport): string {
  const { options, urls, warmUp } = report;
  const out: string[] = [];
  out.push(
    `RI News Portal benchmark, news day, ${report.date} - ${report.machine.cpus} CPU (${report.machine.cpuModel}), Node ${report.machine.node}, ` +
      `wrk 1 thread x ${options.connections} connections, ${options.duration}s per phase, timeout 2s${options.via === "varnish" ? ", through Varnish" : ""}`,
  );
  out.push(
    `Archive: ${report.archive.publishedArticlesAtStart.toLocaleString("en")} published articles (${report.archive.publishedArticlesAtEnd.toLocaleString("en")} at the end). ` +
      `URL set: ${urls.articles.toLocaleString("en")} articles (${(urls.articleShare * 100).toFixed(0)}% of requests; top 10 ${(urls.top10ArticlesShare * 100).toFixed(0)}%, ` +
      `top 100 ${(urls.top100ArticlesShare * 100).toFixed(0)}%) + ${urls.others} other pages.`,
  );
  out.push(
    `Warm-up: ${urls.total.toLocaleString("en")} URLs in ${warmUp.seconds.toFixed(0)}s (${Object.entries(warmUp.statuses).map(([status, n]) => `${n} x ${status}`).join(", ")}), ` +
      `server RSS ${(warmUp.rssBytesAfter / MB).toFixed(0)} MB. Page cache: PAGE_CACHE_MAX_MB=${report.server.pageCacheMaxMb}` +
      (report.phases[0]?.server.pageCache ? `, holding ${(report.phases[0].server.pageCache.bytes / MB).toFixed(0)} MB in ${report.phases[0].server.pageCache.entries} entries after the quiet phase.` : ", its size n/a (no counters)."),
  );
  if (options.noWriters) out.push("Control run (--no-writers): no writers ran in the writers phase; its ratios below are this machine's own drift between phases.");
  const busiest = Math.max(0, ...report.phases.map((p) => p.otherCpuBusyBefore ?? 0));
  if (busiest >= 0.1) out.push(`Warning: other work used up to ${(busiest * 100).toFixed(0)}% of the CPU just before a phase: both phases may be slower than this machine can do.`);
  out.push("");
  out.push(
    table(
      ["phase", "req/s", "p50 ms", "p99 ms", "no answer in 2s", "non-2xx/3xx", "article f/s/e/h/c", "article from cache", "other f/s/e/h/c", "other from cache", "RSS MB", "cores front/server", "waiting front/server", "other CPU", "publishes", "edits", "write failures"],
      report.phases.map(({ name, load, server, rssBytesAfter, otherCpuBusyBefore, waitingForCore }) => [
        name,
        load.requestsPerSec.toFixed(0),
        load.latencyP50Ms.toFixed(1),
        load.latencyP99Ms.toFixed(1),
        String(load.timeouts),
        String(load.non2xx),
        outcomes(server.pageCache?.article),
        fromCache(server.pageCache?.article),
        outcomes(server.pageCache?.other),
        fromCache(server.pageCache?.other),
        (rssBytesAfter / MB).toFixed(0),
        `${cores(server.cores.front)}/${cores(server.cores.serverProcess)}`,
        `${cores(waitingForCore.front)}/${cores(waitingForCore.serverProcess)}`,
        otherCpuBusyBefore === null ? "-" : `${(otherCpuBusyBefore * 100).toFixed(0)}%`,
        String(server.writers.publishes),
        String(server.writers.edits),
        String(server.writers.failures),
      ]),
    ),
  );
  out.push(
    "f/s/e/h/c: page-cache answers fresh / stale (a soft change: refreshed in the background) / expired (older than its revalidate period: refreshed in the background) / " +
      "hard miss (a change made it render anew) / cold miss; from cache = (f + s + e) / (f + s + e + c).",
  );
  out.push("cores front/server: the CPU the front and the server process used through the phase, in cores (user and system, every thread; 1.00 = one core throughout).");
  out.push(
    "waiting front/server: how long their threads were ready to run while every core was taken, in cores (Linux run-queue wait, every thread; 0.05 = a twentieth of the phase): " +
      "the front answers from memory on one core, so what it waits is throughput lost to the CPU others use, not to work of its own.",
  );
  for (const { name, server } of report.phases) if (server.pageCache?.renders.length) out.push(rendersLine(name, server.pageCache.renders));
  out.push("Renders: pages the server process rendered and stored, by route, each timed from the lookup that began it to its store (waits for the CPU included).");
  for (const { name, varnish } of report.phases) {
    if (!varnish) continue;
    out.push(
      `Varnish (${name}): hit ratio ${varnish.ratio === null ? "n/a" : `${(varnish.ratio * 100).toFixed(1)}%`}: ${varnish.hits} hits (${varnish.graceHits} in grace), ` +
        `${varnish.misses} misses, ${varnish.hitForMiss} hit-for-miss, ${varnish.hitForPass} hit-for-pass, ${varnish.passes} passes.`,
    );
  }
  for (const phase of report.phases) {
    for (const failure of phase.server.writers.failureMessages) out.push(`Writer failure (${phase.name}, ${failure.action}): ${failure.message}`);
  }
  out.push("");
  out.push(table(["target", "wanted", "measured", ""], report.goals.map((g) => [g.name, g.target, g.actual, g.pass === null ? "n/a" : g.pass ? "PASS" : "FAIL"])));
  return out.join("\n");
}
