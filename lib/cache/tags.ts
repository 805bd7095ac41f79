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
