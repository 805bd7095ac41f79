import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { watchProfileRequests } from "./cpu-profile";
import { editPublishedArticle, openNewsroomDesk, publishNewArticle, type NewsroomDesk } from "./newsroom-writers";
import {
  keepWritingStats,
  MAX_REPORTED_FAILURES,
  processCpuSeconds,
  readPageCacheStats,
  STATS_FILE,
  STATS_INTERVAL_MS,
  WRITERS_FILE,
  WRITE_EVERY_MS,
  WRITERS_POLL_MS,
  type NewsDayStats,
  type WriterCounts,
} from "./protocol";

// Loaded by instrumentation.ts only when NEWS_DAY_BENCH_DIR is set (`npm run bench -- --scenario
// news-day`). The writers run in the server process, as the newsroom's own saves do, so that their
// cost (synchronous SQLite writes on the event loop) and their cache invalidations land where
// readers are being served. The benchmark steers them through files; see ./protocol.ts.

const STARTED_KEY = Symbol.for("ri-news-portal.news-day-bench");

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The `writers` file may name the articles to edit: `{ "editIds": [1, 2] }`. */
function editIdsFrom(path: string): number[] {
  try {
    const { editIds } = JSON.parse(readFileSync(path, "utf8")) as { editIds?: unknown };
    return Array.isArray(editIds) ? editIds.filter((id): id is number => Number.isInteger(id) && id > 0) : [];
  } catch {
    return [];
  }
}

export function startNewsDayBench(dir: string): void {
  const globals = globalThis as typeof globalThis & { [STARTED_KEY]?: boolean };
  if (globals[STARTED_KEY]) return;
  globals[STARTED_KEY] = true;

  const counts: WriterCounts = { running: false, publishes: 0, edits: 0, failures: 0, recentFailures: [], touched: [] };
  let timer: NodeJS.Timeout | null = null;

  const recordFailure = (action: "publish" | "edit", at: number, error: unknown) => {
    counts.failures++;
    counts.recentFailures = [...counts.recentFailures, { at, action, message: message(error) }].slice(-MAX_REPORTED_FAILURES);
    console.error(`News day bench: the ${action} failed:`, error);
  };

  const attempt = (action: "publish" | "edit", write: () => { id: number; slug: string }) => {
    const at = Date.now();
    try {
      const { id, slug } = write();
      counts[action === "publish" ? "publishes" : "edits"]++;
      counts.touched.push({ at, action, id, slug });
    } catch (error) {
      recordFailure(action, at, error);
    }
  };

  const round = (desk: NewsroomDesk) => {
    attempt("publish", () => publishNewArticle(desk));
    attempt("edit", () => editPublishedArticle(desk));
  };

  const startWriters = () => {
    // Running even when the desk cannot open: one failure reported, not one every poll.
    counts.running = true;
    let desk: NewsroomDesk;
    try {
      desk = openNewsroomDesk(editIdsFrom(join(dir, WRITERS_FILE)));
    } catch (error) {
      recordFailure("publish", Date.now(), error);
      return;
    }
    round(desk);
    timer = setInterval(() => round(desk), WRITE_EVERY_MS);
  };

  const stopWriters = () => {
    if (timer) clearInterval(timer);
    timer = null;
    counts.running = false;
  };

  setInterval(() => {
    const wanted = existsSync(join(dir, WRITERS_FILE));
    if (wanted && !counts.running) startWriters();
    else if (!wanted && counts.running) stopWriters();
  }, WRITERS_POLL_MS).unref();
  keepWritingStats(join(dir, STATS_FILE), (): NewsDayStats => ({ writtenAt: Date.now(), cpuSeconds: processCpuSeconds(), pageCache: readPageCacheStats(), writers: counts }));
  watchProfileRequests(dir);
  console.log(`News day bench: watching ${dir} for "${WRITERS_FILE}", writing ${STATS_FILE} every ${STATS_INTERVAL_MS} ms`);
}
