// Every cache tag name comes from here, so readers cache under exactly the names writers invalidate.
//
// A tag is *hard* when it names what a page is about (an article's own text, a listing's membership
// and order): once it is invalidated, no request is answered from an entry older than that. A *soft*
// tag (`soft(tag)`) names what a page only shows beside (Berita Terkait, Terpopuler, Tagar Populer,
// Baca juga titles, cards' titles): its page is served stale while one background render refreshes
// it (lib/cache/page-cache-handler.mjs). See the README's "Caching" section.

export const tags = {
  /** On every public read: invalidating it empties the whole public cache (seed, imports, site settings). */
  site: "site",
  /** The category list and names, as the navigation and the home page's blocks show them. */
  categories: "categories",
  staticPages: "static-pages",
  /** The curated front page (lib/articles/front-page.ts): hard on the home page; its breaking banner, soft on every other page. */
  frontPage: "front-page",
  /** /ads.txt, kept in the settings apart from what pages show. */
  adsTxt: "ads-txt",
  /** One ad slot's configuration: the pages that have that slot, and its snippet document. */
  adSlot: (placement: string) => `ad-slot:${placement}`,
  /** Membership of the listings over every published article: home, Terkini, the site feed. */
  latest: "latest",
  /** Which URLs the sitemaps list (the index, the news sitemap, the listing sitemaps). */
  sitemaps: "sitemaps",
  /** The Indeks of one WIB day ("2026-05-04"), in all rubrik and in each. */
  dayIndex: (day: string) => `index-day:${day}`,
  /** The articles sitemap of one WIB month ("2026-05") and its line in the index. */
  sitemapMonth: (month: string) => `sitemap-month:${month}`,
  search: "search",
  trending: "trending",
  /** Membership of the most-read list (it changes with the hour; an unpublish takes an article out). */
  popular: "popular",
  /**
   * Used soft only, on reads keyed by the hour (Terpopuler, Tagar Populer, the common hashtags): it
   * expires by itself when an hour begins (lib/cache/page-cache-handler.mjs), so their pages are
   * refreshed in the background then, and no page needs a short revalidate period for them.
   */
  hour: "hour",
  /** Where old article addresses lead: changes when an article with old addresses moves or leaves. */
  articleRedirects: "article-redirects",
  /**
   * Recorded with every change that takes a published article off the site (unpublish, trash,
   * withdrawal): no article page rendered before it is served in the grace after a hard change
   * (lib/cache/page-cache-handler.mjs, which names it itself).
   */
  takedown: "takedown",
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** A hashtag's listing pages and feed. */
  hashtag: (slug: string) => `tag:${slug}`,
  /** A category's listing pages and feed. */
  category: (slug: string) => `category:${slug}`,
  /** An author's listing pages. */
  author: (slug: string) => `author:${slug}`,
  /** The stories Berita Terkait draws from: a hashtag's, then a category's, published before the page's own. */
  relatedByHashtag: (slug: string) => `related-tag:${slug}`,
  /** A hashtag's latest stories, which Berita Terkait shows on the first stories of a topic. */
  relatedLatest: (slug: string) => `related-latest:${slug}`,
  relatedByCategory: (slug: string) => `related-category:${slug}`,
} as const;

const SOFT_PREFIX = "~";

/** The soft form of a tag: what carries it is refreshed in the background, not dropped. */
export function soft(tag: string): string {
  return `${SOFT_PREFIX}${tag}`;
}

export function isSoft(tag: string): boolean {
  return tag.startsWith(SOFT_PREFIX);
}

/** Soft tags for the articles a list or link block shows: a retitle or unpublish of one refreshes it. */
export function shownArticleTags(ids: Iterable<number>): string[] {
  return [...new Set(ids)].map((id) => soft(tags.article(id)));
}

/** Past this many articles, dropping their pages one by one is worse than emptying the cache once. */
export const ARTICLE_TAG_LIMIT = 500;

/** The tags of these articles' own pages; `site` when there are more than ARTICLE_TAG_LIMIT (read at most one more row to know). */
export function articlePageTags(rows: readonly { id: number; slug: string }[]): string[] {
  if (rows.length > ARTICLE_TAG_LIMIT) return [tags.site];
  return rows.flatMap((row) => [tags.article(row.id), tags.articleSlug(row.slug)]);
}
