import { existsSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { serverEnv } from "./e2e/support/server-env";

// Playwright cannot download browsers here: use the system Chromium (Debian's `chromium` package).
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const chromiumPath = CHROMIUM_CANDIDATES.find((path): path is string => !!path && existsSync(path));
if (!chromiumPath) {
  throw new Error(
    "No Chromium found for the end-to-end tests. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary.",
  );
}

// Reader specs compare pages with the database, and the newsroom specs publish, so the two never run
// side by side. The last ones take seeded articles off the site, lock seeded accounts out for a while
// (sign-in throttling), add staff to the roster or a category to the navigation that every page shows,
// so they run once everything else is done.
const LAST = /(unpublish|redaksi-auth|redaksi-sessions|redaksi-taxonomy)\.spec\.ts$/;
const NEWSROOM = /redaksi-[\w-]+\.spec\.ts$/;
// Mostly waits for the scheduler's next minute: it runs beside the newsroom specs on a worker of its own.
const SCHEDULER = /redaksi-scheduler\.spec\.ts$/;
// The site behind Varnish (deploy/varnish), on a server and database of its own that the spec starts.
const VARNISH = /varnish\.spec\.ts$/;

const PHONE = { ...devices["Pixel 7"], browserName: "chromium" as const };

const PORT = Number(process.env.E2E_PORT ?? 3100);
// One fresh database per run; set once here so that test workers see the same path.
process.env.E2E_DATABASE_PATH ??= join(tmpdir(), `portal-e2e-${Date.now()}-${process.pid}.db`);
process.env.E2E_MEDIA_DIR ??= join(tmpdir(), `portal-e2e-media-${Date.now()}-${process.pid}`);
// A second server with two processes (WEB_CONCURRENCY), on a database of its own, for e2e/every-core.spec.ts.
process.env.E2E_CLUSTER_URL ??= `http://127.0.0.1:${PORT + 1}`;
process.env.E2E_CLUSTER_DATABASE_PATH ??= `${process.env.E2E_DATABASE_PATH}-cluster.db`;
// e2e/varnish.spec.ts: its own server on PORT + 2, and Varnish in front of it on PORT + 3.
process.env.E2E_VARNISH_ORIGIN_PORT ??= String(PORT + 2);
process.env.E2E_VARNISH_PORT ??= String(PORT + 3);
process.env.E2E_VARNISH_DATABASE_PATH ??= `${process.env.E2E_DATABASE_PATH}-varnish.db`;

// Each worker drives a Chromium against the one server, and all three compete for the same cores: on
// two cores a second worker made every test about twice as slow (and timed some out) for no gain.
const WORKERS = Number(process.env.E2E_WORKERS) || Math.max(1, Math.floor(availableParallelism() / 2));

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // The scheduler's spec adds one mostly idle worker beside the others.
  workers: WORKERS + 1,
  // Budgets for a loaded two-core machine, where a newsroom test's steps take several times as long as
  // on an idle one. Specs that are long by nature (waiting for the scheduler) set their own.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-reports/e2e.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "reader", testIgnore: [NEWSROOM, LAST, VARNISH], workers: WORKERS, use: PHONE },
    { name: "varnish", testMatch: VARNISH, workers: 1, use: PHONE },
    { name: "newsroom", testMatch: NEWSROOM, testIgnore: [LAST, SCHEDULER], dependencies: ["reader"], workers: WORKERS, use: PHONE },
    { name: "scheduler", testMatch: SCHEDULER, dependencies: ["reader"], workers: 1, use: PHONE },
    { name: "last", testMatch: LAST, dependencies: ["newsroom", "scheduler"], workers: WORKERS, use: PHONE },
  ],
  webServer: [
    {
      command: "npm run build && npm start",
      url: `http://127.0.0.1:${PORT}/`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // One server process: what a spec sees of the page cache (X-Nextjs-Cache, a render's timing) is
      // that one process's. Several processes are every-core.spec.ts's subject, on the server below.
      env: serverEnv(PORT, { DATABASE_PATH: process.env.E2E_DATABASE_PATH, MEDIA_DIR: process.env.E2E_MEDIA_DIR, WEB_CONCURRENCY: "1" }),
    },
    {
      // Started after the one above has built.
      command: "npm start",
      url: `${process.env.E2E_CLUSTER_URL}/`,
      timeout: 300_000,
      reuseExistingServer: false,
      env: serverEnv(PORT + 1, { DATABASE_PATH: process.env.E2E_CLUSTER_DATABASE_PATH, MEDIA_DIR: `${process.env.E2E_MEDIA_DIR}-cluster`, WEB_CONCURRENCY: "2" }),
    },
  ],
});
