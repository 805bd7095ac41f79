import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { pageCacheBudget } from "@/lib/cache/budget.mjs";
import { PAGE_KEY_HEADER, PAGE_VERSION_HEADER } from "@/lib/cache/page-version.mjs";
import { KeptCopies } from "./kept-copies";
import { KEPT_PAGE_HEADER, keptPageNotice } from "./kept-page-header";
import { isClientDrawnShell } from "./not-found-pages";
import { isReaderHtml, withoutClientRuntime } from "./reader-pages";

// @NOTE Next gzips every response anew and keeps nothing, which halves the throughput of a page
// served from its cache (caching-findings.md). So Next's compression is off and this layer gzips
// instead: a response that carries an ETag (a cached page, a static file) is compressed once and
// kept (kept-copies.ts), so a page served a thousand times is compressed once.
//
// A reader page Next serves as a cache hit is sent with a notice for the front (kept-page-header.ts):
// the front keeps it and answers it without a server process, by the page cache's own rules (front.ts).

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

const copies = new KeptCopies(pageCacheBudget().gzip);

/** The request headers a response varies on, from its Vary (Accept-Encoding aside: only gzip is kept). */
export function variedHeaderNames(vary: number | string | string[] | undefined): string[] {
  return String(vary ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "" && name !== "accept-encoding");
}

/** Whether this request carries one of the headers a response varies on (variedHeaderNames). */
export function carriesVariedHeader(req: IncomingMessage, variedHeaders: readonly string[]): boolean {
  return variedHeaders.some((name) => req.headers[name] !== undefined);
}

type Chunk = string | Uint8Array;
type WrittenChunk = { chunk: Chunk; encoding?: BufferEncoding };

/** The body Next wrote, as bytes; a reader page's without the client runtime. */
function finishedBody(chunks: WrittenChunk[], readerHtml: boolean): Buffer {
  const raw = Buffer.concat(chunks.map(({ chunk, encoding }) => (typeof chunk === "string" ? Buffer.from(chunk, encoding) : chunk)));
  return readerHtml ? withoutClientRuntime(raw) : raw;
}

/** How many gzipped copies are kept, and their bytes: of the site's pages, and of searches. */
export function compressedCopies(): ReturnType<KeptCopies["sizes"]> {
  return copies.sizes();
}

export function acceptsGzip(req: IncomingMessage): boolean {
  return req.method === "GET" && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
}

type WriteCallback = (error?: Error | null) => void;

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
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
      const kept = gzippable && etag !== null ? copies.get(req.url!, etag) : undefined;
      body = kept?.gzipped ?? finishedBody(chunks, readerPage && isReaderHtml(statusCode, type));
      if (gzippable && (kept || body.length >= MIN_BYTES)) {
        if (!kept) {
          body = gzipSync(body, { level: 6 });
          if (etag !== null) copies.add(req.url!, etag, body);
        }
        res.setHeader("content-encoding", "gzip");
        const vary = res.getHeader("vary");
        res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
      }
    }
    const cacheHit = res.getHeader("x-nextjs-cache") === "HIT" && res.getHeader("content-encoding") === "gzip" && !res.hasHeader("set-cookie");
    if (readerPage && okAs === undefined && statusCode === 200 && cacheHit && typeof version === "string" && typeof cacheKey === "string" && !carriesVariedHeader(req, variedHeaderNames(res.getHeader("vary")))) {
      const head = res.getHeaderNames().filter((name) => name !== "content-length" && !headersBeforeNext.has(name));
      const notice = keptPageNotice(decodeURIComponent(cacheKey), version, head);
      if (notice) res.setHeader(KEPT_PAGE_HEADER, notice);
    }
    return sendBody(body);
  }) as typeof res.end;
}
