import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { pageCacheBudget } from "@/lib/cache/budget.mjs";
import { isFreshPage } from "@/lib/cache/page-cache-handler.mjs";
import { PAGE_KEY_HEADER, PAGE_VERSION_HEADER } from "@/lib/cache/page-version.mjs";
import { SEARCH_PAGE_PATH } from "@/lib/urls";
import { isClientDrawnShell } from "./not-found-pages";
import { isReaderHtml, isReaderPageRequest, withoutClientRuntime } from "./reader-pages";

// @NOTE Next gzips every response anew and keeps nothing, which halves the throughput of a page
// served from its cache (caching-findings.md). So Next's compression is off and this layer gzips
// instead: a response that carries an ETag (a cached page, a static file) is compressed once and
// kept, keyed by path + ETag, so a page served a thousand times is compressed once. The query is
// not in the key, and only a URL without one (or with just `page`) adds a copy: `?r=<random>` or
// `?page=<random>` on an article finds the article's copy. Searches (their results route has the
// query in its path) keep theirs apart, so a loop of random searches cannot push the site out.
//
// @NOTE A reader page's copy also keeps the head Next sent with it on a cache hit, and the next
// request for its URL (no query but `page`) is answered from here without Next (answerFromKeptCopy) as long as the page cache
// holds that very version fresh: Next's routing and response handling cost a cache hit about 0.8 ms
// of CPU, most of what it cost at all. Whatever is not a fresh hit (a page due for a refresh, a
// listing in its grace, an expired one) still goes to Next, which serves and renders it.

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;
const MIN_BYTES = 1024;
const MAX_CACHE_BYTES = pageCacheBudget().gzip;

type Head = [name: string, value: number | string | string[]][];
/** A reader page as Next sent it on a cache hit for `url` (a page URL): where the page cache keeps it, its version and its head. */
type KeptPage = { url: string; cacheKey: string; version: string; head: Head };
type KeptCopy = { etag: string; gzipped: Buffer; page?: KeptPage };

const bytesOf = (copy: KeptCopy) => copy.gzipped.length + (copy.page ? JSON.stringify(copy.page).length : 0);

/** Gzipped bodies by key; the least recently used go first once over their byte budget. */
class KeptCopies {
  private readonly copies = new Map<string, KeptCopy>();
  /** Page URL -> the key of the copy kept with a page's head for it: the version last sent as a hit. One per copy. */
  private readonly pages = new Map<string, string>();
  bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get count(): number {
    return this.copies.size;
  }

  get(key: string): KeptCopy | undefined {
    const known = this.copies.get(key);
    if (known) {
      this.copies.delete(key);
      this.copies.set(key, known);
    }
    return known;
  }

  /** The copy kept with a page's head for this page URL, if there is one. */
  pageAt(url: string): KeptCopy | undefined {
    const key = this.pages.get(url);
    return key === undefined ? undefined : this.get(key);
  }

  set(key: string, copy: KeptCopy): void {
    const previous = this.copies.get(key);
    this.bytes += bytesOf(copy) - (previous ? bytesOf(previous) : 0);
    this.copies.delete(key);
    this.copies.set(key, copy);
    if (previous?.page && previous.page.url !== copy.page?.url && this.pages.get(previous.page.url) === key) this.pages.delete(previous.page.url);
    if (copy.page) this.pages.set(copy.page.url, key);
    for (const [oldKey, oldCopy] of this.copies) {
      if (this.bytes <= this.maxBytes) break;
      this.copies.delete(oldKey);
      this.bytes -= bytesOf(oldCopy);
      if (oldCopy.page && this.pages.get(oldCopy.page.url) === oldKey) this.pages.delete(oldCopy.page.url);
    }
  }
}

// A search is read again too (the story everyone looks up), but anyone can mint one: their copies
// live apart, in a tenth of the budget, so a loop of random queries pushes out only other searches.
const siteCopies = new KeptCopies(Math.floor(MAX_CACHE_BYTES * 0.9));
const searchCopies = new KeptCopies(Math.floor(MAX_CACHE_BYTES * 0.1));

// Prefixed, not resolved: `//host/x` is a path here, not another host's address.
const pathOf = (url: string) => new URL(`http://localhost${url}`);

const copiesFor = (pathname: string) => (pathname.startsWith(`${SEARCH_PAGE_PATH}/`) ? searchCopies : siteCopies);

/** A URL's path, with its `page` when that is all its query holds; null when it holds anything else. */
function pageUrlOf(url: string): { pathname: string; pageUrl: string | null } {
  const { pathname, searchParams } = pathOf(url);
  const keys = [...searchParams.keys()];
  if (keys.length === 0) return { pathname, pageUrl: pathname };
  return { pathname, pageUrl: keys.length === 1 && keys[0] === "page" ? `${pathname}?page=${searchParams.get("page")}` : null };
}

/**
 * Where a response's gzipped copy is kept and under which key; `mayAdd` is false for a URL with a
 * query string other than `page` (its copy is the page's own, found under the path).
 */
function copyPlace(url: string, etag: string): { key: string; copies: KeptCopies; mayAdd: boolean } {
  const { pathname, pageUrl } = pageUrlOf(url);
  return { key: `${pathname} ${etag}`, copies: copiesFor(pathname), mayAdd: pageUrl !== null };
}

/** The gzipped copy kept for this URL's response with this ETag, if there is one. */
function keptCopy(url: string, etag: string): KeptCopy | undefined {
  const { key, copies } = copyPlace(url, etag);
  return copies.get(key);
}

/** The body gzipped, and kept when it has an ETag and its URL may add a copy. */
function compressAndKeep(url: string, etag: string | null, body: Buffer): Buffer {
  const gzipped = gzipSync(body, { level: 6 });
  if (etag !== null) {
    const { key, copies, mayAdd } = copyPlace(url, etag);
    if (mayAdd) copies.set(key, { etag, gzipped });
  }
  return gzipped;
}

/**
 * Keeps, beside this URL's copy, the head of the cache hit it was just sent as. A copy keeps one
 * page URL, its path's own before any `?page=` that led to the same page (`?page=9` on an article).
 */
function keepPage(url: string, etag: string, page: Omit<KeptPage, "url">): void {
  const { pathname, pageUrl } = pageUrlOf(url);
  const { key, copies } = copyPlace(url, etag);
  const copy = copies.get(key);
  if (pageUrl === null || !copy || copy.page?.url === pageUrl || (copy.page && pageUrl !== pathname)) return;
  copies.set(key, { ...copy, page: { ...page, url: pageUrl } });
}

/** Whether this request carries a header the response varies on (Accept-Encoding aside: only gzip is kept). */
function carriesVariedHeader(req: IncomingMessage, vary: number | string | string[] | undefined): boolean {
  return String(vary ?? "").split(",").some((name) => {
    const header = name.trim().toLowerCase();
    return header !== "accept-encoding" && req.headers[header] !== undefined;
  });
}

/**
 * Answers a reader page from its kept copy, with the head Next sent it with, when the page cache
 * still holds that version fresh; false when Next must answer.
 */
export function answerFromKeptCopy(req: IncomingMessage, res: ServerResponse): boolean {
  if (!acceptsGzip(req) || !isReaderPageRequest(req)) return false;
  const { pathname, pageUrl } = pageUrlOf(req.url!);
  const copy = pageUrl === null ? undefined : copiesFor(pathname).pageAt(pageUrl);
  const page = copy?.page;
  if (!page) return false;
  const vary = page.head.find(([name]) => name === "vary")?.[1];
  if (carriesVariedHeader(req, vary) || !isFreshPage(page.cacheKey, page.version)) return false;
  for (const [name, value] of page.head) res.setHeader(name, value);
  if (matchesEtag(req.headers["if-none-match"], copy.etag)) {
    for (const name of ["content-type", "content-encoding"]) res.removeHeader(name);
    res.writeHead(304).end();
  } else {
    res.setHeader("content-length", copy.gzipped.length);
    res.end(copy.gzipped);
  }
  return true;
}

type Chunk = string | Uint8Array;
type WrittenChunk = { chunk: Chunk; encoding?: BufferEncoding };

/** The body Next wrote, as bytes; a reader page's without the client runtime. */
function finishedBody(chunks: WrittenChunk[], readerHtml: boolean): Buffer {
  const raw = Buffer.concat(chunks.map(({ chunk, encoding }) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk)));
  return readerHtml ? withoutClientRuntime(raw) : raw;
}

/** How many gzipped copies are kept, and their bytes: of the site's pages, and of searches. */
export function compressedCopies(): { site: { count: number; bytes: number }; searches: { count: number; bytes: number } } {
  return { site: { count: siteCopies.count, bytes: siteCopies.bytes }, searches: { count: searchCopies.count, bytes: searchCopies.bytes } };
}

export function acceptsGzip(req: IncomingMessage): boolean {
  return req.method === "GET" && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
}

type WriteCallback = (error?: Error | null) => void;

/** Whether an If-None-Match header names this ETag (or is `*`). */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weakless = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weakless(tag) === weakless(etag));
}

export type FinishOptions = {
  gzip: boolean;
  readerPage: boolean;
  /** The status a page Next answers 200 goes out with: a withdrawal notice's 410 (withdrawn-articles.ts), the not-found page's 404. */
  okAs?: 404 | 410;
  /** The reader site's not-found page, for a 404 that Next left for its client runtime to draw (not-found-pages.ts). */
  notFoundPage?: () => Promise<Buffer | null>;
};

/**
 * Holds back the response Next writes and sends it once it is complete: gzipped when `gzip`, and a
 * reader page without Next's client runtime when `readerPage` (reader-pages.ts). A page served from
 * the page cache gets its stored version as its ETag, and a client that already has that version
 * gets a 304. Next streams even cached pages in a few writes; buffering them costs nothing the
 * reader would notice.
 */
export function finishWhenComplete(req: IncomingMessage, res: ServerResponse, { gzip, readerPage, okAs, notFoundPage }: FinishOptions): void {
  // Kept as written: a page found in the gzip copies is never turned into bytes here.
  const chunks: WrittenChunk[] = [];
  // What this layer set before Next (security headers): not part of the head a kept page replays.
  const headersBeforeNext = new Set(res.getHeaderNames());
  const send = {
    write: res.write.bind(res),
    end: res.end.bind(res),
    writeHead: res.writeHead.bind(res),
    flushHeaders: res.flushHeaders.bind(res),
  };
  let pendingHead: { statusCode: number; statusMessage?: string } | null = null;

  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const [first, second] = rest;
    const headers = (typeof first === "string" ? second : first) as Record<string, string | string[] | number> | undefined;
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    pendingHead = { statusCode, statusMessage: typeof first === "string" ? first : undefined };
    return res;
  }) as typeof res.writeHead;
  res.flushHeaders = () => {};

  res.write = ((chunk: Chunk, encodingOrCallback?: BufferEncoding | WriteCallback, callback?: WriteCallback) => {
    chunks.push({ chunk, encoding: typeof encodingOrCallback === "string" ? encodingOrCallback : undefined });
    (typeof encodingOrCallback === "function" ? encodingOrCallback : callback)?.();
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: Chunk | (() => void), encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
    if (chunk && typeof chunk !== "function") chunks.push({ chunk, encoding: typeof encodingOrCallback === "string" ? encodingOrCallback : undefined });
    const done = [chunk, encodingOrCallback, callback].find((arg): arg is () => void => typeof arg === "function");
    const answered = pendingHead?.statusCode ?? res.statusCode;
    let statusCode = okAs && answered === 200 ? okAs : answered;
    const type = String(res.getHeader("content-type") ?? "");
    const sendBody = (body: Buffer) => {
      // A HEAD answer has no body to measure; the length Next gave is of a body this layer may change.
      if (req.method === "HEAD") res.removeHeader("content-length");
      else if (!res.headersSent) res.setHeader("content-length", body.length);
      // Node's own end() writes the head through res.writeHead, so the originals go back first.
      Object.assign(res, send);
      if (pendingHead || statusCode !== answered) res.writeHead(statusCode, statusCode === answered ? pendingHead?.statusMessage : undefined);
      return res.end(body, done);
    };

    if (readerPage && notFoundPage && statusCode === 404 && req.method === "GET" && /^text\/html\b/i.test(type)) {
      const shell = finishedBody(chunks, false);
      if (isClientDrawnShell(shell)) {
        void notFoundPage().then((page) => sendBody(page ?? shell));
        return res;
      }
    }

    const version = res.getHeader(PAGE_VERSION_HEADER);
    const cacheKey = res.getHeader(PAGE_KEY_HEADER);
    res.removeHeader(PAGE_VERSION_HEADER);
    res.removeHeader(PAGE_KEY_HEADER);
    // Only the HTML: the RSC answers Next serves from the same stored page are other representations.
    if (version !== undefined && statusCode === 200 && /^text\/html\b/i.test(type)) res.setHeader("etag", `"${version}"`);
    const etagHeader = res.getHeader("etag");
    const etag = etagHeader === undefined ? null : String(etagHeader);

    let body: Buffer;
    if (statusCode === 200 && etag !== null && matchesEtag(req.headers["if-none-match"], etag)) {
      statusCode = 304;
      for (const name of ["content-type", "content-length", "content-encoding"]) res.removeHeader(name);
      body = Buffer.alloc(0);
    } else {
      const gzippable = gzip && statusCode === 200 && COMPRESSIBLE.test(type) && res.getHeader("content-encoding") === undefined;
      const kept = gzippable && etag !== null ? keptCopy(req.url!, etag) : undefined;
      body = kept?.gzipped ?? finishedBody(chunks, readerPage && isReaderHtml(statusCode, type));
      if (gzippable && (kept || body.length >= MIN_BYTES)) {
        body = kept?.gzipped ?? compressAndKeep(req.url!, etag, body);
        res.setHeader("content-encoding", "gzip");
        const vary = res.getHeader("vary");
        res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      }
    }
    const sent = sendBody(body);
    const cacheHit = res.getHeader("x-nextjs-cache") === "HIT" && res.getHeader("content-encoding") === "gzip" && !res.hasHeader("set-cookie");
    if (readerPage && okAs === undefined && statusCode === 200 && cacheHit && typeof version === "string" && typeof cacheKey === "string" && !carriesVariedHeader(req, res.getHeader("vary"))) {
      const head: Head = Object.entries(res.getHeaders()).flatMap(([name, value]) => (value === undefined || name === "content-length" || headersBeforeNext.has(name) ? [] : [[name, value]]));
      keepPage(req.url!, `"${version}"`, { cacheKey: decodeURIComponent(cacheKey), version, head });
    }
    return sent;
  }) as typeof res.end;
}
