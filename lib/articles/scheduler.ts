import { watchAdSchedule } from "@/lib/ads/slots";
import { expireFrontPage } from "./front-page";
import { publishDueArticles } from "./workflow";

// Scheduled articles go live within this long of their time.
const CHECK_INTERVAL_MS = 15_000;
// One scheduler per process, however often the server's instrumentation runs.
const RUNNING_KEY = Symbol.for("ri-news-portal.scheduler");
const globals = globalThis as typeof globalThis & { [RUNNING_KEY]?: boolean };
// "id:version" of refusals already logged: a refused article stays due and is met every run.
const loggedRefusals = new Set<string>();

function publishDue(): void {
  try {
    const { published, refused } = publishDueArticles();
    if (published) console.log(`Scheduler: ${published} scheduled article(s) published`);
    for (const { id, version, scheduledVersion } of refused) {
      const key = `${id}:${version}`;
      if (loggedRefusals.has(key)) continue;
      loggedRefusals.add(key);
      console.warn(
        `Scheduler: article ${id} was not published: it was scheduled at version ${scheduledVersion ?? "unknown"} and is now at version ${version}; an editor must schedule it again`,
      );
    }
  } catch (error) {
    console.error("Scheduler run failed:", error);
  }
  try {
    if (expireFrontPage()) console.log("Scheduler: an expired front-page pin or breaking strip was taken down");
  } catch (error) {
    console.error("Front page expiry failed:", error);
  }
}

/** Publishes what fell due while the server was down and takes down expired front-page pins, then checks every 15 s; ad slots' dates take effect at the same pace. */
export function startScheduler(): void {
  if (globals[RUNNING_KEY]) return;
  globals[RUNNING_KEY] = true;
  const adSchedule = watchAdSchedule(Date.now());
  const run = () => {
    publishDue();
    try {
      const changed = adSchedule(Date.now());
      if (changed.length) console.log(`Scheduler: ad slot(s) ${changed.join(", ")} started or ended`);
    } catch (error) {
      console.error("Scheduler: ad slot check failed:", error);
    }
  };
  run();
  setInterval(run, CHECK_INTERVAL_MS).unref();
}
