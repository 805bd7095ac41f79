import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleCredits, articleHashtags, articles, categories, hashtags, media, users, type ArticleKind, type CreditRole } from "@/db/schema";
import { listCorrectionsByArticle, type CorrectionView } from "@/lib/articles/corrections";
import { isPublished } from "@/lib/articles/summaries";
import { mediaIds, relatedArticleIds, type ArticleBody } from "@/lib/body/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { shownArticleTags, soft, tags } from "@/lib/cache/tags";
import { findCategoryRedirect, findHashtagRedirect } from "@/lib/redirects";
import { getSiteSettings, type SiteSettings } from "@/lib/settings";
import { isValidHashtagSlug, isValidSlug } from "@/lib/text/slug";
import { categoryFeedPath, categoryPath, hashtagFeedPath, hashtagPath, homePath, siteFeedPath } from "@/lib/urls";

// Reads for the RSS feeds. Published articles only; results are plain JSON (they are cached).

export const FEED_SIZE = 50;

export type FeedScope = { kind: "site" } | { kind: "category"; slug: string } | { kind: "hashtag"; slug: string };

export type FeedChannel = {
  site: SiteSettings;
  /** What the feed follows: "" for the whole site, a category name, "#tagar". */
  subject: string;
  description: string;
  /** The page the feed mirrors ("/", "/kategori/nasional", "/tag/jakarta"). */
  pagePath: string;
  feedPath: string;
  /** The newest published articles, newest first. */
  articleIds: number[];
};

export type FeedArticle = {
  id: number;
  slug: string;
  title: string;
  dek: string | null;
  body: ArticleBody;
  bodyText: string;
  datelinePlace: string | null;
  kind: ArticleKind;
  publishedAt: number;
  updatedAt: number;
  category: { name: string; slug: string } | null;
  hashtags: { name: string; slug: string }[];
  credits: { role: CreditRole; name: string; authorSlug: string | null }[];
  image: { url: string; width: number; height: number; alt: string; mimeType: string } | null;
  /** Published articles the body's "Baca juga" blocks name. */
  related: { id: number; title: string; slug: string }[];
  /** Media the body's image blocks show. */
  bodyImages: { id: number; url: string; width: number; height: number; alt: string }[];
  /** Koreksi notes, oldest first. */
  corrections: CorrectionView[];
};


export function feedPath(scope: FeedScope): string {
  switch (scope.kind) {
    case "site":
      return siteFeedPath();
    case "category":
      return categoryFeedPath(scope.slug);
    case "hashtag":
      return hashtagFeedPath(scope.slug);
  }
}

/** Where the feed of a category or hashtag that moved (new slug, or merged) is now; null when it did not move. */
export async function findFeedRedirect(scope: FeedScope): Promise<string | null> {
  if (scope.kind === "site" || !isValidFeedScope(scope)) return null;
  const to = scope.kind === "category" ? await findCategoryRedirect(scope.slug) : await findHashtagRedirect(scope.slug);
  // The page's path plus "/rss.xml" is the feed's, for both kinds (lib/urls.ts).
  return to && `${to}/rss.xml`;
}

/** False for a slug no category or hashtag could have: answered 404 without a read. */
export function isValidFeedScope(scope: FeedScope): boolean {
  if (scope.kind === "category") return isValidSlug(scope.slug);
  if (scope.kind === "hashtag") return isValidHashtagSlug(scope.slug);
  return true;
}

function readFeedChannel(scope: FeedScope): FeedChannel | null {
  const db = getDb();
  const site = getSiteSettings();
  const newest = (where: ReturnType<typeof and>) =>
    db
      .select({ id: articles.id })
      .from(articles)
      .where(where)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(FEED_SIZE)
      .all()
      .map((row) => row.id);

  if (scope.kind === "site") {
    return { site, subject: "", description: site.tagline || site.name, pagePath: homePath(), feedPath: feedPath(scope), articleIds: newest(isPublished) };
  }
  if (scope.kind === "category") {
    const category = db.select().from(categories).where(eq(categories.slug, scope.slug)).get();
    if (!category) return null;
    return {
      site,
      subject: category.name,
      description: category.description || `Berita ${category.name} terbaru dari ${site.name}`,
      pagePath: categoryPath(category.slug),
      feedPath: feedPath(scope),
      articleIds: newest(and(isPublished, eq(articles.categoryId, category.id))),
    };
  }
  const hashtag = db.select().from(hashtags).where(eq(hashtags.slug, scope.slug)).get();
  if (!hashtag) return null;
  // The listing copies in article_hashtags keep this on one index, as the hashtag page does.
  const articleIds = db
    .select({ id: articleHashtags.articleId })
    .from(articleHashtags)
    .where(and(eq(articleHashtags.hashtagId, hashtag.id), eq(articleHashtags.status, "published")))
    .orderBy(desc(articleHashtags.publishedAt), desc(articleHashtags.articleId))
    .limit(FEED_SIZE)
    .all()
    .map((row) => row.id);
  // Like the hashtag page: a hashtag with no published article does not exist for readers.
  if (articleIds.length === 0) return null;
  return {
    site,
    subject: `#${hashtag.name}`,
    description: hashtag.description || `Berita dengan tagar #${hashtag.name} dari ${site.name}`,
    pagePath: hashtagPath(hashtag.slug),
    feedPath: feedPath(scope),
    articleIds,
  };
}

/** The feed's membership: the same tag as the listing page it mirrors. */
function scopeTags(scope: FeedScope): string[] {
  const membership = scope.kind === "category" ? tags.category(scope.slug) : scope.kind === "hashtag" ? tags.hashtag(scope.slug) : tags.latest;
  return [membership];
}

/** The feed's channel and the ids of its newest articles; null for an unknown category or hashtag. */
export const getFeedChannel = cachedRead("feed-channel", readFeedChannel, scopeTags);

function readFeedArticles(ids: number[]): FeedArticle[] {
  if (ids.length === 0) return [];
  const db = getDb();
  const rows = db
    .select({
      article: articles,
      categoryName: categories.name,
      categorySlug: categories.slug,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(inArray(articles.id, ids), isPublished))
    .all();

  const creditRows = db
    .select({ articleId: articleCredits.articleId, role: articleCredits.role, guestName: articleCredits.guestName, staffName: users.name, staffSlug: users.slug })
    .from(articleCredits)
    .leftJoin(users, eq(users.id, articleCredits.userId))
    .where(inArray(articleCredits.articleId, ids))
    .orderBy(asc(articleCredits.articleId), asc(articleCredits.position))
    .all();

  const hashtagRows = db
    .select({ articleId: articleHashtags.articleId, name: hashtags.name, slug: hashtags.slug })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(inArray(articleHashtags.articleId, ids))
    .orderBy(asc(articleHashtags.articleId), asc(articleHashtags.position))
    .all();

  const bodies = new Map(rows.map(({ article }) => [article.id, article.body as ArticleBody]));
  const wantedMedia = new Set<number>();
  const wantedRelated = new Set<number>();
  for (const { article } of rows) {
    if (article.featuredMediaId) wantedMedia.add(article.featuredMediaId);
    for (const id of mediaIds(bodies.get(article.id)!)) wantedMedia.add(id);
    for (const id of relatedArticleIds(bodies.get(article.id)!)) wantedRelated.add(id);
  }
  const mediaById = new Map(
    (wantedMedia.size ? db.select().from(media).where(inArray(media.id, [...wantedMedia])).all() : []).map((m) => [m.id, m]),
  );
  const relatedById = new Map(
    (wantedRelated.size
      ? db
          .select({ id: articles.id, title: articles.title, slug: articles.slug })
          .from(articles)
          .where(and(inArray(articles.id, [...wantedRelated]), isPublished))
          .all()
      : []
    ).map((r) => [r.id, r]),
  );

  const corrections = listCorrectionsByArticle(ids);

  const byId = new Map(
    rows.map(({ article, categoryName, categorySlug }): [number, FeedArticle] => {
      const body = bodies.get(article.id)!;
      const featured = article.featuredMediaId ? mediaById.get(article.featuredMediaId) : undefined;
      return [
        article.id,
        {
          id: article.id,
          slug: article.slug,
          title: article.title,
          dek: article.dek,
          body,
          bodyText: article.bodyText,
          datelinePlace: article.datelinePlace,
          kind: article.kind,
          publishedAt: article.publishedAt ?? article.updatedAt,
          updatedAt: article.updatedAt,
          category: categoryName && categorySlug ? { name: categoryName, slug: categorySlug } : null,
          hashtags: hashtagRows.filter((h) => h.articleId === article.id).map(({ name, slug }) => ({ name, slug })),
          credits: creditRows
            .filter((c) => c.articleId === article.id)
            .flatMap(({ role, guestName, staffName, staffSlug }) => {
              const name = staffName ?? guestName;
              return name ? [{ role, name, authorSlug: staffName ? staffSlug : null }] : [];
            }),
          image: featured
            ? { url: featured.url, width: featured.width, height: featured.height, alt: featured.alt, mimeType: featured.mimeType }
            : null,
          related: relatedArticleIds(body).flatMap((id) => {
            const related = relatedById.get(id);
            return related ? [related] : [];
          }),
          bodyImages: mediaIds(body).flatMap((id) => {
            const m = mediaById.get(id);
            return m ? [{ id: m.id, url: m.url, width: m.width, height: m.height, alt: m.alt }] : [];
          }),
          corrections: corrections.get(article.id) ?? [],
        },
      ];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The feed items, in the order of `ids`; an edit of one refreshes every feed it is in (soft). */
export const getFeedArticles = cachedRead("feed-articles", readFeedArticles, (ids) => [...shownArticleTags(ids), soft(tags.categories)]);
