import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download browsers here: use the system Chromium (Debian's `chromium` package).
const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const chromiumPath = CHROMIUM_CANDIDATES.find((path): path is string => !!path && existsSync(path));
if (!chromiumPath) {
  throw new Error(
    "No Chromium found for the end-to-end tests. Install it with `apt-get install -y chromium` or set CHROMIUM_PATH to a Chromium/Chrome binary.",
  );
}

// These take seeded articles off the site, lock seeded accounts out for a while (sign-in throttling),
// add staff to the roster or a category to the navigation that every page shows (specs comparing those
// with the database would race with them), so they run once everything else is done.
const LAST = /(unpublish|redaksi-auth|redaksi-sessions|redaksi-taxonomy)\.spec\.ts$/;

const PORT = Number(process.env.E2E_PORT ?? 3100);
// One fresh database per run; set once here so that test workers see the same path.
process.env.E2E_DATABASE_PATH ??= join(tmpdir(), `portal-e2e-${Date.now()}-${process.pid}.db`);
process.env.E2E_MEDIA_DIR ??= join(tmpdir(), `portal-e2e-media-${Date.now()}-${process.pid}`);

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/${PORT}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
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
    { name: "mobile", testIgnore: LAST, use: { ...devices["Pixel 7"], browserName: "chromium" } },
    { name: "last", testMatch: LAST, dependencies: ["mobile"], use: { ...devices["Pixel 7"], browserName: "chromium" } },
  ],
  webServer: {
    command: "npx next build && npx tsx lib/server/start.ts",
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      HOSTNAME: "127.0.0.1",
      // The specs play clients behind a proxy so that sign-in throttling tests use their own addresses.
      TRUST_PROXY: "1",
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      MEDIA_DIR: process.env.E2E_MEDIA_DIR,
      SEED_STAFF_PASSWORD: "rahasia-e2e-2025",
      SITE_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
