import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { articleCredits, articleHashtags, categories, hashtags, redirects, users, type Article } from "@/db/schema";
import { isSponsored } from "@/lib/articles/kinds";
import { articlePageTags, soft, tags } from "@/lib/cache/tags";
import { wibDay, wibMonth } from "@/lib/time";

// What a change to one article makes stale. An article page is about its article (hard); listings
// are about their membership and order (hard); everything that only shows an article beside
// (cards, Berita Terkait, Terpopuler, Baca juga titles, search snippets) is soft. See lib/cache/tags.ts.

/** Where an article appears for readers: read inside the change's transaction, before and after it. */
export type ArticlePlacement = {
  id: number;
  slug: string;
  published: boolean;
  /** Withdrawn: its address shows the withdrawal notice (lib/articles/withdrawals.ts). */
  withdrawn: boolean;
  /** Sponsored content, which the news sitemap leaves out (lib/articles/kinds.ts). */
  sponsored: boolean;
  publishedAt: number | null;
  categorySlug: string | null;
  hashtagSlugs: string[];
  /** Staff credited on it (author pages); guest bylines have none. */
  authorSlugs: string[];
  hasOldAddresses: boolean;
};

export function articlePlacement(db: DbExecutor, article: Pick<Article, "id" | "slug" | "status" | "kind" | "publishedAt" | "categoryId">): ArticlePlacement {
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
    withdrawn: article.status === "withdrawn",
    sponsored: isSponsored(article.kind),
    publishedAt: article.publishedAt,
    categorySlug,
    hashtagSlugs,
    authorSlugs,
    hasOldAddresses,
  };
}

/**
 * The listings an article is a member of while published: their pages and feeds; and, softly, the
 * Indeks's links to the days before and after with news.
 */
function membershipTags(placement: ArticlePlacement): string[] {
  return [
    tags.latest,
    soft(tags.latest),
    tags.sitemaps,
    ...sitemapMonthTags(placement),
    ...(placement.publishedAt === null ? [] : [tags.dayIndex(wibDay(placement.publishedAt))]),
    ...(placement.categorySlug ? [tags.category(placement.categorySlug)] : []),
    ...placement.hashtagSlugs.map((slug) => tags.hashtag(slug)),
    ...placement.authorSlugs.map((slug) => tags.author(slug)),
  ];
}

/** The articles sitemap that lists it: its publication month's. */
function sitemapMonthTags(placement: ArticlePlacement): string[] {
  return placement.publishedAt === null ? [] : [tags.sitemapMonth(wibMonth(placement.publishedAt))];
}

/** The pools Berita Terkait draws from: stories published before the page's own. */
function relatedPoolTags(placement: ArticlePlacement): string[] {
  return [
    ...placement.hashtagSlugs.map((slug) => soft(tags.relatedByHashtag(slug))),
    ...(placement.categorySlug ? [soft(tags.relatedByCategory(placement.categorySlug))] : []),
  ];
}

/** The latest stories on its hashtags, which the first stories of a topic show in Berita Terkait. */
function latestOnTopicTags(placement: ArticlePlacement): string[] {
  return placement.hashtagSlugs.map((slug) => soft(tags.relatedLatest(slug)));
}

/**
 * Other stories already follow it: a republished story, or a scheduled one that went out late. A
 * story published just now is the newest, so it is in no other page's Berita Terkait.
 */
const RELATED_JOIN_MARGIN_MS = 1000;
function joinsThePast(placement: ArticlePlacement): boolean {
  return placement.publishedAt !== null && placement.publishedAt < Date.now() - RELATED_JOIN_MARGIN_MS;
}

function ownPageTags(placement: ArticlePlacement): string[] {
  return [...articlePageTags([placement]), ...(placement.hasOldAddresses ? [tags.articleRedirects] : [])];
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The cache tags a change from `before` to `after` makes stale (null: the article did not exist, or
 * no longer does). Nothing unless either side is published or withdrawn.
 */
export function articleChangeTags(before: ArticlePlacement | null, after: ArticlePlacement | null): string[] {
  const wasPublic = before?.published ? before : null;
  const isPublic = after?.published ? after : null;
  const stale: string[] = [];
  // The withdrawal notice at its address comes and goes with the withdrawal.
  for (const side of [before, after]) if (side?.withdrawn) stale.push(...ownPageTags(side));
  if (wasPublic) stale.push(...ownPageTags(wasPublic), soft(tags.article(wasPublic.id)));
  if (isPublic) stale.push(...ownPageTags(isPublic), soft(tags.article(isPublic.id)));

  if (isPublic && !wasPublic) {
    // Published (or republished): it joins its listings, may join search results and the latest on its hashtags.
    stale.push(...membershipTags(isPublic), ...latestOnTopicTags(isPublic), soft(tags.search), soft(tags.trending));
    if (joinsThePast(isPublic)) stale.push(...relatedPoolTags(isPublic));
  } else if (wasPublic && !isPublic) {
    // Unpublished or trashed: gone from its listings and every search result at once; Berita Terkait fills its place.
    stale.push(...membershipTags(wasPublic), ...relatedPoolTags(wasPublic), ...latestOnTopicTags(wasPublic), tags.search, tags.popular, soft(tags.popular), soft(tags.trending), tags.takedown);
  } else if (wasPublic && isPublic) {
    // Edited while live: its own page; the lists showing it refresh softly (soft article tag above).
    stale.push(soft(tags.search), soft(tags.sitemaps), ...sitemapMonthTags(isPublic).map(soft));
    if (wasPublic.slug !== isPublic.slug) stale.push(tags.sitemaps, ...sitemapMonthTags(isPublic));
    if (wasPublic.sponsored !== isPublic.sponsored) stale.push(tags.sitemaps);
    // A new publication time moves it within every listing (and perhaps to another month's sitemap).
    if (wasPublic.publishedAt !== isPublic.publishedAt) stale.push(...membershipTags(wasPublic), ...membershipTags(isPublic));
    const refiled =
      wasPublic.categorySlug !== isPublic.categorySlug ||
      !sameList(wasPublic.hashtagSlugs, isPublic.hashtagSlugs) ||
      !sameList(wasPublic.authorSlugs, isPublic.authorSlugs);
    if (refiled) {
      // It left some listings and joined others.
      const left = membershipTags(wasPublic);
      const joined = membershipTags(isPublic);
      stale.push(...left.filter((tag) => !joined.includes(tag)), ...joined.filter((tag) => !left.includes(tag)), soft(tags.latest));
      stale.push(...relatedPoolTags(wasPublic), ...relatedPoolTags(isPublic), ...latestOnTopicTags(wasPublic), ...latestOnTopicTags(isPublic), soft(tags.trending));
    }
  }
  return [...new Set(stale)];
}
