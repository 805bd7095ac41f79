import type { ServerResponse } from "node:http";

// ISR pages leave Next with `s-maxage=<revalidate>, stale-while-revalidate=<a year>`. A CDN in
// front would then serve a page up to five minutes after it was unpublished, and a stale one for
// a year when the origin is slow. Our own cache is invalidated by tag at once, so shared caches get
// a short lifetime instead: a minute fresh, then refetched in the background.
// The one Cache-Control of every public response (pages, feeds, sitemaps, share cards, ads.txt): served
// stale for as long as Varnish keeps a page in grace (deploy/varnish/portal.vcl, 5 minutes).
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
/** Newsroom pages, previews and anything behind a session. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

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
