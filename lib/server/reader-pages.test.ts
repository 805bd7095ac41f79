import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveThroughLayer } from "./layer-testing";

// A page as Next 16 writes it (the tags as React serializes them), with what must survive: the
// stylesheet, JSON-LD, an island's own script and the article itself.
const KEPT = [
  '<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>',
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Banjir"}</script>',
  '<p>Banjir melanda pesisir. </p>'.repeat(200),
  '<script src="/islands/copy-link.js" defer=""></script>',
];
const RUNTIME = [
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/turbopack-1.js"/>',
  '<script src="/_next/static/chunks/app-1.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(["x"]);</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"\\u003c/script\\u003e\\"]"])</script>',
];
const page = (body: string[]) => `<!DOCTYPE html><html lang="id"><head>${body.join("")}</head></html>`;
const NEXT_PAGE = page([KEPT[0]!, RUNTIME[0]!, RUNTIME[1]!, RUNTIME[2]!, KEPT[1]!, KEPT[2]!, KEPT[3]!, RUNTIME[3]!, RUNTIME[4]!, RUNTIME[5]!]);
const READER_PAGE = page(KEPT);
const ERROR_SHELL = `<!DOCTYPE html><html id="__next_error__"><head></head><body>${RUNTIME.join("")}${"<i></i>".repeat(200)}</body></html>`;

let layer: Awaited<ReturnType<typeof serveThroughLayer>>;

/** The body as a browser reads it. */
async function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip" }) {
  const res = await layer.get(path, headers);
  return { status: res.status, body: (res.headers["content-encoding"] === "gzip" ? gunzipSync(res.body) : res.body).toString() };
}

beforeAll(async () => {
  // Answering like Next: headers first, the body in two writes.
  layer = await serveThroughLayer((req, res) => {
    const [path] = (req.url ?? "/").split("?");
    res.statusCode = path === "/gagal" ? 500 : path === "/berita/hilang" ? 404 : 200;
    res.setHeader("content-type", path === "/feed.json" ? "application/json" : "text/html; charset=utf-8");
    res.setHeader("etag", '"v1"');
    const body = path === "/berita/hilang" ? ERROR_SHELL : NEXT_PAGE;
    res.write(body.slice(0, 500));
    res.end(body.slice(500));
  });
});
afterAll(() => layer.close());

describe("reader pages without Next's client runtime", () => {
  it("leaves out the runtime's scripts, preloads and payload, and keeps styles, JSON-LD and islands, gzipped or not", async () => {
    for (const path of ["/", "/berita/banjir", "/tag/banjir?page=2", "/cari?q=banjir"]) {
      expect((await get(path)).body, path).toBe(READER_PAGE);
      expect((await get(path, {})).body, path).toBe(READER_PAGE);
    }
  });

  it("keeps it on newsroom pages, error answers and the shell Next draws a notFound() page into", async () => {
    for (const path of ["/redaksi", "/redaksi/artikel/1", "/admin", "/gagal"]) expect((await get(path)).body, path).toBe(NEXT_PAGE);
    const missing = await get("/berita/hilang");
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(ERROR_SHELL);
  });

  it("sends an ad document (a network's markup) exactly as written", async () => {
    expect((await get("/iklan/in-article")).body).toBe(NEXT_PAGE);
  });

  it("touches nothing but HTML", async () => {
    expect((await get("/feed.json")).body).toBe(NEXT_PAGE);
  });
});
