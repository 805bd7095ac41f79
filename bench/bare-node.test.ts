import { createServer, type AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { serveWithBareNode } from "./bare-node";
import { get } from "./page-weight";
import { processTreeCpuSeconds } from "./server";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe("the bare Node yardstick", () => {
  it("answers every request with the page's gzipped bytes, after the CPU it was given", async () => {
    const page = "<!doctype html><title>Berita</title><p>Isi berita.</p>";
    const bare = await serveWithBareNode(gzipSync(page), 20, await freePort());
    try {
      const started = performance.now();
      const response = await get(bare.url, { "accept-encoding": "gzip" });
      expect(performance.now() - started).toBeGreaterThanOrEqual(20);
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(response.raw).toString("utf8")).toBe(page);
    } finally {
      bare.stop();
    }
  });

  it("counts the CPU a process tree has used", () => {
    const before = processTreeCpuSeconds(process.pid);
    const cpuBefore = process.cpuUsage();
    // Busy until this process has had 100 ms of CPU, however loaded the machine is.
    while (process.cpuUsage(cpuBefore).user < 100_000);
    expect(processTreeCpuSeconds(process.pid) - before).toBeGreaterThanOrEqual(0.08);
  });
});
