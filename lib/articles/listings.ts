import { and, count, desc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleCredits, articleHashtags, articles, categories, hashtags, media, users } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { PAGE_SIZE, pageCount, pageOffset, type Paginated } from "@/lib/pagination";
import { cachedSummaries, isPublished, summariesInOrder, type ArticleSummary } from "./summaries";

// Listings of published articles, newest first, 20 to a page. Each one reads a covering index:
// the page's ids come from an index-only scan (`LIMIT 20 OFFSET n` walks n index entries, never
// n table rows), then the 20 rows are read by primary key. Page 500 of a 600 000-article hashtag
// costs about 0.3 ms on top of page 1; the count(*) over the same index dominates both.

export type ArticleListing = Paginated<ArticleSummary>;
/** A listing page as cached: which articles, in which order; the cards are read apart (cachedSummaries). */
export type ListingIds = Omit<ArticleListing, "items"> & { ids: number[] };

/** A query as Drizzle builds it: run it, or read its SQL (the tests check its plan). */
type Query<Row> = { all(): Row[]; toSQL(): { sql: string; params: unknown[] } };

/** One listing's covering index: how many entries it has, and the article ids of a slice of it. */
export type ListingIndex = {
  count(): Query<{ n: number }>;
  ids(offset: number, limit: number): Query<{ id: number }>;
};

function readIds(index: ListingIndex, offset: number, limit: number): number[] {
  return index
    .ids(offset, limit)
    .all()
    .map((row) => row.id);
}

export function readListingPage(index: ListingIndex, page: number): ListingIds | null {
  const total = index.count().all()[0]?.n ?? 0;
  const pages = pageCount(total);
  if (page > pages) return null;
  return { ids: readIds(index, pageOffset(page), PAGE_SIZE), total, page, pageCount: pages };
}

/** A cached listing page with its cards. */
export async function withCards(listing: ListingIds | null): Promise<ArticleListing | null> {
  if (!listing) return null;
  const { ids, ...page } = listing;
  return { items: await cachedSummaries(ids), ...page };
}

export const latestIndex: ListingIndex = {
  count: () => getDb().select({ n: count() }).from(articles).where(isPublished),
  ids: (offset, limit) =>
    getDb()
      .select({ id: articles.id })
      .from(articles)
      .where(isPublished)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(limit)
      .offset(offset),
};

export function categoryIndex(categoryId: number): ListingIndex {
  const inCategory = and(eq(articles.categoryId, categoryId), isPublished);
  return {
    count: () => getDb().select({ n: count() }).from(articles).where(inCategory),
    ids: (offset, limit) =>
      getDb()
        .select({ id: articles.id })
        .from(articles)
        .where(inCategory)
        .orderBy(desc(articles.publishedAt), desc(articles.id))
        .limit(limit)
        .offset(offset),
  };
}

// article_hashtags and article_credits carry the article's status and published_at (kept in step
// by a trigger), so these listings never touch the articles table until the 20 rows are read.
export function hashtagIndex(hashtagId: number): ListingIndex {
  const inHashtag = and(eq(articleHashtags.hashtagId, hashtagId), eq(articleHashtags.status, "published"));
  return {
    count: () => getDb().select({ n: count() }).from(articleHashtags).where(inHashtag),
    ids: (offset, limit) =>
      getDb()
        .select({ id: articleHashtags.articleId })
        .from(articleHashtags)
        .where(inHashtag)
        .orderBy(desc(articleHashtags.publishedAt), desc(articleHashtags.articleId))
        .limit(limit)
        .offset(offset),
  };
}

// One person may hold two credits on an article (pewarta and fotografer): DISTINCT keeps one entry
// per article; the index order makes it a streaming DISTINCT, with no temporary b-tree.
export function authorIndex(userId: number): ListingIndex {
  const byAuthor = and(eq(articleCredits.userId, userId), eq(articleCredits.status, "published"));
  const credited = () =>
    getDb().selectDistinct({ publishedAt: articleCredits.publishedAt, id: articleCredits.articleId }).from(articleCredits).where(byAuthor);
  return {
    count: () => getDb().select({ n: count() }).from(credited().as("credited")),
    ids: (offset, limit) => credited().orderBy(desc(articleCredits.publishedAt), desc(articleCredits.articleId)).limit(limit).offset(offset),
  };
}

const latestIds = cachedRead("latest-ids", (limit: number): number[] => readIds(latestIndex, 0, limit), () => [tags.latest]);

export async function listLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return cachedSummaries(await latestIds(limit));
}

/**
 * The newest articles for the not-found page. Next renders that page inside every page (for
 * client-side navigation), so this read carries no tag, or every publish and every edit of a recent
 * story would refresh every page: it is keyed by the minute (`minute`, lib/time currentMinute)
 * instead, and a cached 404 is refreshed after a minute (lib/cache/page-cache-handler.mjs).
 */
export const listLatestForNotFound = cachedRead("latest-for-not-found", (_minute: number, limit: number): ArticleSummary[] =>
  summariesInOrder(readIds(latestIndex, 0, limit)),
);

const latestListing = cachedRead("latest-listing", (page: number) => readListingPage(latestIndex, page), () => [tags.latest]);

export async function getLatestListing(page: number): Promise<ArticleListing | null> {
  return withCards(await latestListing(page));
}

type Listed<Subject> = { listing: ListingIds } & Subject;
type WithCards<Subject> = { listing: ArticleListing } & Subject;

async function listedWithCards<Subject>(listed: Listed<Subject> | null): Promise<WithCards<Subject> | null> {
  if (!listed) return null;
  const listing = await withCards(listed.listing);
  return listing && { ...listed, listing };
}

type CategorySubject = { category: { name: string; slug: string; description: string | null } };
export type CategoryListing = WithCards<CategorySubject>;

const categoryListing = cachedRead(
  "category-listing",
  (slug: string, page: number): Listed<CategorySubject> | null => {
    const category = getDb().select().from(categories).where(eq(categories.slug, slug)).get();
    if (!category) return null;
    const listing = readListingPage(categoryIndex(category.id), page);
    return listing && { category: { name: category.name, slug: category.slug, description: category.description }, listing };
  },
  (slug) => [tags.category(slug)],
);

export async function getCategoryListing(slug: string, page: number): Promise<CategoryListing | null> {
  return listedWithCards(await categoryListing(slug, page));
}

type HashtagSubject = { hashtag: { name: string; slug: string; description: string | null } };
export type HashtagListing = WithCards<HashtagSubject>;

const hashtagListing = cachedRead(
  "hashtag-listing",
  (slug: string, page: number): Listed<HashtagSubject> | null => {
    const hashtag = getDb().select().from(hashtags).where(eq(hashtags.slug, slug)).get();
    if (!hashtag) return null;
    const listing = readListingPage(hashtagIndex(hashtag.id), page);
    if (!listing || listing.total === 0) return null;
    return { hashtag: { name: hashtag.name, slug: hashtag.slug, description: hashtag.description }, listing };
  },
  (slug) => [tags.hashtag(slug)],
);

/** A hashtag that no published article carries has no page. */
export async function getHashtagListing(slug: string, page: number): Promise<HashtagListing | null> {
  return listedWithCards(await hashtagListing(slug, page));
}

type AuthorSubject = { author: { name: string; slug: string; bio: string | null; photo: { url: string; alt: string } | null } };
export type AuthorListing = WithCards<AuthorSubject>;

const authorListing = cachedRead(
  "author-listing",
  (slug: string, page: number): Listed<AuthorSubject> | null => {
    const author = getDb()
      .select({ id: users.id, name: users.name, slug: users.slug, bio: users.bio, active: users.active, photoUrl: media.url, photoAlt: media.alt })
      .from(users)
      .leftJoin(media, eq(media.id, users.photoMediaId))
      .where(eq(users.slug, slug))
      .get();
    if (!author) return null;
    const listing = readListingPage(authorIndex(author.id), page);
    if (!listing || (!author.active && listing.total === 0)) return null;
    return {
      author: {
        name: author.name,
        slug: author.slug,
        bio: author.bio,
        photo: author.photoUrl ? { url: author.photoUrl, alt: author.photoAlt ?? author.name } : null,
      },
      listing,
    };
  },
  (slug) => [tags.author(slug)],
);

/** Active staff have a page even before their first article (the Redaksi roster links to it); former staff only while credited. */
export async function getAuthorListing(slug: string, page: number): Promise<AuthorListing | null> {
  return listedWithCards(await authorListing(slug, page));
}

export type CategoryBlock = { category: { name: string; slug: string }; articles: ArticleSummary[] };

// Every publish changes `latest`, and a block is the newest of its category: so `latest` is the
// blocks' membership tag too, without one tag per category on the home page.
const categoryBlockIds = cachedRead(
  "category-blocks",
  (perCategory: number) =>
    getDb()
      .select({ id: categories.id, name: categories.name, slug: categories.slug })
      .from(categories)
      .orderBy(categories.position, categories.name)
      .all()
      .map((category) => ({ category: { name: category.name, slug: category.slug }, ids: readIds(categoryIndex(category.id), 0, perCategory) }))
      .filter((block) => block.ids.length > 0),
  () => [tags.latest, soft(tags.categories)],
);

/** The home page's block per category, in navigation order; categories with nothing published are left out. */
export async function listCategoryBlocks(perCategory: number): Promise<CategoryBlock[]> {
  const blocks = await categoryBlockIds(perCategory);
  const cards = await cachedSummaries(blocks.flatMap((block) => block.ids));
  const byId = new Map(cards.map((card) => [card.id, card]));
  return blocks
    .map(({ category, ids }) => ({ category, articles: ids.flatMap((id) => byId.get(id) ?? []) }))
    .filter((block) => block.articles.length > 0);
}
