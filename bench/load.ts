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
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  };
}
