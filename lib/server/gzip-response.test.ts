import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import PageCacheHandler, { SOFT_REFRESH_MIN_AGE_MS } from "@/lib/cache/page-cache-handler.mjs";
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

describe("a fresh cache hit answered from its kept copy, without Next", () => {
  const cache = new PageCacheHandler();
  const pageContext = { cacheControl: { revalidate: 300, expire: 31_536_000 } };
  let nextAnswers = 0;
  let fast: Awaited<ReturnType<typeof serveThroughLayer>>;

  beforeAll(async () => {
    // Plays Next: a page from the page cache when it serves one (a hit), rendered and stored when not.
    fast = await serveThroughLayer(async (req, res) => {
      nextAnswers++;
      const { pathname, searchParams } = new URL(req.url!, "http://localhost");
      // Next keys a page by its route's path decoded (a search's holds the query as typed); a
      // listing's `page` is a path segment of its route (next.config.ts), an article has none.
      const page = pathname.startsWith("/berita/") ? null : searchParams.get("page");
      const key = decodeURIComponent(page ? `${pathname}/halaman/${page}` : pathname);
      const hit = await cache.get(key, { kind: "APP_PAGE" });
      let value = hit?.value;
      if (!value) {
        value = { kind: "APP_PAGE", html: PAGE.replace("Berita", `Berita ${nextAnswers}`), headers: { "x-next-cache-tags": `site,article-slug:${pathname}` }, status: 200 };
        await cache.set(key, value, pageContext);
      }
      for (const [name, header] of Object.entries(value.headers ?? {})) res.setHeader(name, header);
      res.setHeader("x-nextjs-cache", hit ? "HIT" : "MISS");
      res.setHeader("vary", "rsc, next-router-state-tree");
      res.setHeader("cache-control", "s-maxage=300");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(value.html);
    });
  });
  afterAll(() => {
    fast.close();
    vi.useRealTimers();
  });

  /** The page answered twice by Next (rendered, then a hit), so that the layer keeps it. */
  async function keptHit(path: string) {
    await fast.get(path);
    return fast.get(path);
  }

  it("answers the page with the head and bytes of Next's hit, until a hard change, then asks Next", async () => {
    const hit = await keptHit("/berita/cepat");
    expect(hit.headers["x-nextjs-cache"]).toBe("HIT");
    const answers = nextAnswers;
    const kept = await fast.get("/berita/cepat");
    expect(kept.body.equals(hit.body)).toBe(true);
    const withoutDate = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => name !== "date"));
    expect(withoutDate(kept.headers)).toEqual(withoutDate(hit.headers));
    expect(nextAnswers).toBe(answers);
    // With another query Next answers (it might read it), and the same kept bytes go out; a `page`
    // that leads to the same page neither takes the path's place nor gets one of its own.
    for (const path of ["/berita/cepat?utm_source=wa", "/berita/cepat?page=9", "/berita/cepat?page=9"]) expect((await fast.get(path)).body.equals(hit.body)).toBe(true);
    expect(nextAnswers).toBe(answers + 3);
    await fast.get("/berita/cepat");
    expect(nextAnswers).toBe(answers + 3);
    expect((await fast.get("/berita/cepat", { "accept-encoding": "gzip", "if-none-match": hit.headers.etag! })).status).toBe(304);
    expect(nextAnswers).toBe(answers + 3);

    await cache.revalidateTag("article-slug:/berita/cepat");
    const changed = await fast.get("/berita/cepat");
    expect(nextAnswers).toBe(answers + 4);
    expect(changed.headers["x-nextjs-cache"]).toBe("MISS");
    expect(changed.headers.etag).not.toBe(hit.headers.etag);
  });

  it("keeps a page whose cache key no header could carry as it is (a search as typed)", async () => {
    const path = `/cari/hasil/${encodeURIComponent("🔥 “api”")}/1`;
    await keptHit(path);
    const answers = nextAnswers;
    expect((await fast.get(path)).status).toBe(200);
    expect(nextAnswers).toBe(answers);
  });

  it("leaves to Next what the page varies on, HEAD, clients without gzip, a `page` not yet kept and a path that only looks like it", async () => {
    await keptHit("/terkini");
    await keptHit("/");
    const answers = nextAnswers;
    await fast.get("/terkini", { "accept-encoding": "gzip", rsc: "1" });
    await fast.get("/terkini", {});
    await new Promise<void>((resolve) => request(`${fast.base}/terkini`, { method: "HEAD" }, (res) => res.resume().on("end", resolve)).end());
    await fast.get("/terkini?page=2");
    await fast.get("//terkini");
    expect(nextAnswers).toBe(answers + 5);
    // A listing's next page, once Next served it as a hit, is a page of its own.
    await fast.get("/terkini?page=2");
    await fast.get("/terkini?page=2");
    expect(nextAnswers).toBe(answers + 6);
  });

  it("asks Next once a soft change is due, so that Next serves the page while it renders it again", async () => {
    await cache.set("/tag/lambat", { kind: "APP_PAGE", html: PAGE, headers: { "x-next-cache-tags": "site,~popular" }, status: 200 }, pageContext);
    await keptHit("/tag/lambat");
    const answers = nextAnswers;
    await cache.revalidateTag("~popular");
    await fast.get("/tag/lambat");
    expect(nextAnswers).toBe(answers);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SOFT_REFRESH_MIN_AGE_MS });
    await fast.get("/tag/lambat");
    expect(nextAnswers).toBe(answers + 1);
  });
});
