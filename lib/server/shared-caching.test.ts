import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { PAGE_TAGS_HEADER, PAGE_VERSION_HEADER } from "@/lib/cache/page-version.mjs";
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/cache/cache-control";
import { serveThroughLayer } from "./layer-testing";

const PAGE = `<!DOCTYPE html><html><body>${"<p>Berita</p>".repeat(200)}</body></html>`;
const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** Plays Next answering a page from its cache: the stored tags and version among its headers. */
function cachedPage(res: ServerResponse, { tags = "site,article:5,~article:9,_N_T_/berita/a", cacheControl = PUBLIC_CACHE_CONTROL, cookie = false } = {}) {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", cacheControl);
  res.appendHeader(PAGE_TAGS_HEADER, tags);
  res.appendHeader(PAGE_VERSION_HEADER, "v1");
  if (cookie) res.setHeader("set-cookie", "pilihan=1; Path=/");
  res.end(PAGE);
}

async function layer(answer: Parameters<typeof serveThroughLayer>[0], provider: "varnish" | "fastly" | "cloudflare" = "varnish") {
  const served = await serveThroughLayer(answer, { sharedCache: provider });
  closers.push(served.close);
  return served;
}

describe("what a shared cache in front may keep", () => {
  it("gives a public page its tags in the provider's header, and drops the internal one", async () => {
    const varnish = await layer((_req, res) => cachedPage(res, { tags: "site,article:5,~article:9" }));
    const page = await varnish.get("/berita/a");
    expect(page.headers["xkey"]).toBe("site article:5 ~article:9");
    expect(page.headers[PAGE_TAGS_HEADER]).toBeUndefined();
    expect(page.headers["cache-control"]).toBe(PUBLIC_CACHE_CONTROL);
    expect(page.headers["etag"]).toBe('"v1"');
    // Also unzipped, and as a 304.
    expect((await varnish.get("/berita/a", {})).headers["xkey"]).toBe("site article:5 ~article:9");
    expect((await varnish.get("/berita/a", { "if-none-match": '"v1"' })).status).toBe(304);

    const fastly = await layer((_req, res) => cachedPage(res, { tags: "site,home" }), "fastly");
    expect((await fastly.get("/")).headers["surrogate-key"]).toBe("site home");
    const cloudflare = await layer((_req, res) => cachedPage(res, { tags: "site,home" }), "cloudflare");
    expect((await cloudflare.get("/")).headers["cache-tag"]).toBe("site,home");
  });

  it("never lets the newsroom, /api or a response that sets a cookie be kept, whatever they say", async () => {
    const served = await layer((req, res) => cachedPage(res, { cookie: req.url === "/cookie" }));
    for (const path of ["/redaksi", "/redaksi/artikel/1", "/admin", "/api/views/1", "/cookie"]) {
      const response = await served.get(path);
      expect(response.headers["cache-control"], path).toBe(PRIVATE_CACHE_CONTROL);
      expect(response.headers["xkey"], path).toBeUndefined();
    }
  });

  it("names no tags on a private answer (a page that read a cookie), and leaves it private", async () => {
    const served = await layer((_req, res) => cachedPage(res, { cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" }));
    const response = await served.get("/berita/a");
    expect(response.headers["xkey"]).toBeUndefined();
    expect(response.headers["cache-control"]).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });

  it("keeps out of the shared cache a page with more tags than the header holds", async () => {
    const tags = Array.from({ length: 2000 }, (_, i) => `article:${i}`).join(",");
    const served = await layer((_req, res) => cachedPage(res, { tags }));
    const response = await served.get("/");
    expect(response.headers["xkey"]).toBeUndefined();
    expect(response.headers["cache-control"]).toBe(PRIVATE_CACHE_CONTROL);
  });
});
