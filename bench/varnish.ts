import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { get } from "./page-weight";

// `--via varnish`: the load goes through Varnish as deploy/ ships it (deploy/varnish/start.sh), in
// front of the server under test, which purges it by tag (PURGE_URLS). Its counters (varnishstat)
// give the hit ratio of a phase.

/** Varnish listens here past --port (nginx, the yardstick, takes --port + 1). */
export const VARNISH_PORT_OFFSET = 2;

/** `--via varnish`: the server under test purges the Varnish in front of it. */
export function purgeEnv({ via, port }: { via: "origin" | "varnish"; port: number }): Record<string, string> {
  return via === "varnish" ? { PURGE_URLS: `http://127.0.0.1:${port + VARNISH_PORT_OFFSET}/` } : {};
}

export type Varnish = { url: string; stats: () => VarnishCounters; stop: () => Promise<void> };

export type VarnishCounters = { hits: number; graceHits: number; misses: number; hitForMiss: number; hitForPass: number; passes: number };

const counterSchema = z.object({ value: z.number() });
// varnishstat -j (Varnish 7): { "version": 1, "timestamp": …, "counters": { "MAIN.cache_hit": { "value": n, … }, … } }
const statSchema = z.object({ counters: z.record(z.string(), counterSchema.partial()) });

export function parseVarnishStat(json: string): VarnishCounters {
  const { counters } = statSchema.parse(JSON.parse(json));
  const value = (name: string) => counters[`MAIN.${name}`]?.value ?? 0;
  return {
    hits: value("cache_hit"),
    graceHits: value("cache_hit_grace"),
    misses: value("cache_miss"),
    hitForMiss: value("cache_hitmiss"),
    hitForPass: value("cache_hitpass"),
    passes: value("s_pass"),
  };
}

export type HitRatio = VarnishCounters & { ratio: number | null };

/**
 * What Varnish answered between two readings: hits (grace hits among them) over every lookup,
 * misses and hit-for-miss included (a page the origin served stale is not kept: portal.vcl).
 */
export function hitRatio(before: VarnishCounters, after: VarnishCounters): HitRatio {
  const diff = Object.fromEntries(Object.entries(after).map(([key, value]) => [key, value - before[key as keyof VarnishCounters]])) as VarnishCounters;
  const lookups = diff.hits + diff.misses + diff.hitForMiss + diff.hitForPass;
  return { ...diff, ratio: lookups === 0 ? null : diff.hits / lookups };
}

/** Starts Varnish on `port` in front of the server on `backendPort`. */
export async function startVarnish(port: number, backendPort: number): Promise<Varnish> {
  const dir = mkdtempSync(join(tmpdir(), "bench-varnish-"));
  // Run as root, varnishd compiles its VCL as an unprivileged user, who must read this folder.
  chmodSync(dir, 0o755);
  const child = spawn("deploy/varnish/start.sh", [], {
    env: { ...process.env, VARNISH_PORT: String(port), BACKEND: `127.0.0.1:${backendPort}`, VARNISH_DIR: dir, VARNISH_STORAGE: "1g" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await Promise.race([exited, sleep(5000)]);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  const stats = () => parseVarnishStat(execFileSync("varnishstat", ["-n", dir, "-1", "-j"], { encoding: "utf8" }));
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    const answered = await get(`${url}/robots.txt`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (answered) return { url, stats, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`Varnish did not answer on port ${port} (is it installed? apt-get install varnish varnish-modules)`);
}
