import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import autocannon from "autocannon";

export type LoadTool = "wrk" | "autocannon";

export type LoadResult = {
  requestsPerSec: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Requests without an answer within the tool's timeout (wrk: its "timeout" socket errors). */
  timeouts: number;
  /** Responses outside 2xx (wrk: outside 2xx and 3xx). */
  non2xx: number;
};

export type LoadOptions = { connections: number; durationSec: number; headers: Record<string, string> };

export function wrkInstalled(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v wrk"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function chooseTool(wanted: "auto" | LoadTool): LoadTool {
  if (wanted === "auto") return wrkInstalled() ? "wrk" : "autocannon";
  if (wanted === "wrk" && !wrkInstalled()) throw new Error("--tool wrk: wrk is not installed (apt-get install wrk)");
  return wanted;
}

export function loadTest(tool: LoadTool, url: string, options: LoadOptions): Promise<LoadResult> {
  return tool === "wrk" ? withWrk(url, options) : withAutocannon(url, options);
}

async function withAutocannon(url: string, { connections, durationSec, headers }: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({ url, connections, duration: durationSec, headers });
  return {
    requestsPerSec: result.requests.total / (result.duration || durationSec),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

async function withWrk(url: string, { connections, durationSec, headers }: LoadOptions): Promise<LoadResult> {
  // One thread: wrk's event loop drives far more than one Next process serves, and it leaves the
  // second core to the server.
  const args = ["-t1", `-c${connections}`, `-d${durationSec}s`, "--latency", "--timeout", "10s"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  const { stdout } = await promisify(execFile)("wrk", [...args, url], { maxBuffer: 1 << 20 });
  return parseWrk(stdout);
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function wrkLatency(output: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
  if (!match) throw new Error(`wrk output has no ${percentile}% latency:\n${output}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

export function parseWrk(output: string): LoadResult {
  const requests = /^\s*(\d+) requests in/m.exec(output);
  const rate = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  if (!requests || !rate) throw new Error(`Unexpected wrk output:\n${output}`);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requestsPerSec: Number(rate[1]),
    latencyP50Ms: wrkLatency(output, "50"),
    latencyP99Ms: wrkLatency(output, "99"),
    requests: Number(requests[1]),
    errors: socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    timeouts: socket ? Number(socket[4]) : 0,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  };
}

/** The line a generated script's done() prints (bench/news-day/wrk-script.ts), after this prefix. */
export const SCRIPT_SUMMARY_PREFIX = "wrk-script-summary ";

export type ScriptSummary = {
  requests: number;
  durationUs: number;
  latencyP50Us: number;
  latencyP99Us: number;
  /** Responses outside 2xx and 3xx. */
  non2xx3xx: number;
  timeouts: number;
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
};

export function parseScriptSummary(output: string): ScriptSummary {
  const line = output.split("\n").find((candidate) => candidate.startsWith(SCRIPT_SUMMARY_PREFIX));
  if (!line) throw new Error(`The wrk script printed no summary:\n${output}`);
  return JSON.parse(line.slice(SCRIPT_SUMMARY_PREFIX.length)) as ScriptSummary;
}

export type ScriptedLoadOptions = { connections: number; durationSec: number; timeoutSec: number };

/**
 * wrk driven by a Lua script that chooses each request (bench/news-day/wrk-script.ts). The figures
 * are wrk's summary; the percentiles come from the script's done(), in microseconds rather than
 * the summary's two decimals.
 */
export async function loadWithWrkScript(origin: string, scriptPath: string, { connections, durationSec, timeoutSec }: ScriptedLoadOptions): Promise<LoadResult & { script: ScriptSummary }> {
  const args = ["-t1", `-c${connections}`, `-d${durationSec}s`, "--latency", "--timeout", `${timeoutSec}s`, "-s", scriptPath, origin];
  const { stdout } = await promisify(execFile)("wrk", args, { maxBuffer: 1 << 20 });
  const script = parseScriptSummary(stdout);
  return { ...parseWrk(stdout), latencyP50Ms: script.latencyP50Us / 1000, latencyP99Ms: script.latencyP99Us / 1000, script };
}
