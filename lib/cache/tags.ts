// Every cache tag name comes from here, so readers cache under exactly the names writers invalidate.
export const tags = {
  /** On every public read: invalidating it empties the whole public cache (seed, imports). */
  site: "site",
  settings: "settings",
  /** Any listing of published articles (home, terkini, category, author, hashtag, related, search, feeds). */
  listings: "listings",
  popular: "popular",
  staticPages: "static-pages",
  article: (id: number) => `article:${id}`,
  articleSlug: (slug: string) => `article-slug:${slug}`,
  hashtag: (slug: string) => `tag:${slug}`,
  category: (slug: string) => `category:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const;

/** Past this many articles, dropping their pages one by one is worse than emptying the cache once. */
export const ARTICLE_TAG_LIMIT = 500;

/** The tags of these articles' own pages; `site` when there are more than ARTICLE_TAG_LIMIT (read at most one more row to know). */
export function articlePageTags(rows: readonly { id: number; slug: string }[]): string[] {
  if (rows.length > ARTICLE_TAG_LIMIT) return [tags.site];
  return rows.flatMap((row) => [tags.article(row.id), tags.articleSlug(row.slug)]);
}
