// Public URL paths, in one place so pages, feeds and sitemaps agree.
export const homePath = () => "/";
export const articlePath = (slug: string) => `/berita/${slug}`;
export const hashtagPath = (slug: string) => `/tag/${slug}`;
export const categoryPath = (slug: string) => `/kategori/${slug}`;
export const authorPath = (slug: string) => `/penulis/${slug}`;
export const latestPath = () => "/terkini";
export const popularPath = () => "/terpopuler";
export const staticPagePath = (slug: string) => `/halaman/${slug}`;
export const DAY_INDEX_PATH = "/indeks";
/** The Indeks of a WIB day ("2026-05-04"), in all rubrik or in one. */
export const dayIndexPath = (day: string, rubrikSlug?: string | null) => `${DAY_INDEX_PATH}/${day}${rubrikSlug ? `/${rubrikSlug}` : ""}`;
export const siteFeedPath = () => "/rss.xml";
export const hashtagFeedPath = (slug: string) => `/tag/${slug}/rss.xml`;
export const categoryFeedPath = (slug: string) => `/kategori/${slug}/rss.xml`;
/** A withdrawn article's notice: served at the article's own address (lib/server/withdrawn-articles.ts). */
export const WITHDRAWAL_NOTICE_PATH = "/pencabutan";
/** The reader site's not-found page as a route of its own (lib/server/not-found-pages.ts); it always answers 404. */
export const NOT_FOUND_PAGE_PATH = "/tidak-ditemukan";
export const withdrawalNoticeRoute = (slug: string) => `${WITHDRAWAL_NOTICE_PATH}/${slug}`;
export const articleViewPixelPath = (articleId: number) => `/api/views/${articleId}`;
/** The document an ad slot's network snippet runs in (lib/ads/snippet-document.ts). */
export const adDocumentPath = (placement: string) => `/iklan/${placement}`;

/** Page `page` of a paginated listing: the listing's own path for page 1, `?page=N` after that. */
export function listingPagePath(listingPath: string, page: number): string {
  return page <= 1 ? listingPath : `${listingPath}?page=${page}`;
}

export const SEARCH_PAGE_PATH = "/cari";

/** Longest query text a results page shows (and caches under); the search uses at most 8 words of it. */
export const SEARCH_QUERY_MAX = 200;

/**
 * Where /cari?q=…&page=… is served from (lib/server/search-route.ts): a path, so the results page is cached per query like a
 * listing page. `page` goes as given; the route refuses a malformed one with a 404. Null when there
 * is nothing to search, or the text would be a "." or ".." segment (which URLs resolve away).
 */
export function searchResultsRoute(query: string, page: string): string | null {
  const text = query.trim().slice(0, SEARCH_QUERY_MAX);
  if (text === "" || text === "." || text === "..") return null;
  return `/cari/hasil/${encodeURIComponent(page)}/${encodeURIComponent(text)}`;
}

export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `${SEARCH_PAGE_PATH}?${params}`;
}
