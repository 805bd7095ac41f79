import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseScriptSummary, wrkInstalled } from "../load";
import { luaString, wrkScript } from "./wrk-script";

describe("luaString", () => {
  it("keeps printable ASCII and escapes quotes, backslashes and other bytes as decimal escapes", () => {
    expect(luaString("/cari?q=harga%20beras")).toBe('"/cari?q=harga%20beras"');
    expect(luaString('a"b\\c')).toBe('"a\\34b\\92c"');
    expect(luaString("é\n")).toBe('"\\195\\169\\10"');
  });
});

describe("wrkScript", () => {
  const urls = [
    { path: "/berita/hot", weight: 3 },
    { path: "/berita/tail", weight: 1 },
  ];

  it("lists the paths with a cumulative table ending at 1, the headers and the seed", () => {
    const script = wrkScript(urls, { headers: { "accept-encoding": "gzip" }, seed: 7 });
    expect(script).toContain('"/berita/hot", "/berita/tail",');
    expect(script).toContain("0.75, 1,");
    expect(script).toContain('wrk.headers["accept-encoding"] = "gzip"');
    expect(script).toContain("math.randomseed(7)");
    expect(script).toMatch(/function done\(summary, latency, requests\)/);
  });

  // wrk's own LuaJIT runs the script: the only interpreter that matters for it.
  describe.skipIf(!wrkInstalled())("run by wrk", () => {
    let server: Server;
    let dir: string;
    const seen = new Map<string, number>();
    const encodings = new Set<string | undefined>();

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "wrk-script-test-"));
      server = createServer((req, res) => {
        seen.set(req.url!, (seen.get(req.url!) ?? 0) + 1);
        encodings.add(req.headers["accept-encoding"]);
        res.statusCode = req.url === "/berita/tail" ? 404 : 200;
        res.end("ok");
      });
      await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
    });

    afterAll(() => {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("requests the paths in proportion to their weights and prints its summary", async () => {
      const scriptPath = join(dir, "test.lua");
      writeFileSync(scriptPath, wrkScript(urls, { headers: { "accept-encoding": "gzip" }, seed: 7 }));
      const { port } = server.address() as AddressInfo;
      const { stdout } = await promisify(execFile)("wrk", ["-t1", "-c2", "-d1s", "--timeout", "2s", "-s", scriptPath, `http://127.0.0.1:${port}`]);
      const summary = parseScriptSummary(stdout);
      const hot = seen.get("/berita/hot") ?? 0;
      const tail = seen.get("/berita/tail") ?? 0;
      expect([...seen.keys()].sort()).toEqual(["/berita/hot", "/berita/tail"]);
      expect(hot / (hot + tail)).toBeGreaterThan(0.7);
      expect(hot / (hot + tail)).toBeLessThan(0.8);
      expect(encodings).toEqual(new Set(["gzip"]));
      // Responses still in flight when wrk stops were served but not counted.
      expect(summary.requests).toBeLessThanOrEqual(hot + tail);
      expect(summary.requests).toBeGreaterThan(hot + tail - 5);
      expect(summary.non2xx3xx).toBeGreaterThan(0);
      expect(summary.timeouts).toBe(0);
      expect(summary.latencyP99Us).toBeGreaterThanOrEqual(summary.latencyP50Us);
    });
  });
});
