// Next.js `cacheHandler` for whole pages (ISR) and `unstable_cache` data. Plain JavaScript because
// Next imports it at run time, outside the bundle.
//
// @NOTE Why memory only: the built-in handler persists pages under .next/ and reads them back after a
// restart, also when the server now points at another database (see caching-findings.md). Kept in
// memory, a cache can only ever hold pages rendered from the database this process opened. A restart
// starts cold, which costs one render per page.
//
// Tag invalidations live in a map on globalThis that lib/cache/invalidation.ts also writes to: the
// server's own writes apply at once, and writes from other processes (seed, CLI) arrive through the
// database's cache_invalidations table, polled by the server.

const TAG_EXPIRY_KEY = Symbol.for("ri-news-portal.cache-tag-expiry");
/** @type {Map<string, number>} tag -> epoch ms of its latest invalidation */
const tagExpiry = (globalThis[TAG_EXPIRY_KEY] ??= new Map());

const MAX_BYTES = Number(process.env.PAGE_CACHE_MAX_MB || 512) * 1024 * 1024;
// An entry stored this soon after one of its tags was invalidated may hold data read before that
// invalidation (the render had already started), so it is dated this much earlier.
const RENDER_RACE_MARGIN_MS = 1000;

/** @typedef {{ value: any, lastModified: number, tags: string[], bytes: number }} Entry */
/** @type {Map<string, Entry>} insertion order = least recently used first */
const entries = new Map();
let totalBytes = 0;

function sizeOf(value) {
  if (!value) return 0;
  let bytes = 0;
  if (typeof value.html === "string") bytes += value.html.length;
  if (value.rscData) bytes += value.rscData.length;
  if (value.segmentData) for (const segment of value.segmentData.values()) bytes += segment.length;
  if (value.body) bytes += value.body.length;
  if (value.buffer) bytes += value.buffer.length;
  if (value.data) bytes += JSON.stringify(value.data).length;
  return bytes + 512;
}

function tagsOfValue(value) {
  const header = value?.headers?.["x-next-cache-tags"];
  return typeof header === "string" ? header.split(",") : [];
}

function isExpired(tags, lastModified) {
  for (const tag of tags) {
    const expiredAt = tagExpiry.get(tag);
    if (expiredAt !== undefined && expiredAt >= lastModified) return true;
  }
  return false;
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  totalBytes -= entry.bytes;
}

export default class PageCacheHandler {
  async get(key, ctx) {
    const entry = entries.get(key);
    if (!entry) return null;
    const softTags = ctx?.softTags ?? [];
    if (isExpired(entry.tags, entry.lastModified) || isExpired(softTags, entry.lastModified)) {
      remove(key);
      return null;
    }
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  async set(key, data, ctx) {
    remove(key);
    if (!data) return;
    const tags = [...new Set([...(ctx?.tags ?? []), ...tagsOfValue(data)])];
    let lastModified = Date.now();
    if (isExpired(tags, lastModified - RENDER_RACE_MARGIN_MS)) lastModified -= RENDER_RACE_MARGIN_MS;
    const bytes = sizeOf(data);
    entries.set(key, { value: data, lastModified, tags, bytes });
    totalBytes += bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= MAX_BYTES) break;
      remove(oldest);
    }
  }

  async revalidateTag(tags) {
    const now = Date.now();
    for (const tag of typeof tags === "string" ? [tags] : tags) tagExpiry.set(tag, now);
  }

  resetRequestCache() {}
}
