import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitUntilAnswering } from "./page-weight";

// The yardstick for the server's tail latency: a bare `node:http` server, no framework, that spends
// the CPU the server spent on each request and answers the same gzipped bytes. A single Node thread
// saturated by 32 connections has a long tail of its own on this kind of machine (measured: p99 over
// 100 ms at about 1 ms of CPU a request), so the server's p99 means something beside this one's.

const SERVER_SOURCE = `
const { readFileSync } = require("node:fs");
const http = require("node:http");
const body = readFileSync(process.env.BARE_NODE_BODY);
const cpuMs = Number(process.env.BARE_NODE_CPU_MS);
http.createServer((req, res) => {
  const end = performance.now() + cpuMs;
  while (performance.now() < end);
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-encoding": "gzip", vary: "Accept-Encoding", "content-length": body.length });
  res.end(body);
}).listen(Number(process.env.BARE_NODE_PORT), "127.0.0.1");
`;

export type BareNode = { url: string; stop(): void };

/** Starts a bare Node server on `port` answering every request with `gzipped` after `cpuMs` of busy CPU. */
export async function serveWithBareNode(gzipped: Buffer, cpuMs: number, port: number): Promise<BareNode> {
  const dir = mkdtempSync(join(tmpdir(), "bench-bare-node-"));
  const bodyPath = join(dir, "page.html.gz");
  writeFileSync(bodyPath, gzipped);
  const child = spawn(process.execPath, ["-e", SERVER_SOURCE], {
    stdio: "ignore",
    env: { ...process.env, BARE_NODE_BODY: bodyPath, BARE_NODE_CPU_MS: String(cpuMs), BARE_NODE_PORT: String(port) },
  });
  const stop = () => {
    child.kill("SIGTERM");
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(url, "the bare Node server", stop);
  return { url, stop };
}
