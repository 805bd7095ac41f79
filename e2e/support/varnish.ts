import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serverEnv } from "./server-env";

// e2e/varnish.spec.ts's own site: `npm start` on a database of its own (its publishes disturb no
// other spec), and deploy/varnish/start.sh in front of it, both stopped when the spec ends.

export const ORIGIN_PORT = Number(process.env.E2E_VARNISH_ORIGIN_PORT);
export const VARNISH_PORT = Number(process.env.E2E_VARNISH_PORT);
export const VARNISH_URL = `http://127.0.0.1:${VARNISH_PORT}`;
export const ORIGIN_URL = `http://127.0.0.1:${ORIGIN_PORT}`;
export const DATABASE_PATH = process.env.E2E_VARNISH_DATABASE_PATH!;
// The origin refreshes a page for a soft change this soon (45 s in production), so the spec waits seconds, not a minute.
const SOFT_REFRESH_MS = "2000";
const VARNISHD = ["/usr/sbin/varnishd", "/usr/local/sbin/varnishd"];

async function waitForAnswer(url: string, what: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (code ${child.exitCode}) before it answered`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export type VarnishSite = { stop: () => Promise<void> };

/** Starts the origin and Varnish in front of it; fails with a clear message when varnishd is missing. */
export async function startSiteBehindVarnish(): Promise<VarnishSite> {
  if (!VARNISHD.some((path) => existsSync(path))) {
    throw new Error("varnishd not found: the varnish project needs Varnish 7 and its modules (apt-get install -y varnish varnish-modules).");
  }
  const workdir = mkdtempSync(join(tmpdir(), "portal-e2e-varnish-"));
  // Run as root, varnishd compiles its VCL as an unprivileged user (deploy/varnish/start.sh).
  chmodSync(workdir, 0o755);
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const output: string[] = [];
  const keep = (child: ChildProcess) => {
    for (const stream of [child.stdout, child.stderr]) stream?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    return child;
  };
  const origin = keep(
    spawn(process.execPath, [join(distDir, "server", "start.mjs")], {
      env: {
        ...process.env,
        ...serverEnv(ORIGIN_PORT, {
          DATABASE_PATH,
          MEDIA_DIR: join(workdir, "media"),
          WEB_CONCURRENCY: "1",
          PURGE_URLS: `${VARNISH_URL}/`,
          PAGE_SOFT_REFRESH_MIN_AGE_MS: SOFT_REFRESH_MS,
        }),
        // What the public sees is Varnish.
        SITE_URL: VARNISH_URL,
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const varnish = keep(
    spawn("deploy/varnish/start.sh", [], {
      env: { ...process.env, VARNISH_PORT: String(VARNISH_PORT), BACKEND: `127.0.0.1:${ORIGIN_PORT}`, VARNISH_DIR: join(workdir, "varnish"), VARNISH_STORAGE: "64m" },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  const stopAll = async () => {
    await Promise.all([stop(varnish), stop(origin)]);
    rmSync(workdir, { recursive: true, force: true });
  };
  try {
    await waitForAnswer(`${ORIGIN_URL}/robots.txt`, "The origin server", origin, 120_000);
    await waitForAnswer(`${VARNISH_URL}/robots.txt`, "Varnish", varnish, 30_000);
  } catch (error) {
    await stopAll();
    throw new Error(`${(error as Error).message}\n${output.join("")}`);
  }
  return { stop: stopAll };
}
