import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { articleCredits, articleHashtags, categories, hashtags, redirects, users, type Article } from "@/db/schema";
import { soft, tags } from "@/lib/cache/tags";

// What a change to one article makes stale. An article page is about its article (hard); listings
// are about their membership and order (hard); everything that only shows an article beside
// (cards, Berita Terkait, Terpopuler, Baca juga titles, search snippets) is soft. See lib/cache/tags.ts.

/** Where an article appears for readers: read inside the change's transaction, before and after it. */
export type ArticlePlacement = {
  id: number;
  slug: string;
  published: boolean;
  publishedAt: number | null;
  categorySlug: string | null;
  hashtagSlugs: string[];
  /** Staff credited on it (author pages); guest bylines have none. */
  authorSlugs: string[];
  hasOldAddresses: boolean;
};

export function articlePlacement(db: DbExecutor, article: Pick<Article, "id" | "slug" | "status" | "publishedAt" | "categoryId">): ArticlePlacement {
  const categorySlug = article.categoryId
    ? (db.select({ slug: categories.slug }).from(categories).where(eq(categories.id, article.categoryId)).get()?.slug ?? null)
    : null;
  const hashtagSlugs = db
    .select({ slug: hashtags.slug })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(eq(articleHashtags.articleId, article.id))
    .orderBy(asc(hashtags.slug))
    .all()
    .map((row) => row.slug);
  const authorSlugs = db
    .selectDistinct({ slug: users.slug })
    .from(articleCredits)
    .innerJoin(users, eq(users.id, articleCredits.userId))
    .where(eq(articleCredits.articleId, article.id))
    .orderBy(asc(users.slug))
    .all()
    .map((row) => row.slug);
  const hasOldAddresses = !!db.select({ id: redirects.id }).from(redirects).where(eq(redirects.articleId, article.id)).get();
  return {
    id: article.id,
    slug: article.slug,
    published: article.status === "published",
    publishedAt: article.publishedAt,
    categorySlug,
    hashtagSlugs,
    authorSlugs,
    hasOldAddresses,
  };
}

/** The listings an article is a member of while published: their pages and feeds. */
function membershipTags(placement: ArticlePlacement): string[] {
  return [
    tags.latest,
    tags.sitemaps,
    ...(placement.categorySlug ? [tags.category(placement.categorySlug)] : []),
    ...placement.hashtagSlugs.map((slug) => tags.hashtag(slug)),
    ...placement.authorSlugs.map((slug) => tags.author(slug)),
  ];
}

/** The pools Berita Terkait draws from, which a newly published article joins. */
function relatedPoolTags(placement: ArticlePlacement): string[] {
  return placement.hashtagSlugs.map((slug) => soft(tags.relatedByHashtag(slug)));
}

function ownPageTags(placement: ArticlePlacement): string[] {
  return [tags.article(placement.id), tags.articleSlug(placement.slug), ...(placement.hasOldAddresses ? [tags.articleRedirects] : [])];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The cache tags a change from `before` to `after` makes stale (null: the article did not exist, or
 * no longer does). Nothing unless either side is published.
 */
export function articleChangeTags(before: ArticlePlacement | null, after: ArticlePlacement | null): string[] {
  const wasPublic = before?.published ? before : null;
  const isPublic = after?.published ? after : null;
  const stale: string[] = [];
  if (wasPublic) stale.push(...ownPageTags(wasPublic), soft(tags.article(wasPublic.id)));
  if (isPublic) stale.push(...ownPageTags(isPublic), soft(tags.article(isPublic.id)));

  if (isPublic && !wasPublic) {
    // Published (or republished): it joins its listings, may join search results and Berita Terkait.
    stale.push(...membershipTags(isPublic), ...relatedPoolTags(isPublic), soft(tags.search), soft(tags.trending));
  } else if (wasPublic && !isPublic) {
    // Unpublished or trashed: gone from its listings and every search result at once.
    stale.push(...membershipTags(wasPublic), tags.search, tags.popular, soft(tags.popular), soft(tags.trending));
  } else if (wasPublic && isPublic) {
    // Edited while live: its own page; the lists showing it refresh softly (soft article tag above).
    stale.push(soft(tags.search), soft(tags.sitemaps));
    if (wasPublic.slug !== isPublic.slug) stale.push(tags.sitemaps);
    const refiled =
      wasPublic.categorySlug !== isPublic.categorySlug ||
      !sameList(wasPublic.hashtagSlugs, isPublic.hashtagSlugs) ||
      !sameList(wasPublic.authorSlugs, isPublic.authorSlugs);
    if (refiled) {
      // It left some listings and joined others.
      const left = membershipTags(wasPublic);
      const joined = membershipTags(isPublic);
      stale.push(...left.filter((tag) => !joined.includes(tag)), ...joined.filter((tag) => !left.includes(tag)));
      stale.push(...relatedPoolTags(wasPublic), ...relatedPoolTags(isPublic), soft(tags.trending));
    }
  }
  return [...new Set(stale)];
}
