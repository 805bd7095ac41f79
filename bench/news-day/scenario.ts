import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { closeDatabase, getDb } from "@/db/client";
import { waitForIdleCpu } from "../cpu";
import { loadWithWrkScript, wrkInstalled } from "../load";
import type { BenchOptions } from "../options";
import { describeMachine, writeReport } from "../report";
import { coreWaitSeconds, nodeProcesses, processTree, startServer, type Server } from "../server";
import { hitRatio, purgeEnv, startVarnish, VARNISH_PORT_OFFSET, type Varnish } from "../varnish";
import { frontProfilePath } from "./cpu-profile";
import { startProfile, startWriters, statsAfter, stopProfile, stopWriters } from "./control";
import { evaluateNewsDayGoals, type PhaseResult } from "./goals";
import { WRITE_EVERY_MS } from "./protocol";
import { formatNewsDayReport, type NewsDayReport } from "./report";
import { diffStats } from "./stats";
import { describeUrls, newsDayUrls, readUrlSources } from "./urls";
import { warmAll } from "./warm";
import { wrkScript } from "./wrk-script";

// `npm run bench -- --scenario news-day`: a day's reader traffic over a warm page cache, first
// quiet, then with the newsroom publishing and editing in the server, then quiet again. See the
// README's "Benchmark".

const LOAD_HEADERS = { "accept-encoding": "gzip" };
const TIMEOUT_SEC = 2;
const WARM_CONCURRENCY = 8;
/** The same request sequence in every phase. */
const SCRIPT_SEED = 20250618;
/** The writers update the stories readers read most, as a newsroom does on a news day. */
const EDITED_STORIES = 50;
/**
 * Unmeasured load between the writers and the second quiet phase: the writers' soft changes are
 * refreshed when a reader asks for a page 45 s after its render (SOFT_REFRESH_MIN_AGE_MS), and
 * those renders are theirs, not the quiet load's.
 */
const SETTLE_SEC = 60;

export type NewsDayContext = {
  options: BenchOptions;
  dbPath: string;
  generated: boolean;
  /** Where the report goes, for an archive of this many published articles (its folder is created). */
  resultPathFor: (published: number) => string;
  commit: string;
  log: (line?: string) => void;
  cleanups: (() => void | Promise<void>)[];
};

function checkRunning(server: Server, logPath: string, during: string): void {
  const status = server.exitStatus();
  if (status) throw new Error(`The server stopped (${status}) during ${during}; see ${logPath}`);
}

function publishedArticles(): number {
  return (getDb().$client.prepare("SELECT count(*) AS n FROM articles WHERE status = 'published'").get() as { n: number }).n;
}

/** `npm start`'s front (its primary) and its one server process (WEB_CONCURRENCY=1). */
type SiteProcesses = { front?: number; serverProcess?: number };

type CoreWaits = { at: number; front: number | null; serverProcess: number | null };

function readCoreWaits({ front, serverProcess }: SiteProcesses): CoreWaits {
  return { at: Date.now(), front: front === undefined ? null : coreWaitSeconds(front), serverProcess: serverProcess === undefined ? null : coreWaitSeconds(serverProcess) };
}

function waitingForCore(before: CoreWaits, after: CoreWaits): PhaseResult["waitingForCore"] {
  const seconds = (after.at - before.at) / 1000;
  const cores = (from: number | null, to: number | null) => (from === null || to === null ? null : Math.max(0, to - from) / seconds);
  return { front: cores(before.front, after.front), serverProcess: cores(before.serverProcess, after.serverProcess) };
}

type PhaseSetup = {
  server: Server;
  site: SiteProcesses;
  /** Where the load goes: the server, or the Varnish in front of it. */
  base: string;
  varnish: Varnish | null;
  logPath: string;
  dir: string;
  scriptPath: string;
  options: BenchOptions;
  editIds: number[];
  /** Where a phase's CPU profile goes (--cpu-prof). */
  profilePathFor: (phase: PhaseResult["name"]) => string;
  log: NewsDayContext["log"];
};

async function runPhase(name: PhaseResult["name"], { server, site, base, varnish, logPath, dir, scriptPath, options, editIds, profilePathFor, log }: PhaseSetup): Promise<PhaseResult> {
  const otherCpuBusyBefore = await waitForIdleCpu(() => [process.pid, ...processTree(server.pid)], options.waitIdle);
  const busyNote = otherCpuBusyBefore === null ? "" : `, other work using ${(otherCpuBusyBefore * 100).toFixed(0)}% of the CPU`;
  const writing = name === "writers" && !options.noWriters;
  const writersNote = name !== "writers" ? "" : writing ? `, a publish and an edit every ${WRITE_EVERY_MS / 1000}s in the server` : ", the writers left off (--no-writers)";
  log(`Phase "${name}": ${options.duration}s of load${writersNote}${busyNote}…`);
  const before = await statsAfter(dir, Date.now());
  if (options.cpuProf) startProfile(dir, profilePathFor(name));
  if (writing) startWriters(dir, editIds);
  const varnishBefore = varnish?.stats();
  const waitsBefore = readCoreWaits(site);
  let load;
  try {
    load = await loadWithWrkScript(base, scriptPath, { connections: options.connections, durationSec: options.duration, timeoutSec: TIMEOUT_SEC });
  } finally {
    if (writing) stopWriters(dir);
  }
  const waitsDuring = waitingForCore(waitsBefore, readCoreWaits(site));
  const varnishDuring = varnish && varnishBefore ? hitRatio(varnishBefore, varnish.stats()) : undefined;
  if (options.cpuProf) {
    await stopProfile(dir, profilePathFor(name));
    log(`  CPU profiles: ${profilePathFor(name)} (server process), ${frontProfilePath(profilePathFor(name))} (front)`);
  }
  checkRunning(server, logPath, `the ${name} phase`);
  // After the writers file is gone, the first stats that say they stopped hold their final counts.
  const after = await statsAfter(dir, Date.now(), (stats) => !stats.writers.running);
  return { name, load, server: diffStats(before, after), rssBytesAfter: server.rss(), otherCpuBusyBefore, waitingForCore: waitsDuring, ...(varnishDuring ? { varnish: varnishDuring } : {}) };
}

export async function runNewsDay({ options, dbPath, generated, resultPathFor, commit, log, cleanups }: NewsDayContext): Promise<void> {
  if (options.tool === "autocannon" || !wrkInstalled()) throw new Error("--scenario news-day drives the load with a wrk Lua script: install wrk (apt-get install wrk)");

  const sources = readUrlSources(getDb().$client, options.urls);
  const publishedAtStart = publishedArticles();
  closeDatabase();
  const resultPath = resultPathFor(publishedAtStart);
  mkdirSync(dirname(resultPath), { recursive: true });
  const urls = newsDayUrls(sources);
  const urlSummary = describeUrls(urls);
  const dir = mkdtempSync(join(tmpdir(), "ri-news-day-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const scriptPath = join(dir, "news-day.lua");
  writeFileSync(scriptPath, wrkScript(urls, { headers: LOAD_HEADERS, seed: SCRIPT_SEED }));
  log(`URL set: ${urlSummary.articles} articles and ${urlSummary.others} other pages; wrk script ${scriptPath}`);

  log(`Starting the server (PAGE_CACHE_MAX_MB=${options.pageCacheMb}, NEWS_DAY_BENCH_DIR=${dir})…`);
  const logPath = resultPath.replace(/\.json$/, "-server.log");
  const server = await startServer({
    port: options.port,
    env: { DATABASE_PATH: dbPath, NEXT_DIST_DIR: options.distDir, BACKUP_DIR: "off", PAGE_CACHE_MAX_MB: String(options.pageCacheMb), NEWS_DAY_BENCH_DIR: dir, WEB_CONCURRENCY: "1", ...purgeEnv(options) },
    logPath,
  });
  cleanups.push(() => server.stop());
  await statsAfter(dir, 0);
  let varnish: Varnish | null = null;
  if (options.via === "varnish") {
    varnish = await startVarnish(options.port + VARNISH_PORT_OFFSET, options.port);
    cleanups.push(() => varnish!.stop());
    log(`Loading through Varnish on ${varnish.url}`);
  }
  const base = varnish?.url ?? server.origin;

  log(`Warming ${urls.length} URLs (twice each), ${WARM_CONCURRENCY} at a time…`);
  const warmUp = await warmAll(base, urls.map((url) => url.path), {
    concurrency: WARM_CONCURRENCY,
    headers: LOAD_HEADERS,
    onProgress: (done) => log(`  ${done} / ${urls.length}`),
  });
  const rssAfterWarmUp = server.rss();
  for (const failure of warmUp.failures) log(`  warm-up: ${failure.path} answered ${failure.answer}`);
  checkRunning(server, logPath, "the warm-up");

  const editIds = sources.articles.slice(0, EDITED_STORIES).map((article) => article.id);
  const profilePathFor = (phase: PhaseResult["name"]) => resultPath.replace(/\.json$/, `-${phase}.cpuprofile`);
  const [front, serverProcess] = nodeProcesses(server.pid);
  const setup: PhaseSetup = { server, site: { front, serverProcess }, base, varnish, logPath, dir, scriptPath, options, editIds, profilePathFor, log };
  const quiet = await runPhase("quiet", setup);
  const writers = await runPhase("writers", setup);
  log(`Settling: ${SETTLE_SEC}s of the same load, not measured, while the writers' last changes are refreshed…`);
  await loadWithWrkScript(base, scriptPath, { connections: options.connections, durationSec: SETTLE_SEC, timeoutSec: TIMEOUT_SEC });
  const quietAgain = await runPhase("quiet-again", setup);
  await varnish?.stop();
  await server.stop();
  const publishedAtEnd = publishedArticles();
  closeDatabase();

  const report: NewsDayReport = {
    scenario: "news-day",
    date: new Date().toISOString(),
    machine: describeMachine(),
    commit,
    options: { ...options },
    server: { command: server.command, homeStatusAtStart: server.homeStatus, pageCacheMaxMb: options.pageCacheMb, writeEveryMs: WRITE_EVERY_MS },
    archive: { path: dbPath, generated, publishedArticlesAtStart: publishedAtStart, publishedArticlesAtEnd: publishedAtEnd },
    urls: urlSummary,
    warmUp: { ...warmUp, rssBytesAfter: rssAfterWarmUp },
    phases: [quiet, writers, quietAgain],
    goals: evaluateNewsDayGoals(quiet, writers, quietAgain),
  };
  writeReport(resultPath, report);
  log();
  log(formatNewsDayReport(report));
  log();
  log(`Written to ${resultPath} (server log beside it)`);
}
