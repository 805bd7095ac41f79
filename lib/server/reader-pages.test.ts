import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request } from "node:http";
import { NOT_FOUND_PAGE_PATH } from "@/lib/urls";
import { serveThroughLayer } from "./layer-testing";
import { notFoundPageFrom } from "./not-found-pages";

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
/** Plays a not-found route that cannot answer. */
let notFoundRouteBroken = false;
let notFoundRouteAnswers = 0;

/** The body as a browser reads it. */
async function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip" }) {
  const res = await layer.get(path, headers);
  return { status: res.status, body: (res.headers["content-encoding"] === "gzip" ? gunzipSync(res.body) : res.body).toString() };
}

beforeAll(async () => {
  // Answering like Next: headers first, the body in two writes.
  layer = await serveThroughLayer((req, res) => {
    const [path] = (req.url ?? "/").split("?");
    if (path === NOT_FOUND_PAGE_PATH) notFoundRouteAnswers++;
    res.statusCode = path === "/gagal" || (path === NOT_FOUND_PAGE_PATH && notFoundRouteBroken) ? 500 : path === "/berita/hilang" ? 404 : 200;
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

  it("keeps it on newsroom pages and error answers", async () => {
    for (const path of ["/redaksi", "/redaksi/artikel/1", "/admin", "/gagal"]) expect((await get(path)).body, path).toBe(NEXT_PAGE);
  });

  it("answers a 404 that Next left for its runtime to draw with the not-found page, drawn and without the runtime", async () => {
    for (const headers of [{ "accept-encoding": "gzip" }, {}] as Record<string, string>[]) expect(await get("/berita/hilang", headers)).toEqual({ status: 404, body: READER_PAGE });
    const head = await new Promise<number>((resolve) => request(`${layer.base}/berita/hilang`, { method: "HEAD" }, (res) => resolve(res.statusCode!)).end());
    expect(head).toBe(404);
    // The page's own address is a 404 too, never a page to index.
    expect(await get(NOT_FOUND_PAGE_PATH)).toEqual({ status: 404, body: READER_PAGE });
  });

  it("keeps one copy of the not-found page for a while, however many 404s ask at once", async () => {
    const notFoundPage = notFoundPageFrom(layer.base);
    const before = notFoundRouteAnswers;
    const pages = await Promise.all(Array.from({ length: 20 }, () => notFoundPage()));
    expect(pages.every((html) => html?.toString() === READER_PAGE)).toBe(true);
    expect(await notFoundPage()).toBe(pages[0]);
    expect(notFoundRouteAnswers - before).toBe(1);
  });

  it("sends the shell as it came when the not-found page cannot be had", async () => {
    notFoundRouteBroken = true;
    try {
      expect(await get("/berita/hilang")).toEqual({ status: 404, body: ERROR_SHELL });
    } finally {
      notFoundRouteBroken = false;
    }
  });

  it("sends an ad document (a network's markup) exactly as written", async () => {
    expect((await get("/iklan/in-article")).body).toBe(NEXT_PAGE);
  });

  it("touches nothing but HTML", async () => {
    expect((await get("/feed.json")).body).toBe(NEXT_PAGE);
  });
});
