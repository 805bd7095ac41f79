import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, compressedCopies, finishWhenComplete } from "./gzip-response";

const PAGE = `<!DOCTYPE html><p>${"Berita terkini. ".repeat(400)}</p>`;
let server: Server;
let base: string;

function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br" }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    request(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  // Writes the way Next does: headers by setHeader/writeHead, the body in several chunks.
  server = createServer((req, res) => {
    if (acceptsGzip(req)) finishWhenComplete(req, res, { gzip: true, readerPage: false });
    if (req.url === "/missing") {
      res.writeHead(404, { "content-type": "text/html" });
      res.end(PAGE);
      return;
    }
    res.setHeader("vary", "rsc");
    res.setHeader("content-type", req.url === "/tiny" ? "text/plain" : "text/html; charset=utf-8");
    if (req.url !== "/uncached") res.setHeader("etag", '"v1"');
    const body = req.url === "/tiny" ? "ok" : PAGE;
    res.write(body.slice(0, 100));
    res.end(body.slice(100));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe("gzip in front of Next", () => {
  it("sends a page gzipped, with Content-Length and Vary kept", async () => {
    const res = await get("/berita/a");
    expect(res.status).toBe(200);
    expect(res.headers["content-encoding"]).toBe("gzip");
    expect(res.headers.vary).toBe("rsc, Accept-Encoding");
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
    expect(gunzipSync(res.body).toString()).toBe(PAGE);
  });

  it("sends the same compressed bytes for the same URL and ETag, and compresses responses without an ETag too", async () => {
    const [first, second, uncached] = [await get("/berita/b"), await get("/berita/b"), await get("/uncached")];
    expect(second.body.equals(first.body)).toBe(true);
    expect(gunzipSync(uncached.body).toString()).toBe(PAGE);
  });

  it("keeps one copy per page however many query strings a client invents, and none for a search", async () => {
    await get("/berita/c");
    const before = compressedCopies();
    for (let i = 0; i < 50; i++) {
      const res = await get(`/berita/c?r=${Math.random()}`);
      expect(gunzipSync(res.body).toString()).toBe(PAGE);
      await get(`/cari?q=acak-${i}`);
    }
    expect(compressedCopies()).toEqual(before);
    await get("/kategori/x?page=2");
    expect(compressedCopies().count).toBe(before.count + 1);
  });

  it("leaves alone clients without gzip, tiny bodies and error responses", async () => {
    const plain = await get("/berita/c", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    expect((await get("/tiny")).headers["content-encoding"]).toBeUndefined();
    const missing = await get("/missing");
    expect(missing.status).toBe(404);
    expect(missing.headers["content-encoding"]).toBeUndefined();
    expect(missing.body.toString()).toBe(PAGE);
  });
});
