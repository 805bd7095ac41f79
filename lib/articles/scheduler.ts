import { publishDueArticles } from "./workflow";

// Scheduled articles go live within this long of their time.
const CHECK_INTERVAL_MS = 15_000;
// One scheduler per process, however often the server's instrumentation runs.
const RUNNING_KEY = Symbol.for("ri-news-portal.scheduler");
const globals = globalThis as typeof globalThis & { [RUNNING_KEY]?: boolean };

function publishDue(): void {
  try {
    const published = publishDueArticles();
    if (published) console.log(`Scheduler: ${published} scheduled article(s) published`);
  } catch (error) {
    console.error("Scheduler run failed:", error);
  }
}

/** Publishes what fell due while the server was down, then checks every 15 s. */
export function startScheduler(): void {
  if (globals[RUNNING_KEY]) return;
  globals[RUNNING_KEY] = true;
  publishDue();
  setInterval(publishDue, CHECK_INTERVAL_MS).unref();
}
