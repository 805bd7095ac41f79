// Cache-Control for a CDN in front of the portal. The origin drops a page the moment it changes;
// a CDN may keep it this long (s-maxage) and serve it stale while it fetches a new copy.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=600";
/** Newsroom pages, previews and anything behind a session. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";
