import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import PageCacheHandler, { HARD_CHANGE_GRACE_MS, SOFT_REFRESH_MIN_AGE_MS } from "@/lib/cache/page-cache-handler.mjs";
import { createFront, ServerProcesses } from "./front";
import { REFRESH_INTERVAL_MS } from "./page-refreshes";
import { serveThroughLayer } from "./layer-testing";

const PAGE = `<!DOCTYPE html><p>${"Berita terkini. ".repeat(400)}</p>`;

/** Waits for what the front does in the background, without moving a faked clock (vi.waitFor would). */
async function until(condition: () => boolean | Promise<boolean>, attempts = 200): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("The condition never held");
}

describe("the front: a fresh cache hit answered from its kept copy, without a server process", () => {
  const cache = new PageCacheHandler();
  const pageContext = { cacheControl: { revalidate: 300, expire: 31_536_000 } };
  let nextAnswers = 0;
  /** Pages every render of which is the same (what a soft change touched is not on them): path -> their tags. */
  const unchanging = new Map<string, string>();
  /** Pages Next no longer has: a 404, nothing stored. */
  const removed = new Set<string>();
  let fast: Awaited<ReturnType<typeof serveThroughLayer>>;

  beforeAll(async () => {
    // Plays Next: a page from the page cache when it serves one (a hit), rendered and stored when not.
    fast = await serveThroughLayer(async (req, res) => {
      nextAnswers++;
      const { pathname, searchParams } = new URL(req.url!, "http://localhost");
      // Next keys a page by its route's path decoded (a search's holds the query as typed); a
      // listing's `page` is a path segment of its route (next.config.ts), an article has none.
      if (removed.has(pathname)) {
        res.statusCode = 404;
        res.end("Halaman tidak ditemukan");
        return;
      }
      const page = pathname.startsWith("/berita/") ? null : searchParams.get("page");
      const key = decodeURIComponent(page ? `${pathname}/halaman/${page}` : pathname);
      const hit = await cache.get(key, { kind: "APP_PAGE" });
      // Dated past its revalidate period: a page Next serves while it renders it anew.
      const stale = hit !== null && Date.now() - hit.lastModified > pageContext.cacheControl.revalidate * 1000;
      // What Next renders and stores; the handler adds the version and key to its headers as it stores it.
      const render = async () => {
        const tags = unchanging.get(pathname);
        const html = tags ? PAGE : PAGE.replace("Berita", `Berita ${nextAnswers}`);
        const rendered = { kind: "APP_PAGE", html, headers: { "x-next-cache-tags": tags ?? `site,article-slug:${pathname}` } as Record<string, string>, status: 200 };
        await cache.set(key, rendered, pageContext);
        return rendered;
      };
      const value = hit?.value ?? (await render());
      for (const [name, header] of Object.entries(value.headers ?? {})) res.setHeader(name, header);
      res.setHeader("x-nextjs-cache", !hit ? "MISS" : stale ? "STALE" : "HIT");
      res.setHeader("vary", "rsc, next-router-state-tree");
      res.setHeader("cache-control", "s-maxage=300");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(value.html);
      if (stale) await render();
    }, { front: true });
  });
  afterAll(() => fast.close());
  afterEach(() => vi.useRealTimers());

  /** The page answered twice by Next (rendered, then a hit), so that the front keeps it. */
  async function keptHit(path: string) {
    await fast.get(path);
    return fast.get(path);
  }

  it("answers the page with the head and bytes of Next's hit, until it is taken down, then asks Next", async () => {
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

    // Taken down: never served again.
    await cache.revalidateTag(["takedown", "article-slug:/berita/cepat"]);
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

  it("serves a page stale once a soft change is due, while its own refresh has Next render it, then the new version", async () => {
    await cache.set("/tag/lambat", { kind: "APP_PAGE", html: PAGE, headers: { "x-next-cache-tags": "site,~popular" }, status: 200 }, pageContext);
    const before = await keptHit("/tag/lambat");
    const answers = nextAnswers;
    await cache.revalidateTag("~popular");
    await fast.get("/tag/lambat");
    expect(nextAnswers).toBe(answers);
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SOFT_REFRESH_MIN_AGE_MS });
    const stale = await fast.get("/tag/lambat");
    expect(stale.body.equals(before.body)).toBe(true);
    expect(stale.headers["x-nextjs-cache"]).toBe("STALE");
    // Readers meanwhile are answered by the front: Next sees the refresh (answered stale while it
    // renders in the background) and the front's one question after it, whatever the readers do.
    for (let i = 0; i < 5; i++) expect((await fast.get("/tag/lambat")).status).toBe(200);
    vi.useRealTimers();
    await until(async () => (await fast.get("/tag/lambat")).headers.etag !== before.headers.etag);
    expect(nextAnswers).toBe(answers + 2);
    expect((await fast.get("/tag/lambat")).headers["x-nextjs-cache"]).toBe("HIT");
  });

  it("answers a page itself again once a refresh rendered it unchanged: the same copy, dated anew", async () => {
    unchanging.set("/kategori/sama", "site,~trending");
    const before = await keptHit("/kategori/sama");
    await cache.revalidateTag("~trending");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SOFT_REFRESH_MIN_AGE_MS });
    expect((await fast.get("/kategori/sama")).headers["x-nextjs-cache"]).toBe("STALE");
    await until(async () => (await fast.get("/kategori/sama")).headers["x-nextjs-cache"] === "HIT");
    const answers = nextAnswers;
    await new Promise((resolve) => setTimeout(resolve, 3 * REFRESH_INTERVAL_MS));
    const after = await fast.get("/kategori/sama");
    expect(after.headers.etag).toBe(before.headers.etag);
    expect(after.headers["x-nextjs-cache"]).toBe("HIT");
    // Not asked again: a page still thought stale would be refreshed every REFRESH_INTERVAL_MS.
    expect(nextAnswers).toBe(answers);
  });

  it("leaves a page to Next once its refresh brought back no page to keep", async () => {
    unchanging.set("/kategori/habis", "site,~trending");
    await keptHit("/kategori/habis");
    removed.add("/kategori/habis");
    await cache.revalidateTag("~trending");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + SOFT_REFRESH_MIN_AGE_MS });
    expect((await fast.get("/kategori/habis")).headers["x-nextjs-cache"]).toBe("STALE");
    await until(async () => (await fast.get("/kategori/habis")).status === 404);
  });

  it("serves an edited story stale for at most the grace after the change while one request of its own has it rendered", async () => {
    const before = await keptHit("/berita/keras");
    const answers = nextAnswers;
    await cache.revalidateTag("article-slug:/berita/keras");
    const meanwhile = await fast.get("/berita/keras");
    expect(meanwhile.body.equals(before.body)).toBe(true);
    expect(meanwhile.headers["x-nextjs-cache"]).toBe("STALE");
    await until(() => nextAnswers === answers + 1);
    // The refresh found the page gone and rendered it: once kept, the new version is answered.
    await until(async () => (await fast.get("/berita/keras")).headers.etag !== before.headers.etag);

    await cache.revalidateTag("article-slug:/berita/keras");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + HARD_CHANGE_GRACE_MS });
    const after = nextAnswers;
    // Past the grace (the change committed that long ago): never the old version.
    expect((await fast.get("/berita/keras")).headers["x-nextjs-cache"]).toBe("MISS");
    expect(nextAnswers).toBe(after + 1);
  });
});

describe("the front passing requests to a server process", () => {
  let seen: { method?: string; forwardedFor?: string | string[]; body: string }[] = [];
  let served: Awaited<ReturnType<typeof serveThroughLayer>>;

  beforeAll(async () => {
    served = await serveThroughLayer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        seen.push({ method: req.method, forwardedFor: req.headers["x-forwarded-for"], body: Buffer.concat(chunks).toString() });
        res.setHeader("set-cookie", ["a=1; Path=/", "b=2; Path=/"]);
        res.setHeader("content-type", "text/plain");
        res.end(req.url === "/api/panjang" ? "x".repeat(200_000) : "ok");
      });
    }, { front: true });
  });
  afterAll(() => served.close());

  function send(path: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const req = request(`${served.base}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on("error", reject);
      req.end(body);
    });
  }

  it("gives the server process the client's address as the last X-Forwarded-For entry, never one the client made up", async () => {
    seen = [];
    await send("/api/alamat", { headers: { "x-forwarded-for": "203.0.113.9" } });
    expect(seen[0]!.forwardedFor).toBe("127.0.0.1");
  });

  it("passes a trusted proxy's X-Forwarded-For on as it came (TRUST_PROXY): its last entry is the client", async () => {
    const behindProxy = await serveThroughLayer((req, res) => res.end(String(req.headers["x-forwarded-for"])), { front: true, trustForwarding: true });
    try {
      const res = await fetch(`${behindProxy.base}/api/alamat`, { headers: { "x-forwarded-for": "198.51.100.1, 203.0.113.9" } });
      expect(await res.text()).toBe("198.51.100.1, 203.0.113.9");
    } finally {
      behindProxy.close();
    }
  });

  it("passes a posted body on, and brings back every Set-Cookie and a long body whole", async () => {
    seen = [];
    const posted = await send("/redaksi/masuk", { method: "POST", headers: { "content-type": "text/plain" }, body: "nama=editor" });
    expect(seen[0]).toMatchObject({ method: "POST", body: "nama=editor" });
    expect(posted.headers["set-cookie"]).toEqual(["a=1; Path=/", "b=2; Path=/"]);
    const chunked = await send("/redaksi/masuk", { method: "POST", headers: { "transfer-encoding": "chunked" }, body: "potongan" });
    expect(chunked.status).toBe(200);
    expect(seen[1]!.body).toBe("potongan");
    expect((await send("/api/panjang")).body).toHaveLength(200_000);
  });

  it("drops the server process's request when the reader goes away first, and logs no failure for it", async () => {
    const state = { arrived: false, closed: false };
    const slow = await serveThroughLayer((req) => {
      state.arrived = true;
      req.on("close", () => (state.closed = true));
    }, { front: true });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const reader = request(`${slow.base}/redaksi/statistik`);
      reader.on("error", () => {});
      reader.end();
      await until(() => state.arrived);
      reader.destroy();
      await until(() => state.closed);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
      slow.close();
    }
  });

  it("refuses a method no page answers itself, without the server process", async () => {
    seen = [];
    const refused = await send("/", { method: "DELETE" });
    expect(refused.status).toBe(405);
    expect(seen).toEqual([]);
  });

  it("answers 503 with a message while no server process is serving", async () => {
    const front = createFront({ trustForwarding: false, processes: new ServerProcesses() });
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(front.address() as AddressInfo).port}/`);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("5");
      expect(await res.text()).toContain("Coba lagi sebentar lagi");
    } finally {
      front.close();
    }
  });
});
