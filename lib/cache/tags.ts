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
  /** Membership of the listings over every published article: home, Terkini, the site feed. */
  latest: "latest",
  sitemaps: "sitemaps",
  search: "search",
  trending: "trending",
  /** Membership of the most-read list (it changes with the hour; an unpublish takes an article out). */
  popular: "popular",
  /** Where old article addresses lead: changes when an article with old addresses moves or leaves. */
  articleRedirects: "article-redirects",
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  /** A hashtag's listing pages and feed. */
  hashtag: (slug: string) => `tag:${slug}`,
  /** A category's listing pages and feed. */
  category: (slug: string) => `category:${slug}`,
  /** An author's listing pages. */
  author: (slug: string) => `author:${slug}`,
  /** The articles that Berita Terkait draws from: a hashtag's newest. */
  relatedByHashtag: (slug: string) => `related-tag:${slug}`,
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
