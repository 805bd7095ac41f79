import BetterSqlite3 from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { applyInvalidations, invalidateTags, recordInvalidation, startInvalidationPolling } from "./invalidation";
import { PAGE_TAGS_HEADER, PAGE_VERSION_HEADER } from "./page-version.mjs";
import { soft, tags } from "./tags";

// The smallest budget, so a test can fill the pools: 12.8 MB of pages, 0.8 MB for volatile entries.
process.env.PAGE_CACHE_MAX_MB = "16";
const { default: PageCacheHandler, freshnessOf, keptPageState, HARD_CHANGE_GRACE_MS, NOT_FOUND_REFRESH_MS, SOFT_REFRESH_MIN_AGE_MS } = await import("./page-cache-handler.mjs");

type Stats = Record<"article" | "other", Record<"fresh" | "stale" | "expired" | "hard" | "cold", number>> & {
  renders: Record<string, { count: number; ms: number }>;
  bytes: number;
  entries: number;
};
const stats = () => (globalThis as unknown as Record<symbol, Stats>)[Symbol.for("ri-news-portal.page-cache-stats")]!;

const REVALIDATE_S = 300;
const page = (html: string, tags: string[], status = 200) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": tags.join(",") },
  status,
});
const pageContext = { cacheControl: { revalidate: REVALIDATE_S, expire: 31_536_000 } };
const lookup = { kind: "APP_PAGE" };

/** The HTML a lookup serves as fresh; null when it serves nothing, or the page stale while a render replaces it. */
async function freshHtml(cache: InstanceType<typeof PageCacheHandler>, key: string): Promise<string | null> {
  const found = await cache.get(key, lookup);
  return found && Date.now() - found.lastModified <= REVALIDATE_S * 1000 ? (found.value.html ?? null) : null;
}

describe("the page cache handler", () => {
  beforeAll(() => openFreshDatabase());
  afterAll(() => closeDatabase());
  afterEach(() => vi.useRealTimers());

  it("gives each stored page a version named by its HTML, which its responses carry", async () => {
    const cache = new PageCacheHandler();
    const version = async () => (await cache.get("/berita/versi", lookup))!.value.headers?.[PAGE_VERSION_HEADER];
    await cache.set("/berita/versi", page("<p>1</p>", ["article-slug:versi"]), pageContext);
    const first = await version();
    expect(first).toMatch(/^[\w-]{22}$/);
    expect(await version()).toBe(first);
    await cache.set("/berita/versi", page("<p>2</p>", ["article-slug:versi"]), pageContext);
    expect(await version()).not.toBe(first);
    // Another process (or a render that changed nothing) arrives at the same version, whatever order
    // its RSC payload listed the rows in.
    const withPayload = (rows: string) => page(`<p>1</p><script>self.__next_f.push([1,"${rows}"])</script>`, ["article-slug:versi"]);
    await new PageCacheHandler().set("/berita/versi", withPayload("1:a\\n2:b"), pageContext);
    expect(await version()).toBe(first);
    await new PageCacheHandler().set("/berita/versi", withPayload("2:b\\n1:a"), pageContext);
    expect(await version()).toBe(first);
  });

  it("gives the front a page's freshness facts, by which it tells a page fresh, stale or gone as the cache itself would, counting each answer", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/berita/segar", page("<p>S</p>", ["article-slug:segar", "~popular"]), pageContext);
    const version = (await cache.get("/berita/segar", lookup))!.value.headers![PAGE_VERSION_HEADER]!;
    expect(freshnessOf("/berita/segar", "another-version")).toBeNull();
    expect(freshnessOf("/berita/lain", version)).toBeNull();
    const facts = freshnessOf("/berita/segar", version)!;
    expect(facts).toMatchObject({ hardTags: expect.arrayContaining(["article-slug:segar"]), softTags: ["~popular"], revalidate: REVALIDATE_S, status: 200, volatile: false });
    // Plain data: it crosses to the front as JSON.
    const sent = JSON.parse(JSON.stringify(facts));
    const before = { ...stats().article };
    expect(keptPageState("/berita/segar", sent)).toBe("fresh");
    // Past its revalidate period: Next serves it and renders it anew, and so may the front.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + REVALIDATE_S * 1000 + 1 });
    expect(keptPageState("/berita/segar", sent)).toBe("stale");
    vi.useRealTimers();
    // A soft change: fresh until the page is old enough to be refreshed for it.
    await cache.revalidateTag("~popular");
    expect(keptPageState("/berita/segar", sent)).toBe("fresh");
    vi.useFakeTimers({ toFake: ["Date"], now: facts.lastModified + SOFT_REFRESH_MIN_AGE_MS });
    expect(keptPageState("/berita/segar", sent)).toBe("stale");
    vi.useRealTimers();
    // A hard change: served in its grace, then gone.
    await cache.revalidateTag("article-slug:segar");
    expect(keptPageState("/berita/segar", sent)).toBe("grace");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + HARD_CHANGE_GRACE_MS });
    expect(keptPageState("/berita/segar", sent)).toBe("gone");
    expect(stats().article).toMatchObject({ fresh: before.fresh + 2, expired: before.expired + 1, stale: before.stale + 2, hard: before.hard });
  });

  it("lets the front serve a listing in its grace after a change, but never a search result", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/terkini", page("<p>T</p>", ["latest"]), pageContext);
    await cache.set("/cari/hasil/banjir/1", page("<p>C</p>", ["search"]), pageContext);
    const factsOf = async (key: string) => freshnessOf(key, (await cache.get(key, lookup))!.value.headers![PAGE_VERSION_HEADER]!)!;
    const listing = await factsOf("/terkini");
    const search = await factsOf("/cari/hasil/banjir/1");
    expect(search.volatile).toBe(true);
    invalidateTags(["latest", "search"]);
    expect(keptPageState("/terkini", listing)).toBe("grace");
    expect(keptPageState("/cari/hasil/banjir/1", search)).toBe("gone");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + HARD_CHANGE_GRACE_MS });
    expect(keptPageState("/terkini", listing)).toBe("gone");
    vi.useRealTimers();
  });

  it("counts each render it stores under the page's route, with the time from the lookup that began it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    const route = (name: string) => stats().renders[name] ?? { count: 0, ms: 0 };
    const before = { category: route("/kategori/[slug]"), feed: route("/rss.xml"), untagged: route("other") };
    expect(await cache.get("/kategori/hukum", lookup)).toBeNull();
    vi.advanceTimersByTime(40);
    await cache.set("/kategori/hukum", page("<p>Hukum</p>", ["category:hukum", "_N_T_/layout", "_N_T_/(site)/kategori/[slug]/page", "_N_T_/kategori/hukum"]), pageContext);
    expect(route("/kategori/[slug]")).toEqual({ count: before.category.count + 1, ms: before.category.ms + 40 });

    expect(await cache.get("/rss.xml", lookup)).toBeNull();
    vi.advanceTimersByTime(5);
    await cache.set("/rss.xml", { ...page("<rss/>", ["latest", "_N_T_/rss.xml/route"]), kind: "APP_ROUTE", body: Buffer.from("<rss/>") }, pageContext);
    expect(route("/rss.xml")).toEqual({ count: before.feed.count + 1, ms: before.feed.ms + 5 });

    // Stored without a lookup first (no render began here): not counted. Without a route tag: "other".
    await cache.set("/kategori/olahraga", page("<p>Olahraga</p>", ["_N_T_/(site)/kategori/[slug]/page"]), pageContext);
    expect(route("/kategori/[slug]").count).toBe(before.category.count + 1);
    expect(await cache.get("/berita/tanpa-rute", lookup)).toBeNull();
    await cache.set("/berita/tanpa-rute", page("<p>x</p>", ["site"]), pageContext);
    expect(route("other").count).toBe(before.untagged.count + 1);
  });

  it("gives each stored page its own tags (not Next's implicit ones) for a shared cache in front", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/berita/tagged", page("<p>1</p>", ["site", "article:3", "_N_T_/layout", "_N_T_/berita/tagged"]), { ...pageContext, tags: [soft("article:4")] });
    expect((await cache.get("/berita/tagged", lookup))!.value.headers?.[PAGE_TAGS_HEADER]).toBe("~article:4,site,article:3");
  });

  it("serves a stored page until one of its hard tags is invalidated, stale in the grace after it while it is rendered anew, then counts a hard miss", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    await cache.set("/berita/a", page("<p>A</p>", ["site", "article-slug:a"]), pageContext);
    expect((await cache.get("/berita/a", lookup))?.value.html).toBe("<p>A</p>");

    invalidateTags(["article-slug:b"]);
    expect(await freshHtml(cache, "/berita/a")).toBe("<p>A</p>");

    const before = { ...stats().article };
    invalidateTags(["article-slug:a"]);
    expect(await freshHtml(cache, "/berita/a")).toBeNull();
    expect((await cache.get("/berita/a", lookup))?.value.html).toBe("<p>A</p>");
    expect(stats().article.stale).toBe(before.stale + 2);
    vi.advanceTimersByTime(HARD_CHANGE_GRACE_MS);
    expect(await cache.get("/berita/a", lookup)).toBeNull();
    expect(stats().article.hard).toBe(before.hard + 1);
    // Gone, not kept: the next lookup is a cold one.
    expect(await cache.get("/berita/a", lookup)).toBeNull();
    expect(stats().article.cold).toBe(before.cold + 1);
  });

  it("serves a page whose soft tag changed as stale, dated past its revalidate period so Next renders it once in the background", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    await cache.set("/berita/b", page("<p>B</p>", ["article-slug:bb", soft("article:7")]), pageContext);

    vi.advanceTimersByTime(SOFT_REFRESH_MIN_AGE_MS);
    invalidateTags([soft("article:7")]);
    const before = { ...stats().article };
    const stale = await cache.get("/berita/b", lookup);
    expect(stale?.value.html).toBe("<p>B</p>");
    expect(Date.now() - stale!.lastModified).toBeGreaterThan(REVALIDATE_S * 1000);
    expect(stats().article.stale).toBe(before.stale + 1);

    // The background render stores the new version: fresh again.
    await cache.set("/berita/b", page("<p>B2</p>", ["article-slug:bb", soft("article:7")]), pageContext);
    vi.advanceTimersByTime(1500);
    const fresh = await cache.get("/berita/b", lookup);
    expect(fresh?.value.html).toBe("<p>B2</p>");
    expect(Date.now() - fresh!.lastModified).toBeLessThan(REVALIDATE_S * 1000);
  });

  it("does not refresh a page for a soft change sooner than SOFT_REFRESH_MIN_AGE_MS after it was rendered", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    await cache.set("/berita/c", page("<p>C</p>", ["article-slug:c", soft("related-tag:banjir")]), pageContext);
    vi.advanceTimersByTime(2000);
    invalidateTags([soft("related-tag:banjir")]);
    const young = await cache.get("/berita/c", lookup);
    expect(Date.now() - young!.lastModified).toBeLessThan(REVALIDATE_S * 1000);

    vi.advanceTimersByTime(SOFT_REFRESH_MIN_AGE_MS);
    const due = await cache.get("/berita/c", lookup);
    expect(Date.now() - due!.lastModified).toBeGreaterThan(REVALIDATE_S * 1000);
  });

  it("refreshes a page that read the hour's lists (soft `hour`) once in each hour, spread over its first ten minutes, and counts age past revalidate as expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.UTC(2026, 11, 5, 9, 58));
    const cache = new PageCacheHandler();
    const hourContext = { cacheControl: { revalidate: 3600, expire: 31_536_000 } };
    const hourly = Array.from({ length: 40 }, (_, i) => `/berita/jam-${i}`);
    for (const key of hourly) await cache.set(key, page("<p>Jam</p>", [`article-slug:${key}`, soft("hour")]), hourContext);
    await cache.set("/berita/tanpa-jam", page("<p>Tanpa</p>", ["article-slug:tanpa-jam"]), hourContext);
    const isStale = async (key: string) => Date.now() - (await cache.get(key, lookup))!.lastModified > hourContext.cacheControl.revalidate * 1000;
    const staleNow = async () => (await Promise.all(hourly.map(isStale))).filter(Boolean).length;

    vi.advanceTimersByTime(60_000);
    expect(await staleNow()).toBe(0);

    // Not all at once when the hour begins, but every one of them within its first ten minutes.
    vi.setSystemTime(Date.UTC(2026, 11, 5, 10, 0, 30));
    const before = { ...stats().article };
    const dueFirst = await staleNow();
    expect(dueFirst).toBeLessThan(hourly.length / 4);
    expect(stats().article.stale).toBe(before.stale + dueFirst);
    vi.setSystemTime(Date.UTC(2026, 11, 5, 10, 5));
    expect(await staleNow()).toBeGreaterThan(dueFirst);
    expect(await staleNow()).toBeLessThan(hourly.length);
    vi.setSystemTime(Date.UTC(2026, 11, 5, 10, 10));
    expect(await staleNow()).toBe(hourly.length);
    expect(await isStale("/berita/tanpa-jam")).toBe(false);

    // A page rendered after the hour began already shows that hour's lists: not refreshed again within it.
    for (const key of hourly) await cache.set(key, page("<p>Jam</p>", [`article-slug:${key}`, soft("hour")]), hourContext);
    vi.setSystemTime(Date.UTC(2026, 11, 5, 10, 59, 59));
    expect(await staleNow()).toBe(0);

    // Past its revalidate period, Next itself renders a page anew in the background: counted apart.
    const expiredBefore = stats().article.expired;
    await cache.get("/berita/tanpa-jam", lookup);
    expect(stats().article.expired).toBe(expiredBefore + 1);
  });

  it("refreshes a not-found page (it shows the newest headlines) once it is a minute old", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    await cache.set("/berita/tidak-ada", page("<p>404</p>", ["article-slug:tidak-ada"], 404), pageContext);
    expect(Date.now() - (await cache.get("/berita/tidak-ada", lookup))!.lastModified).toBeLessThan(REVALIDATE_S * 1000);
    vi.advanceTimersByTime(NOT_FOUND_REFRESH_MS);
    expect(Date.now() - (await cache.get("/berita/tidak-ada", lookup))!.lastModified).toBeGreaterThan(REVALIDATE_S * 1000);
  });

  it("never serves a data entry stale: a soft change drops it, so the refreshing render reads anew", async () => {
    const cache = new PageCacheHandler();
    const tags = ["site", soft("article:9")];
    await cache.set("summaries-key", { kind: "FETCH", data: { body: "[]" } }, { tags });
    expect(await cache.get("summaries-key", { kind: "FETCH", tags })).not.toBeNull();
    invalidateTags([soft("article:9")]);
    expect(await cache.get("summaries-key", { kind: "FETCH", tags })).toBeNull();
  });

  it("does not trust a page stored right after its tag was invalidated (its render may predate the change)", async () => {
    const cache = new PageCacheHandler();
    invalidateTags(["tag:baru"]);
    await cache.set("/berita/baru", page("<p>lama?</p>", ["tag:baru"]), pageContext);
    expect(await freshHtml(cache, "/berita/baru")).toBeNull();
  });

  it("dates a page by the lookup that asked for its render: rendered after its invalidation, it is fresh at once", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/berita/sekali", page("<p>lama</p>", ["tag:sekali"]), pageContext);
    invalidateTags(["tag:sekali"]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await freshHtml(cache, "/berita/sekali")).toBeNull();
    await cache.set("/berita/sekali", page("<p>baru</p>", ["tag:sekali"]), pageContext);
    expect((await cache.get("/berita/sekali", lookup))?.value.html).toBe("<p>baru</p>");
  });

  it("does not trust a render asked for before an invalidation it finished after", async () => {
    const cache = new PageCacheHandler();
    expect(await cache.get("/berita/balapan", lookup)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 2));
    invalidateTags(["tag:balapan"]);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await cache.set("/berita/balapan", page("<p>dibaca sebelum perubahan</p>", ["tag:balapan"]), pageContext);
    expect(await freshHtml(cache, "/berita/balapan")).toBeNull();
    // The render that miss asked for is trusted.
    await cache.set("/berita/balapan", page("<p>baru</p>", ["tag:balapan"]), pageContext);
    expect((await cache.get("/berita/balapan", lookup))?.value.html).toBe("<p>baru</p>");
  });

  it("serves a page whose hard dependency changed as it was for HARD_CHANGE_GRACE_MS while one render replaces it, then not at all; never a search result, nor an article after a takedown", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    // As Next stores a page rendered with 200: without a status.
    await cache.set("/tag/ramai/halaman/1", { ...page("<p>lama</p>", ["tag:ramai"]), status: undefined }, pageContext);
    await cache.set("/berita/ramai", page("<p>berita lama</p>", ["tag:ramai"]), pageContext);
    await cache.set("/cari/hasil/1/ramai", page("<p>hasil lama</p>", ["tag:ramai", "search"]), pageContext);
    vi.advanceTimersByTime(10);
    invalidateTags(["tag:ramai"]);

    const meanwhile = await cache.get("/tag/ramai/halaman/1", lookup);
    expect(meanwhile?.value.html).toBe("<p>lama</p>");
    // Dated past its revalidate period: Next serves it and renders the page anew in the background.
    expect(Date.now() - meanwhile!.lastModified).toBeGreaterThan(REVALIDATE_S * 1000);
    expect((await cache.get("/berita/ramai", lookup))?.value.html).toBe("<p>berita lama</p>");
    expect(await cache.get("/cari/hasil/1/ramai", lookup)).toBeNull();

    vi.advanceTimersByTime(HARD_CHANGE_GRACE_MS);
    expect(await cache.get("/tag/ramai/halaman/1", lookup)).toBeNull();
    expect(await cache.get("/berita/ramai", lookup)).toBeNull();

    // A takedown (unpublish, trash, withdrawal) drops an article's page at once.
    await cache.set("/berita/turun", page("<p>turun</p>", ["article-slug:turun"]), pageContext);
    await cache.set("/tag/turun/halaman/1", page("<p>daftar</p>", ["tag:turun"]), pageContext);
    vi.advanceTimersByTime(10);
    invalidateTags([tags.takedown, "article-slug:turun", "tag:turun"]);
    expect(await cache.get("/berita/turun", lookup)).toBeNull();
    expect((await cache.get("/tag/turun/halaman/1", lookup))?.value.html).toBe("<p>daftar</p>");
  });

  it("counts the grace after a hard change from when the change was recorded, not from when this process learnt of it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const cache = new PageCacheHandler();
    await cache.set("/tag/lambat/halaman/1", page("<p>lama</p>", ["tag:lambat"]), pageContext);
    vi.advanceTimersByTime(10);
    getDb().transaction((tx) => recordInvalidation(tx, ["tag:lambat"]));
    // Another process's change, reaching this one at its poll.
    vi.advanceTimersByTime(600);
    applyInvalidations();
    expect((await cache.get("/tag/lambat/halaman/1", lookup))?.value.html).toBe("<p>lama</p>");
    vi.advanceTimersByTime(HARD_CHANGE_GRACE_MS - 600);
    expect(await cache.get("/tag/lambat/halaman/1", lookup)).toBeNull();
  });

  it("keeps search results, not-found pages and index days in a pool of their own: a flood of them evicts none of the site", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/berita/tetap", page("<p>tetap</p>", ["article-slug:tetap"]), pageContext);
    const junk = "x".repeat(20_000);
    for (let i = 0; i < 200; i++) {
      await cache.set(`/cari/hasil/1/acak-${i}`, page(junk, ["search"]), pageContext);
      await cache.set(`/indeks/${1000 + i}-01-01`, page(junk, [`index-day:${1000 + i}-01-01`]), pageContext);
      await cache.set(`/berita/acak-${i}`, page(junk, ["article-slug:acak"], 404), pageContext);
      await cache.set(`read-${i}`, { kind: "FETCH", data: { body: "null" } }, { tags: ["article-slug:acak"] });
    }
    expect((await cache.get("/berita/tetap", lookup))?.value.html).toBe("<p>tetap</p>");
    expect(await cache.get("/cari/hasil/1/acak-0", lookup)).toBeNull();
    expect(await cache.get("/indeks/1000-01-01", lookup)).toBeNull();
    expect(stats().bytes).toBeLessThan(16 * 1024 * 1024);
  });

  it("keeps no redirect without its Location (a background render's), and drops the copy it would replace", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/kategori/lama", page("<p>rubrik</p>", ["category:lama"]), pageContext);
    await cache.set("/kategori/lama", page("", ["category:lama"], 308), pageContext);
    expect(await cache.get("/kategori/lama", lookup)).toBeNull();

    const whole = { ...page("", ["category:lama"], 308), headers: { "x-next-cache-tags": "category:lama", location: "/kategori/baru" } };
    await cache.set("/kategori/lama", whole, pageContext);
    expect((await cache.get("/kategori/lama", lookup))?.value.headers?.location).toBe("/kategori/baru");
  });

  it("counts sizes in bytes, not characters", async () => {
    const cache = new PageCacheHandler();
    const before = stats().bytes;
    const html = "é".repeat(10_000);
    await cache.set("/berita/aksara", page(html, ["article-slug:aksara"]), pageContext);
    expect(stats().bytes - before).toBeGreaterThanOrEqual(2 * Buffer.byteLength(html));

    const beforeRead = stats().bytes;
    const body = JSON.stringify(["é".repeat(10_000)]);
    await cache.set("read-aksara", { kind: "FETCH", data: { body, headers: {}, url: "" } }, { tags: ["article:1"] });
    expect(stats().bytes - beforeRead).toBeGreaterThanOrEqual(Buffer.byteLength(body));
  });

  it("applies invalidations written by another process through the database", async () => {
    const cache = new PageCacheHandler();
    const stopPolling = startInvalidationPolling();
    try {
      await cache.set("/kategori/x", page("<p>X</p>", ["category:x"]), pageContext);
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Asked once before: what the page's tags say is remembered until the next invalidation.
      expect(await cache.get("/kategori/x", lookup)).not.toBeNull();
      // A second connection, as the seed, a CLI command or another server process would have.
      const other = new BetterSqlite3(getDb().$client.name);
      other.prepare("insert into cache_invalidations (tag, invalidated_at) values ('category:x', ?)").run(Date.now());
      other.close();
      await expect.poll(() => cache.get("/kategori/x", lookup), { timeout: 3000 }).toBeNull();
    } finally {
      stopPolling();
    }
  });
});
