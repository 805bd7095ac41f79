// The header a cached page's (or a route answer's: a feed, a sitemap) stored value carries its
// version in: a hash of its HTML (or body) and tags, taken once per render by
// lib/cache/page-cache-handler.mjs. Next copies a cached value's headers onto each
// response served from it; lib/server/gzip-response.ts turns it into the response's ETag and keys
// the page's gzipped copy by it. Next's own ETag (next.config.ts `generateEtags: false`) hashed the
// whole HTML of every response anew: about a tenth of the CPU of a cached article request.
export const PAGE_VERSION_HEADER = "x-page-version";

// The cache tags of a stored page or route answer, for a shared cache in front: lib/server/shared-
// caching.ts turns it into that cache's tag header (xkey, Surrogate-Key or Cache-Tag), or drops it.
export const PAGE_TAGS_HEADER = "x-page-cache-tags";

// The key a cached page is stored under (its route's path, which a rewrite may have made of the URL):
// lib/server/gzip-response.ts reads by it what the page's freshness depends on, for the front (lib/server/front.ts).
// URI-encoded: a search's key holds the query as typed, and a header value takes no such characters.
export const PAGE_KEY_HEADER = "x-page-cache-key";
