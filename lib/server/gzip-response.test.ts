import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_VERSION_HEADER } from "@/lib/cache/page-version.mjs";
import { compressedCopies } from "./gzip-response";
import { serveThroughLayer } from "./layer-testing";

const PAGE = `<!DOCTYPE html><p>${"Berita terkini. ".repeat(400)}</p>`;
let layer: Awaited<ReturnType<typeof serveThroughLayer>>;
const get = (...args: Parameters<typeof layer.get>) => layer.get(...args);

beforeAll(async () => {
  // Writes the way Next does: headers by setHeader/writeHead, the body in several chunks.
  layer = await serveThroughLayer((req, res) => {
    if (req.url === "/missing") {
      res.writeHead(404, { "content-type": "text/html" });
      res.end(PAGE);
      return;
    }
    res.setHeader("vary", "rsc");
    res.setHeader("content-type", req.url === "/tiny" ? "text/plain" : "text/html; charset=utf-8");
    if (req.url?.startsWith("/versi")) res.setHeader(PAGE_VERSION_HEADER, "v7");
    else if (req.url !== "/uncached") res.setHeader("etag", '"v1"');
    if (req.url === "/versi/rsc") res.setHeader("content-type", "text/x-component");
    const body = req.url === "/tiny" ? "ok" : PAGE;
    res.write(body.slice(0, 100));
    res.end(body.slice(100));
  });
});
afterAll(() => layer.close());

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

  it("keeps one copy per page however many query strings a client invents; searches keep theirs apart", async () => {
    await get("/berita/c");
    const before = compressedCopies();
    for (let i = 0; i < 50; i++) {
      for (const query of [`r=${Math.random()}`, `page=${i + 2}`]) {
        const res = await get(`/berita/c?${query}`);
        expect(gunzipSync(res.body).toString()).toBe(PAGE);
      }
      await get(`/cari?q=acak-${i}`);
    }
    expect(compressedCopies().site).toEqual(before.site);
    expect(compressedCopies().searches.count).toBe(before.searches.count + 50);
    // A search read again is sent from its copy.
    const [first, again] = [await get("/cari?q=acak-7"), await get("/cari?q=acak-7")];
    expect(again.body.equals(first.body)).toBe(true);
    expect(compressedCopies().searches.count).toBe(before.searches.count + 50);
    await get("/kategori/x?page=2");
    expect(compressedCopies().site.count).toBe(before.site.count + 1);
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

  it("gives a cached page its stored version as ETag, and answers 304 to a client that has it", async () => {
    const res = await get("/versi/halaman");
    expect(res.headers.etag).toBe('"v7"');
    expect(res.headers[PAGE_VERSION_HEADER]).toBeUndefined();
    expect(gunzipSync(res.body).toString()).toBe(PAGE);
    for (const ifNoneMatch of ['"v7"', 'W/"v7"', '"v6", "v7"', "*"]) {
      const again = await get("/versi/halaman", { "accept-encoding": "gzip", "if-none-match": ifNoneMatch });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers.etag).toBe('"v7"');
    }
    expect((await get("/versi/halaman", { "accept-encoding": "gzip", "if-none-match": '"v6"' })).status).toBe(200);
    expect((await get("/versi/halaman", { "if-none-match": '"v7"' })).status).toBe(304);
  });

  it("gives the RSC answer Next serves from the same stored page no ETag of its own", async () => {
    const res = await get("/versi/rsc");
    expect(res.headers.etag).toBeUndefined();
    expect(res.headers[PAGE_VERSION_HEADER]).toBeUndefined();
  });
});
