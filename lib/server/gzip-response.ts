import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { pageCacheBudget } from "@/lib/cache/budget.mjs";
import { isReaderHtml, withoutClientRuntime } from "./reader-pages";

// @NOTE Next gzips every response anew and keeps nothing, which halves the throughput of a page
// served from its cache (caching-findings.md). So Next's compression is off and this layer gzips
// instead: a response that carries an ETag (a cached page, a static file) is compressed once and
// kept, keyed by path + ETag, so a page served a thousand times is compressed once. The query is
// not in the key, and only a URL without one (or with just `page`) adds a copy: `?r=<random>` on an
// article finds the article's copy, and a loop of random searches cannot push the site out.

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;
const MIN_BYTES = 1024;
const MAX_CACHE_BYTES = pageCacheBudget().gzip;

const compressedByKey = new Map<string, Buffer>();
let cachedBytes = 0;

function remember(key: string, body: Buffer): void {
  compressedByKey.set(key, body);
  cachedBytes += body.length;
  for (const [oldKey, oldBody] of compressedByKey) {
    if (cachedBytes <= MAX_CACHE_BYTES) break;
    compressedByKey.delete(oldKey);
    cachedBytes -= oldBody.length;
  }
}

/** The key a response's gzipped copy is kept under, and whether this URL may add one. */
function copyKey(url: string, etag: string): { key: string; mayAdd: boolean } {
  const { pathname, searchParams } = new URL(url, "http://localhost");
  const keys = [...searchParams.keys()];
  return { key: `${pathname} ${etag}`, mayAdd: keys.length === 0 || (keys.length === 1 && keys[0] === "page") };
}

/** The gzipped copy of a response; `finished` makes the body to send, only when no copy is kept. */
function compressed(url: string | undefined, etag: string | null, finished: () => Buffer): Buffer {
  if (!url || !etag) return gzipSync(finished(), { level: 6 });
  const { key, mayAdd } = copyKey(url, etag);
  const known = compressedByKey.get(key);
  if (known) {
    compressedByKey.delete(key);
    compressedByKey.set(key, known);
    return known;
  }
  const fresh = gzipSync(finished(), { level: 6 });
  if (mayAdd) remember(key, fresh);
  return fresh;
}

/** How many gzipped copies are kept, and their bytes. */
export function compressedCopies(): { count: number; bytes: number } {
  return { count: compressedByKey.size, bytes: cachedBytes };
}

export function acceptsGzip(req: IncomingMessage): boolean {
  return req.method === "GET" && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
}

type Chunk = string | Uint8Array;
type WriteCallback = (error?: Error | null) => void;

function toBuffer(chunk: Chunk, encoding?: BufferEncoding): Buffer {
  return typeof chunk === "string" ? Buffer.from(chunk, encoding) : Buffer.from(chunk);
}

/**
 * Holds back the response Next writes and sends it once it is complete: gzipped when `gzip`, and a
 * reader page without Next's client runtime when `readerPage` (reader-pages.ts). Next streams even
 * cached pages in a few writes; buffering them costs nothing the reader would notice.
 */
export function finishWhenComplete(req: IncomingMessage, res: ServerResponse, { gzip, readerPage }: { gzip: boolean; readerPage: boolean }): void {
  const chunks: Buffer[] = [];
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
    const encoding = typeof encodingOrCallback === "string" ? encodingOrCallback : undefined;
    chunks.push(toBuffer(chunk, encoding));
    (typeof encodingOrCallback === "function" ? encodingOrCallback : callback)?.();
    return true;
  }) as typeof res.write;

  res.end = ((chunk?: Chunk | (() => void), encodingOrCallback?: BufferEncoding | (() => void), callback?: () => void) => {
    if (chunk && typeof chunk !== "function") {
      chunks.push(toBuffer(chunk, typeof encodingOrCallback === "string" ? encodingOrCallback : undefined));
    }
    const done = [chunk, encodingOrCallback, callback].find((arg): arg is () => void => typeof arg === "function");
    const statusCode = pendingHead?.statusCode ?? res.statusCode;
    let body: Buffer = Buffer.concat(chunks);

    const type = String(res.getHeader("content-type") ?? "");
    const raw = body;
    const finished = readerPage && isReaderHtml(statusCode, type) ? () => withoutClientRuntime(raw) : () => raw;
    if (gzip && statusCode === 200 && body.length >= MIN_BYTES && COMPRESSIBLE.test(type) && !res.getHeader("content-encoding")) {
      const etag = res.getHeader("etag");
      body = compressed(req.url, etag ? String(etag) : null, finished);
      res.setHeader("content-encoding", "gzip");
      const vary = res.getHeader("vary");
      res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    } else {
      body = finished();
    }
    if (!res.headersSent) res.setHeader("content-length", body.length);
    // Node's own end() writes the head through res.writeHead, so the originals go back first.
    Object.assign(res, send);
    if (pendingHead) res.writeHead(pendingHead.statusCode, pendingHead.statusMessage);
    return res.end(body, done);
  }) as typeof res.end;
}
