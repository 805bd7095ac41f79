// Next.js `cacheHandler` for whole pages (ISR) and `unstable_cache` data. Plain JavaScript because
// Next imports it at run time, outside the bundle.
//
// @NOTE Why memory only: the built-in handler persists pages under .next/ and reads them back after a
// restart, also when the server now points at another database (see caching-findings.md). Kept in
// memory, a cache can only ever hold pages rendered from the database this process opened. A restart
// starts cold, which costs one render per page.
//
// Tag invalidations live in a map on globalThis that lib/cache/invalidation.ts fills (from the
// cache_invalidations table, written in the same transaction as each change). Tags come in two
// strengths (lib/cache/tags.ts): a page whose *hard* tag was invalidated is not served again; a
// page whose *soft* tag was invalidated is served stale while Next renders it once in the
// background (Next's own stale-while-revalidate, which it runs once per page however many readers
// wait). Data entries are never served stale: the render that refreshes a page must read fresh data.

import { createHash } from "node:crypto";
import { pageCacheBudget } from "./budget.mjs";
import { stripClientRuntime } from "../server/client-runtime.mjs";
import { PAGE_KEY_HEADER, PAGE_TAGS_HEADER, PAGE_VERSION_HEADER } from "./page-version.mjs";
import { expireTag, tagChanges, tagCommittedAt, tagExpiry } from "./tag-expiry.mjs";

const STATS_KEY = Symbol.for("ri-news-portal.page-cache-stats");

// A data entry stored this soon after one of its tags was invalidated may hold data read before
// that invalidation (its read had already started), so it is dated this much earlier.
const RENDER_RACE_MARGIN_MS = 1000;
// A page is not refreshed for a soft change sooner than this after it was rendered: on a busy day
// soft changes come every few seconds, each touching the sidebars of many pages, and refreshing a
// page for every one of them would spend the server on sidebars (measured: README, "Benchmark").
// A soft change thus shows within this long (plus one render) of the next request, under 60 s.
// PAGE_SOFT_REFRESH_MIN_AGE_MS shortens it for tests only (e2e/varnish.spec.ts), never past 45 s.
export const SOFT_REFRESH_MIN_AGE_MS = Math.min(Number(process.env.PAGE_SOFT_REFRESH_MIN_AGE_MS) || 45_000, 45_000);
// A page whose hard dependency changed is served as it was for at most this long after the change
// committed, while one render replaces it: a publish drops the busiest listings (home, Terkini, its
// hashtags' and category's), an edit the page of a story everyone is reading, and readers would
// otherwise queue behind their renders, which take up to half a second on a busy server. Counted
// from the commit, not from when the change reached this process, so a reader sees it within 1 s in
// every process. Never served so: search results, and an article's own page after a takedown (an
// unpublish, a trash, a withdrawal: how a newsroom takes a story down), which records TAKEDOWN_TAG.
export const HARD_CHANGE_GRACE_MS = 900;
// lib/cache/tags.ts `takedown`.
const TAKEDOWN_TAG = "takedown";
const SOFT_PREFIX = "~";
// Reads keyed by the hour carry this soft tag (lib/cache/tags.ts, `hour`): it expires by itself at
// the start of every hour, in every process, with nothing to write.
const HOURLY_TAG = `${SOFT_PREFIX}hour`;
const HOUR_MS = 3_600_000;
// Nearly every page shows the hour's lists (Terpopuler is on every article page): if they were all
// due when the hour begins, the first minute of each hour would render every page readers ask for
// (measured with the news-day benchmark across 13:00: 297 instead of ~600 req/s, 15 requests
// without an answer in 2 s). A page's hour begins instead up to this much later, at an offset
// drawn from its key, so those renders spread over ten minutes.
export const HOURLY_REFRESH_SPREAD_MS = 10 * 60_000;
// A not-found page shows the newest headlines, read without a tag (lib/articles/listings.ts,
// listLatestForNotFound): it is refreshed in the background once it is this old.
export const NOT_FOUND_REFRESH_MS = 60_000;

const emptyCounts = () => ({ fresh: 0, stale: 0, expired: 0, hard: 0, cold: 0 });
/**
 * Cumulative outcomes of page lookups, and the renders stored by route (`/berita/[slug]`: their
 * count and milliseconds from the lookup that began each to its store), read by the benchmark
 * (bench/news-day).
 */
const stats = (globalThis[STATS_KEY] ??= { article: emptyCounts(), other: emptyCounts(), renders: {}, bytes: 0, entries: 0 });

// Next tags a page with its route's file (`_N_T_/(site)/kategori/[slug]/page`, `_N_T_/rss.xml/route`).
const ROUTE_TAG = /^_N_T_((?:\/.*)?)\/(?:page|route)$/;
const ROUTE_GROUP = /\/\([^/]*\)/g;

/** Counts a render of the page stored with these tags, begun `ms` ago, under its route. */
function countRender(tags, ms) {
  const routeFile = tags.map((tag) => ROUTE_TAG.exec(tag)?.[1]).find((file) => file !== undefined);
  const route = routeFile === undefined ? "other" : routeFile.replace(ROUTE_GROUP, "") || "/";
  const tally = (stats.renders[route] ??= { count: 0, ms: 0 });
  tally.count++;
  tally.ms += ms;
}

/**
 * A least-recently-used store with a byte budget. Pages readers reach by following links live in
 * the main pool; what anyone can mint by typing a URL (search results, 404s, empty reads) lives in
 * a small pool of its own, so a loop of random queries evicts only other random queries.
 */
class Pool {
  /** @param {number} maxBytes */
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    /** @type {Map<string, Entry>} insertion order = least recently used first */
    this.entries = new Map();
    this.bytes = 0;
  }

  /** @param {string} key */
  get(key) {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** @param {string} key @param {Entry} entry */
  set(key, entry) {
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.delete(oldest);
    }
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}

/**
 * @typedef {{ value: any, lastModified: number, hardTags: string[], softTags: string[], bytes: number,
 *   cacheControl: { revalidate: number | false, expire?: number } | undefined, pool: Pool }} Entry
 */

// When the render of each page began: the first lookup since the page was last stored that found
// nothing fresh to serve (a miss, or a stale page Next refreshes in the background). Next renders a
// page once at a time (its response cache batches renders by key), so the render that stores it next
// read its data after that moment, and the page is dated by it. Dating it by the margin instead
// would throw away every page rendered within a second of its invalidation and render it twice.
const renderRequestedAt = new Map();
const MAX_RENDERS_REQUESTED = 10_000;
// A lookup older than this whose render never stored (an error) no longer dates the next render.
const RENDER_REQUEST_MAX_AGE_MS = 60_000;

/** @param {string} key @param {number} now */
function noteRenderRequested(key, now) {
  if (renderRequestedAt.has(key)) return;
  // Renders that never stored (an error, an uncacheable answer) leave their key; past this many,
  // forgetting them all only dates the next few pages by the margin.
  if (renderRequestedAt.size >= MAX_RENDERS_REQUESTED) renderRequestedAt.clear();
  renderRequestedAt.set(key, now);
}

const POOLS_KEY = Symbol.for("ri-news-portal.page-cache-pools");
// On globalThis: Next imports this file on its own, and `npm start`'s bundle holds another copy of it
// that reads a page's freshness for the front (freshnessOf).
const { main: mainPool, volatile: volatilePool } = (globalThis[POOLS_KEY] ??= (() => {
  const budget = pageCacheBudget();
  return { main: new Pool(budget.pages), volatile: new Pool(budget.volatile) };
})());

function sizeOf(value) {
  if (!value) return 0;
  let bytes = 0;
  if (typeof value.html === "string") bytes += Buffer.byteLength(value.html);
  if (value.rscData) bytes += value.rscData.length;
  if (value.segmentData) for (const segment of value.segmentData.values()) bytes += segment.length;
  if (value.body) bytes += value.body.length;
  // A data read (FETCH): its body is the JSON already; headers and URL are within the allowance below.
  if (value.data) bytes += Buffer.byteLength(value.data.body ?? "");
  return bytes + 512;
}

/**
 * A stored page's version: a hash of its HTML as a reader gets it (without the RSC payload, which
 * differs between two renders of the same page) and of its tags, so that every server process
 * (lib/cluster.ts) gives the same page the same ETag, a render that changed nothing keeps it, and
 * one version always goes out with the same head (the front, lib/server/front.ts, replays it).
 */
function versionOf(value, tagList) {
  const content = value.kind === "APP_ROUTE" ? value.body : stripClientRuntime(typeof value.html === "string" ? value.html : String(value.html ?? ""));
  return createHash("sha1").update(content).update(String(value.status ?? 200)).update(tagList).digest("base64url").slice(0, 22);
}

function tagsOfValue(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

// Next's implicit tags (the path and its layouts) are never invalidated by this project.
const IMPLICIT_TAG_PREFIX = "_N_T_";

function ownTags(tags) {
  return tags.filter((tag) => !tag.startsWith(IMPLICIT_TAG_PREFIX));
}

/** A page's place in the hourly refresh window (FNV-1a of its key): the same in every process. */
function hourlyOffset(pageKey) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < pageKey.length; i++) hash = Math.imul(hash ^ pageKey.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % HOURLY_REFRESH_SPREAD_MS;
}

/** When the hour that `~hour` reads belong to began, for a page (its offset past the clock hour) or a data read. */
function hourBegan(now, pageKey) {
  const clockHour = now - (now % HOUR_MS);
  if (pageKey === undefined) return clockHour;
  return now - clockHour >= hourlyOffset(pageKey) ? clockHour : clockHour - HOUR_MS;
}

/** When the latest change to these tags since `since` committed (reached this process, when not known), or -Infinity. */
function changeCommittedAt(tags, since) {
  let latest = -Infinity;
  for (const tag of tags) {
    const reachedAt = tagExpiry(tag);
    if (reachedAt !== undefined && reachedAt >= since) latest = Math.max(latest, tagCommittedAt(tag) ?? reachedAt);
  }
  return latest;
}

/** The latest invalidation among these tags, or -Infinity; `pageKey` places a page in the hourly window. */
function latestExpiry(tags, pageKey) {
  const { latest, hourly } = latestChange(tags);
  return hourly ? Math.max(latest, hourBegan(Date.now(), pageKey)) : latest;
}

/** @type {WeakMap<string[], { changes: number; latest: number; hourly: boolean }>} */
const latestChangeByTagList = new WeakMap();

/**
 * The latest invalidation among these tags but the hourly one, and whether that one is among them.
 * The front asks it of the same tag lists (its kept pages') for every request, 20-50 tags a page,
 * while invalidations come seconds apart: an answer is remembered until the next invalidation.
 */
function latestChange(tags) {
  const remembered = latestChangeByTagList.get(tags);
  const changes = tagChanges();
  if (remembered?.changes === changes) return remembered;
  let latest = -Infinity;
  let hourly = false;
  for (const tag of tags) {
    if (tag === HOURLY_TAG) hourly = true;
    const expiredAt = tagExpiry(tag);
    if (expiredAt !== undefined && expiredAt > latest) latest = expiredAt;
  }
  const answer = { changes, latest, hourly };
  if (tags.length > 0) latestChangeByTagList.set(tags, answer);
  return answer;
}

/**
 * What a stranger can mint at will: search results, not-found pages, reads that found nothing, and
 * the Indeks, where every past day since year 1 is a page (an empty one, for most of them).
 */
function isVolatile(key, value, tags) {
  if (tags.includes("search")) return true;
  if (value.kind === "FETCH") return value.data?.body === "null";
  return value.status === 404 || /\/(cari|indeks)\//.test(key);
}

/**
 * A page that now redirects (a renamed category's old address), rendered in the background while its
 * stale copy was served: Next stores it without its Location header, and served from here it would be
 * a 301 leading nowhere. Not kept: the next request renders it in the foreground, which keeps it whole.
 */
function isRedirectWithoutLocation(value) {
  return value.kind === "APP_PAGE" && value.status >= 300 && value.status < 400 && !value.headers?.location;
}

const isArticlePage = (key) => /\/berita\//.test(key);

function countsFor(key) {
  return isArticlePage(key) ? stats.article : stats.other;
}

/** Whether this entry may be served while a render replaces it after a hard change committed at `changedAt`. */
function inChangeGrace(key, entry, changedAt, now) {
  if (entry.pool !== mainPool || (entry.value.status ?? 200) !== 200 || now - changedAt >= HARD_CHANGE_GRACE_MS) return false;
  return !isArticlePage(key) || !((tagExpiry(TAKEDOWN_TAG) ?? -Infinity) >= entry.lastModified);
}

/** A stored page as Next reads it: dated just past its revalidate period, so Next serves it and renders it anew in the background. */
function servedWhileRendered(entry, now) {
  return { value: entry.value, lastModified: now - entry.cacheControl.revalidate * 1000 - 1, cacheControl: entry.cacheControl };
}

function publishSize() {
  stats.bytes = mainPool.bytes + volatilePool.bytes;
  stats.entries = mainPool.entries.size + volatilePool.entries.size;
}

/**
 * What a lookup finds in a stored entry: "fresh"; "expired" (past its revalidate period: served while
 * Next renders it anew in the background); "due" (a soft change it is old enough to be refreshed for,
 * or an old not-found page) and "grace" (a hard change committed under HARD_CHANGE_GRACE_MS ago): served while
 * rendered; "gone": not to be served again. `implicitTags` are Next's soft tags of the lookup.
 */
function stateOf(key, entry, isPage, implicitTags, now) {
  const revalidate = entry.cacheControl?.revalidate;
  const renderable = isPage && typeof revalidate === "number";
  // Next's own soft tags (the page's path) are never invalidated by this project, but a data
  // read honours them like hard ones in case a future revalidatePath does.
  const hardChangedAt = Math.max(latestExpiry(entry.hardTags), latestExpiry(implicitTags));
  if (hardChangedAt >= entry.lastModified) {
    return renderable && inChangeGrace(key, entry, changeCommittedAt(entry.hardTags, entry.lastModified), now) ? "grace" : "gone";
  }
  const softChanged = latestExpiry(entry.softTags, isPage ? key : undefined) >= entry.lastModified;
  if (softChanged && !isPage) return "gone";
  const age = now - entry.lastModified;
  const due = (softChanged && age >= SOFT_REFRESH_MIN_AGE_MS) || (entry.value.status === 404 && age >= NOT_FOUND_REFRESH_MS);
  if (renderable && due) return "due";
  return typeof revalidate === "number" && age > revalidate * 1000 ? "expired" : "fresh";
}

/**
 * What the freshness of the page stored under `key` as `version` depends on, for the front that keeps
 * its copy (lib/server/front.ts) and asks keptPageState; null when the page stored is not that version.
 * Read without touching the page's place in the pool: a lookup is not a reader's request.
 */
export function freshnessOf(key, version) {
  const entry = mainPool.entries.get(key) ?? volatilePool.entries.get(key);
  if (entry?.value.headers?.[PAGE_VERSION_HEADER] !== version) return null;
  const { lastModified, hardTags, softTags } = entry;
  return { lastModified, hardTags, softTags, revalidate: entry.cacheControl?.revalidate ?? false, status: entry.value.status ?? 200, volatile: entry.pool === volatilePool };
}

/**
 * How the front may answer a page stored under `key` with these facts (freshnessOf), by the
 * invalidations this process has applied: "fresh", what Next would serve as a cache hit; "grace" (a
 * hard change committed under HARD_CHANGE_GRACE_MS ago) and "stale" (a due soft change, past its
 * revalidate period), what Next would serve while it renders the page anew; "gone", what must not
 * be served again. Counted as the page cache counts its own answers (a page gone is counted where
 * it is rendered).
 */
export function keptPageState(key, facts) {
  const entry = { value: { status: facts.status }, lastModified: facts.lastModified, hardTags: facts.hardTags, softTags: facts.softTags, cacheControl: { revalidate: facts.revalidate }, pool: facts.volatile ? volatilePool : mainPool };
  const state = stateOf(key, entry, true, [], Date.now());
  if (state === "gone") return "gone";
  const counts = countsFor(key);
  if (state === "fresh" || state === "expired") counts[state]++;
  else counts.stale++;
  return state === "fresh" || state === "grace" ? state : "stale";
}

export default class PageCacheHandler {
  async get(key, ctx) {
    const isPage = ctx?.kind !== "FETCH";
    const counts = isPage ? countsFor(key) : null;
    const now = Date.now();
    const entry = mainPool.get(key) ?? volatilePool.get(key);
    if (!entry) {
      if (counts) {
        counts.cold++;
        noteRenderRequested(key, now);
      }
      return null;
    }
    const state = stateOf(key, entry, isPage, ctx?.softTags ?? [], now);
    if (state === "gone") {
      entry.pool.delete(key);
      publishSize();
      if (counts) {
        counts.hard++;
        noteRenderRequested(key, now);
      }
      return null;
    }
    if (state === "grace" || state === "due") {
      counts.stale++;
      noteRenderRequested(key, now);
      return servedWhileRendered(entry, now);
    }
    if (counts) {
      counts[state]++;
      if (state === "expired") noteRenderRequested(key, now);
    }
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    const previous = mainPool.entries.get(key) ?? volatilePool.entries.get(key);
    previous?.pool.delete(key);
    const requestedAt = data?.kind === "FETCH" ? undefined : renderRequestedAt.get(key);
    renderRequestedAt.delete(key);
    if (!data || isRedirectWithoutLocation(data)) {
      publishSize();
      return;
    }
    const tags = [...new Set([...(ctx?.tags ?? []), ...tagsOfValue(data)])];
    const now = Date.now();
    const renderStartedAt = requestedAt !== undefined && now - requestedAt < RENDER_REQUEST_MAX_AGE_MS ? requestedAt : undefined;
    let lastModified = renderStartedAt ?? now;
    if (renderStartedAt === undefined && latestExpiry(tags) >= lastModified - RENDER_RACE_MARGIN_MS) lastModified -= RENDER_RACE_MARGIN_MS;
    const tagList = ownTags(tags).join(",");
    if (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE") {
      data.headers = { ...data.headers, [PAGE_VERSION_HEADER]: versionOf(data, tagList), [PAGE_KEY_HEADER]: encodeURIComponent(key), [PAGE_TAGS_HEADER]: tagList };
      if (renderStartedAt !== undefined) countRender(tags, now - renderStartedAt);
    }
    const pool = isVolatile(key, data, tags) ? volatilePool : mainPool;
    pool.set(key, {
      value: data,
      lastModified,
      hardTags: tags.filter((tag) => !tag.startsWith(SOFT_PREFIX)),
      softTags: tags.filter((tag) => tag.startsWith(SOFT_PREFIX)),
      bytes: sizeOf(data),
      cacheControl: ctx?.cacheControl,
      pool,
    });
    publishSize();
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) expireTag(tag, now);
  }

  resetRequestCache() {}
}
