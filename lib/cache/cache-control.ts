import type { ServerResponse } from "node:http";

// The one Cache-Control of every public response (pages, feeds, sitemaps, share cards, ads.txt). Our
// own cache is invalidated by tag at once, so a shared cache in front gets a short lifetime: a minute
// fresh, then served stale while it refetches, for as long as Varnish keeps a page in grace
// (deploy/varnish/portal.vcl, 5 minutes).
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** Newsroom pages, previews and anything behind a session. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * ISR pages leave Next with `s-maxage=<revalidate>, stale-while-revalidate=<a year>`: a CDN would
 * serve a page minutes after it was unpublished, and a stale one for a year when the origin is slow.
 * This response gets PUBLIC_CACHE_CONTROL instead.
 */
export function shortenSharedCaching(res: ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = ((name: string, value: number | string | readonly string[]) =>
    setHeader(
      name,
      name.toLowerCase() === "cache-control" && typeof value === "string" && value.startsWith("s-maxage=")
        ? PUBLIC_CACHE_CONTROL
        : value,
    )) as typeof res.setHeader;
}
