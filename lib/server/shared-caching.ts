import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { PAGE_TAGS_HEADER } from "@/lib/cache/page-version.mjs";
import { TAG_HEADERS, tagHeaderValue, type SharedCacheProvider } from "@/lib/cache/shared-cache";
import { PRIVATE_CACHE_CONTROL } from "@/lib/cache/cache-control";

// What a shared cache in front (Varnish, a CDN: lib/cache/shared-cache.ts) may keep, decided as the
// head of each response goes out: a public page or feed keeps its Cache-Control and gets its cache
// tags in that cache's header; the newsroom, /api and any response that sets a cookie are marked
// private whatever they said. A page that read a cookie is already private (Next renders it per
// request, with `private, no-store`), so it never reaches the tag header either.

const NEVER_SHARED = /^\/(redaksi|admin|api)(\/|\?|$)/;

function sharedCacheAllows(cacheControl: string): boolean {
  return /\b(s-maxage|public)\b/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
}

/** Applies the decision to this response's head when it is written, however it is written. */
export function decideSharedCaching(req: IncomingMessage, res: ServerResponse, provider: SharedCacheProvider): void {
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const [first, second] = rest;
    const headers = (typeof first === "string" ? second : first) as OutgoingHttpHeaders | undefined;
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    settle(req, res, provider);
    return typeof first === "string" ? writeHead(statusCode, first) : writeHead(statusCode);
  }) as typeof res.writeHead;
}

function settle(req: IncomingMessage, res: ServerResponse, provider: SharedCacheProvider): void {
  const tagList = res.getHeader(PAGE_TAGS_HEADER);
  res.removeHeader(PAGE_TAGS_HEADER);
  const cacheControl = String(res.getHeader("cache-control") ?? "");
  if (NEVER_SHARED.test(req.url ?? "/") || res.hasHeader("set-cookie")) {
    if (!/\b(private|no-store)\b/.test(cacheControl)) res.setHeader("cache-control", PRIVATE_CACHE_CONTROL);
    return;
  }
  if (typeof tagList !== "string" || !sharedCacheAllows(cacheControl)) return;
  const keys = tagList.split(",").filter(Boolean);
  if (keys.length === 0) return;
  const value = tagHeaderValue(keys, provider);
  // More tags than the header holds: a copy the shared cache keeps could not be purged.
  if (value === null) res.setHeader("cache-control", PRIVATE_CACHE_CONTROL);
  else res.setHeader(TAG_HEADERS[provider].name, value);
}
