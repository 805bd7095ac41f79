import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { closeDatabase, getDb } from "@/db/client";
import { buildInto } from "./build";
import { waitForIdleCpu } from "./cpu";
import { databaseBytes, generateArchive, type ArchiveStats } from "./generate-archive";
import { chooseTool, loadTest } from "./load";
import { parseOptions, USAGE, type BenchOptions } from "./options";
import { serveWithBareNode } from "./bare-node";
import { nginxPath, serveWithNginx } from "./nginx";
import { get, measurePage, warm } from "./page-weight";
import { queryCases, timeQueries } from "./queries";
import { runNewsDay } from "./news-day/scenario";
import { describeMachine, evaluateGoals, formatReport, heaviestJs, writeReport, type BenchReport, type PageResult } from "./report";
import { processTree, processTreeCpuSeconds, startServer, type Server } from "./server";
import { benchPages, findTargets } from "./targets";
import { purgeEnv, startVarnish, VARNISH_PORT_OFFSET } from "./varnish";

// `npm run bench`: build, generate an archive, serve it with the project's start script, load
// each page, time the reads behind them, report. See the README's "Benchmark" section.

const LOAD_HEADERS = { "accept-encoding": "gzip, deflate, br" };
const WARM_REQUESTS = 5;
const MB = 1024 * 1024;

const log = (line = "") => console.log(line);
const cleanups: (() => void | Promise<void>)[] = [];

async function cleanUp() {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error("Cleanup failed:", error);
    }
  }
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // `on`, not `once`: npm relays the terminal's Ctrl-C a second time, which without a listener
  // would kill the process before the server is stopped. (The script runs under `node --import tsx`
  // rather than the tsx CLI, which SIGKILLs a child that is busy in a long synchronous step.)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping the server and cleaning up…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

function gitCommit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

async function prepareDatabase(options: BenchOptions): Promise<{ path: string; stats: ArchiveStats | null }> {
  let path: string;
  if (options.db) {
    path = resolve(options.db);
  } else {
    const dir = mkdtempSync(join(tmpdir(), "ri-news-bench-"));
    path = join(dir, "portal.db");
    if (!options.keepDb) {
      const removeDir = () => rmSync(dir, { recursive: true, force: true });
      cleanups.push(removeDir);
      // Also when the process dies of an uncaught error, which skips the cleanups.
      process.on("exit", removeDir);
    }
  }
  process.env.DATABASE_PATH = path;
  process.env.SEED_STAFF_PASSWORD ||= randomBytes(12).toString("base64url");

  if (options.db && existsSync(path)) {
    log(`Reusing ${path} (${(databaseBytes(path) / MB).toFixed(0)} MB)`);
    return { path, stats: null };
  }
  log(`Generating ${options.articles.toLocaleString("en")} articles into ${path}`);
  const stats = await generateArchive({ articles: options.articles, log });
  const { seconds } = stats;
  log(
    `Generated in ${seconds.total.toFixed(1)}s (seed ${seconds.seed.toFixed(1)}s, insert ${seconds.insert.toFixed(1)}s, ` +
      `FTS rebuild ${seconds.search.toFixed(1)}s, ANALYZE ${seconds.analyze.toFixed(1)}s), ${(databaseBytes(path) / MB).toFixed(0)} MB`,
  );
  if (options.keepDb || options.db) log(`The database is kept: reuse it with --db ${path}`);
  return { path, stats };
}

async function loadPages(server: Server, base: string, options: BenchOptions, tool: ReturnType<typeof chooseTool>, pages: ReturnType<typeof benchPages>) {
  const results: PageResult[] = [];
  for (const { name, path } of pages) {
    const url = `${base}${path}`;
    await warm(url, WARM_REQUESTS, LOAD_HEADERS);
    const weight = await measurePage(url);
    if (weight.status !== 200) {
      log(`Skipping the load of ${name} (${path}): HTTP ${weight.status}`);
      results.push({ name, path, weight, load: null, otherCpuBusyBefore: null, rssBytesAfter: server.rss(), nginx: null, bareNode: null });
      continue;
    }
    const otherCpuBusyBefore = await waitForIdleCpu(() => [process.pid, ...processTree(server.pid)], options.waitIdle);
    const busyNote = otherCpuBusyBefore === null ? "" : `, other work using ${(otherCpuBusyBefore * 100).toFixed(0)}% of the CPU`;
    log(`Loading ${name} (${path}) for ${options.duration}s${busyNote}…`);
    const cpuBefore = processTreeCpuSeconds(server.pid);
    const load = await loadTest(tool, url, { connections: options.connections, durationSec: options.duration, headers: LOAD_HEADERS });
    const cpuMsPerRequest = load.requests > 0 ? (1000 * (processTreeCpuSeconds(server.pid) - cpuBefore)) / load.requests : 0;
    const rssBytesAfter = server.rss();
    const yardsticks = name === "article" ? await loadYardsticks(url, cpuMsPerRequest, options, tool) : { nginx: null, bareNode: null };
    results.push({ name, path, weight, load, otherCpuBusyBefore, rssBytesAfter, ...yardsticks });
  }
  return results;
}

/** Loads a yardstick server, started by `start`, as the pages were loaded; stops it after. */
async function loadYardstick(what: string, start: () => Promise<{ url: string; stop(): void }>, options: BenchOptions, tool: ReturnType<typeof chooseTool>) {
  const yardstick = await start();
  try {
    log(`Loading ${what} for ${options.duration}s…`);
    return await loadTest(tool, yardstick.url, { connections: options.connections, durationSec: options.duration, headers: LOAD_HEADERS });
  } finally {
    yardstick.stop();
  }
}

/**
 * The article's yardsticks, each serving its gzipped bytes under the same load: nginx for the
 * throughput (when installed), and a bare Node server spending the server's CPU per request for the
 * p99 (with one server process only: with more, that CPU is shared out among them).
 */
async function loadYardsticks(url: string, cpuMsPerRequest: number, options: BenchOptions, tool: ReturnType<typeof chooseTool>): Promise<Pick<PageResult, "nginx" | "bareNode">> {
  const page = await get(url, LOAD_HEADERS);
  if (page.headers["content-encoding"] !== "gzip") return { nginx: null, bareNode: null };
  const size = `${(page.raw.length / 1024).toFixed(1)} KB`;
  const binary = nginxPath();
  if (!binary) log("nginx is not installed (apt-get install nginx-light): no yardstick for the article's throughput");
  const nginx = binary ? await loadYardstick(`nginx with the same ${size}`, () => serveWithNginx(binary, page.raw, options.port + 1), options, tool) : null;
  const bareNode =
    options.processes === 1 && cpuMsPerRequest > 0
      ? await loadYardstick(
          `a bare Node server with the same ${size} and ${cpuMsPerRequest.toFixed(2)} ms of CPU a request`,
          () => serveWithBareNode(page.raw, cpuMsPerRequest, options.port + 3),
          options,
          tool,
        )
      : null;
  return {
    nginx: nginx && { requestsPerSec: nginx.requestsPerSec, latencyP99Ms: nginx.latencyP99Ms },
    bareNode: bareNode && { requestsPerSec: bareNode.requestsPerSec, latencyP99Ms: bareNode.latencyP99Ms, cpuMsPerRequest },
  };
}

async function main(options: BenchOptions) {
  const tool = chooseTool(options.tool);
  const distDir = options.distDir;
  if (options.skipBuild) {
    if (!existsSync(join(distDir, "BUILD_ID"))) throw new Error(`--skip-build: there is no build in ${distDir}`);
  } else {
    log(`Building into ${distDir}…`);
    await buildInto(distDir, (line) => log(`Warning: ${line}`));
  }

  const { path: dbPath, stats } = await prepareDatabase(options);
  if (options.scenario === "news-day") {
    const resultPathFor = (published: number) => resolve("bench/results", `${today()}-${published}-news-day.json`);
    return runNewsDay({ options, dbPath, generated: stats !== null, resultPathFor, commit: gitCommit(), log, cleanups });
  }
  const bytesAfterGeneration = databaseBytes(dbPath);
  const sqlite = getDb().$client;
  const inputs = findTargets(sqlite);
  const published = (sqlite.prepare("SELECT count(*) AS n FROM articles WHERE status = 'published'").get() as { n: number }).n;
  const hashtagCount = (sqlite.prepare("SELECT count(*) AS n FROM hashtags").get() as { n: number }).n;

  // Timed before the server starts, so the two never compete for the CPU.
  log(`Timing the reads behind the pages (${options.runs} calls each)…`);
  const queries = await timeQueries(queryCases(inputs), options.runs);
  closeDatabase();

  const n = stats ? options.articles : published;
  const resultPath = resolve("bench/results", `${today()}-${n}.json`);
  mkdirSync(dirname(resultPath), { recursive: true });
  log(`Starting the server (${tool} will load it)…`);
  const server = await startServer({
    port: options.port,
    // The server's daily backup would copy the archive into data/backups while it is being loaded.
    env: { DATABASE_PATH: dbPath, NEXT_DIST_DIR: distDir, BACKUP_DIR: "off", WEB_CONCURRENCY: String(options.processes), ...purgeEnv(options) },
    logPath: resultPath.replace(/\.json$/, "-server.log"),
  });
  cleanups.push(() => server.stop());
  let base = server.origin;
  if (options.via === "varnish") {
    const varnish = await startVarnish(options.port + VARNISH_PORT_OFFSET, options.port);
    cleanups.push(() => varnish.stop());
    log(`Loading through Varnish on ${varnish.url}`);
    base = varnish.url;
  }

  const pages = await loadPages(server, base, options, tool, benchPages(inputs));
  await server.stop();

  const js = heaviestJs(pages);
  const report: BenchReport = {
    date: new Date().toISOString(),
    machine: describeMachine(),
    commit: gitCommit(),
    options: { ...options },
    tool,
    server: { command: server.command, homeStatusAtStart: server.homeStatus },
    archive: {
      path: dbPath,
      generated: stats !== null,
      publishedArticles: published,
      hashtags: hashtagCount,
      generationSeconds: stats?.seconds ?? null,
      bytesAfterGeneration,
      bytesAtEnd: databaseBytes(dbPath),
    },
    inputs,
    pages,
    js,
    serverRssMaxBytes: Math.max(0, ...pages.map((p) => p.rssBytesAfter)),
    queries,
    goals: evaluateGoals(pages, queries, js, inputs),
  };
  writeReport(resultPath, report);
  log();
  log(formatReport(report));
  log();
  log(`Written to ${resultPath} (server log beside it)`);
}

let options: BenchOptions | null;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
  process.exit(2);
}
if (!options) {
  log(USAGE);
} else {
  try {
    await main(options);
  } catch (error) {
    console.error(`Benchmark failed: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}
