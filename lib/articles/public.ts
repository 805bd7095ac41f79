import { and, asc, count, desc, eq, gt, inArray, lt, or, type AnyColumn } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleCredits, articleHashtags, articles, categories, hashtags, media, users, type Article, type CreditRole, type ArticleKind } from "@/db/schema";
import { mediaIds, relatedArticleIds, type ArticleBody } from "@/lib/body/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { shownArticleTags, soft, tags } from "@/lib/cache/tags";
import { currentHour } from "@/lib/time";
import { articlePath } from "@/lib/urls";
import { listCorrectionsByArticle, type CorrectionView } from "./corrections";
import { liveReportOf, type LiveReportView } from "./live-reports";
import { cachedSummaries, isPublished, type ArticleSummary } from "./summaries";

// Reads behind the article page. Nothing here reads an article that is not published (presentArticle
// only shapes a row its caller chose: the newsroom preview).

export type ArticleCreditView = { role: CreditRole; name: string; authorSlug: string | null };
type ArticleImage = { url: string; width: number; height: number; alt: string; caption: string | null; credit: string | null };
type BodyImageView = { id: number; src: string; width: number; height: number; alt: string };

export type PublishedArticle = {
  id: number;
  slug: string;
  title: string;
  dek: string | null;
  /** The newsroom's own <title> and meta description, when it set them. */
  seoTitle: string | null;
  seoDescription: string | null;
  datelinePlace: string | null;
  kind: ArticleKind;
  body: ArticleBody;
  publishedAt: number;
  /** Set only when the article was edited after it went out (see editedAfterPublishing) or corrected. */
  updatedAt: number | null;
  category: { name: string; slug: string } | null;
  image: ArticleImage | null;
  credits: ArticleCreditView[];
  hashtags: { name: string; slug: string }[];
  bodyImages: BodyImageView[];
  /** Articles the body's Baca juga blocks name; resolve them with listArticleLinks. */
  bacaJugaIds: number[];
  /** Koreksi notes, oldest first. */
  corrections: CorrectionView[];
  /** A Live story's entries; null for every other kind. */
  live: LiveReportView | null;
};

/** The body's images by media id, as the body and the lead gallery look them up. */
export function bodyImageMap(article: Pick<PublishedArticle, "bodyImages">): ReadonlyMap<number, BodyImageView> {
  return new Map(article.bodyImages.map((image) => [image.id, image]));
}

/** Saves within this long of publishing (a typo fixed at once) are not worth a "Diperbarui" line. */
const EDIT_GRACE_MS = 10 * 60 * 1000;

/**
 * When a reader should see "Diperbarui": a save clearly after the article was both published and
 * created. An archive article imported today was created long after it was published, and its first
 * save is not an edit.
 */
export function editedAfterPublishing(times: { publishedAt: number; createdAt: number; updatedAt: number }): number | null {
  return times.updatedAt - Math.max(times.publishedAt, times.createdAt) > EDIT_GRACE_MS ? times.updatedAt : null;
}

export const getPublishedArticle = cachedRead(
  "article",
  (slug: string): PublishedArticle | null => {
    const article = getDb().select().from(articles).where(and(eq(articles.slug, slug), isPublished)).get();
    if (!article || article.publishedAt === null) return null;
    return presentArticle({ ...article, publishedAt: article.publishedAt });
  },
  (slug) => [tags.articleSlug(slug)],
);

/** An article row as the article page shows it (the newsroom preview uses it for drafts too). */
export function presentArticle(article: Article & { publishedAt: number }): PublishedArticle {
  const db = getDb();
  const body = article.body as ArticleBody;

  const category = article.categoryId
    ? (db.select({ name: categories.name, slug: categories.slug }).from(categories).where(eq(categories.id, article.categoryId)).get() ?? null)
    : null;

  const credits = db
    .select({ role: articleCredits.role, guestName: articleCredits.guestName, staffName: users.name, staffSlug: users.slug })
    .from(articleCredits)
    .leftJoin(users, eq(users.id, articleCredits.userId))
    .where(eq(articleCredits.articleId, article.id))
    .orderBy(asc(articleCredits.position))
    .all()
    .flatMap(({ role, guestName, staffName, staffSlug }) => {
      const name = staffName ?? guestName;
      return name ? [{ role, name, authorSlug: staffName ? staffSlug : null }] : [];
    });

  const articleHashtagList = db
    .select({ name: hashtags.name, slug: hashtags.slug })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(eq(articleHashtags.articleId, article.id))
    .orderBy(asc(articleHashtags.position))
    .all();

  const live = liveReportOf(db, article);
  // The entries' images and Baca juga are looked up with the body's.
  const documents = [body, ...(live?.entries.map((entry) => entry.body) ?? [])];
  const wantedMedia = [...documents.flatMap(mediaIds), ...(article.featuredMediaId ? [article.featuredMediaId] : [])];
  const mediaRows = wantedMedia.length ? db.select().from(media).where(inArray(media.id, wantedMedia)).all() : [];
  const featured = mediaRows.find((m) => m.id === article.featuredMediaId);
  const corrections = listCorrectionsByArticle([article.id]).get(article.id) ?? [];

  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    datelinePlace: article.datelinePlace,
    kind: article.kind,
    body,
    publishedAt: article.publishedAt,
    // A correction is always news to readers, however soon after publishing it came.
    updatedAt: corrections.length
      ? article.updatedAt
      : editedAfterPublishing({ publishedAt: article.publishedAt, createdAt: article.createdAt, updatedAt: article.updatedAt }),
    category,
    image: featured
      ? { url: featured.url, width: featured.width, height: featured.height, alt: featured.alt, caption: featured.caption, credit: featured.credit }
      : null,
    credits,
    hashtags: articleHashtagList,
    bodyImages: mediaRows.map((m) => ({ id: m.id, src: m.url, width: m.width, height: m.height, alt: m.alt })),
    bacaJugaIds: [...new Set(documents.flatMap(relatedArticleIds))],
    corrections,
    live,
  };
}

export type ArticleLink = { id: number; title: string; href: string };

/**
 * Current titles and URLs of the articles a Baca juga block names; unpublished ones are left out,
 * so their block renders nothing. Soft-tagged per article: a retitle or unpublish of one refreshes
 * every page that links to it.
 */
export const listArticleLinks = cachedRead(
  "article-links",
  (ids: number[]): ArticleLink[] =>
    ids.length === 0
      ? []
      : getDb()
          .select({ id: articles.id, title: articles.title, slug: articles.slug })
          .from(articles)
          .where(and(inArray(articles.id, ids), isPublished))
          .all()
          .map((row) => ({ id: row.id, title: row.title, href: articlePath(row.slug) })),
  (ids) => shownArticleTags(ids),
);

/** How many of each shared hashtag's newest articles are weighed: bounds the work for a hashtag on half the archive. */
const RELATED_CANDIDATES_PER_HASHTAG = 50;
/** A hashtag on more than this share of the newest stories (and on more than COMMON_MIN of them) says nothing of a topic. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 50;
/** How many of the newest published stories are counted: what the newsroom tags nearly everything with now. */
const COMMON_SAMPLE = 5000;

/** The article a Berita Terkait list is for: its hashtags and category name the pools it draws from. */
export type RelatedSubject = Pick<PublishedArticle, "id" | "hashtags" | "category" | "publishedAt">;

/**
 * The hashtags a portal puts on nearly everything (#beritaterkini, its own name): relatedness by
 * them is noise, and a list drawn from them would change with almost every publish. Counted over
 * the newest stories, not the archive: at a million articles a count of every hashtag took 0.4 s,
 * paid by the first page rendered in each hour. Keyed by the hour (lib/time currentHour).
 */
export const listCommonHashtags = cachedRead(
  "common-hashtags",
  (_hour: number): string[] => {
    const db = getDb();
    const newest = db.select({ id: articles.id }).from(articles).where(isPublished).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(COMMON_SAMPLE);
    const sampled = db.select({ n: count() }).from(newest.as("newest")).get()?.n ?? 0;
    return db
      .select({ slug: hashtags.slug })
      .from(articleHashtags)
      .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
      .where(inArray(articleHashtags.articleId, newest))
      .groupBy(articleHashtags.hashtagId)
      .having(gt(count(), Math.max(COMMON_MIN, sampled * COMMON_SHARE)))
      .all()
      .map((row) => row.slug);
  },
  () => [soft(tags.hour)],
);

type PoolSubject = Pick<RelatedSubject, "id" | "publishedAt">;
type Side = "before" | "after";

/** Published before (or after) the subject, ties broken by id. */
function publishedOnSide(side: Side, publishedAt: AnyColumn, articleId: AnyColumn, subject: PoolSubject) {
  const beyond = side === "before" ? lt : gt;
  return or(beyond(publishedAt, subject.publishedAt), and(eq(publishedAt, subject.publishedAt), beyond(articleId, subject.id)));
}

/** The stories on one side of the subject sharing the most of these hashtags, the newest first among equals. */
function rankedByHashtags(subject: PoolSubject, hashtagSlugs: string[], limit: number, side: Side): number[] {
  const db = getDb();
  const candidates = new Map<number, { shared: number; publishedAt: number }>();
  for (const slug of hashtagSlugs) {
    const rows = db
      .select({ id: articleHashtags.articleId, publishedAt: articleHashtags.publishedAt })
      .from(articleHashtags)
      .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
      .where(and(eq(hashtags.slug, slug), eq(articleHashtags.status, "published"), publishedOnSide(side, articleHashtags.publishedAt, articleHashtags.articleId, subject)))
      .orderBy(desc(articleHashtags.publishedAt), desc(articleHashtags.articleId))
      .limit(RELATED_CANDIDATES_PER_HASHTAG)
      .all();
    for (const row of rows) {
      const seen = candidates.get(row.id);
      candidates.set(row.id, { shared: (seen?.shared ?? 0) + 1, publishedAt: row.publishedAt ?? 0 });
    }
  }
  return [...candidates]
    .sort(([idA, a], [idB, b]) => b.shared - a.shared || b.publishedAt - a.publishedAt || idB - idA)
    .map(([id]) => id)
    .slice(0, limit);
}

// Berita Terkait draws first on the stories published before its article, which no publish (always
// the newest story) changes; they are refreshed (soft) only when a story joins or leaves the past:
// a republish, an unpublish, a refiling (lib/articles/stale-pages.ts).
const relatedBeforeIds = cachedRead(
  "related-before",
  (subject: PoolSubject, hashtagSlugs: string[], limit: number): number[] => rankedByHashtags(subject, hashtagSlugs, limit, "before"),
  (_subject, hashtagSlugs) => hashtagSlugs.map((slug) => soft(tags.relatedByHashtag(slug))),
);

// Only a story among the first on its topics has too few before it: it shows the latest on them,
// which every publish on those hashtags changes. Few pages read this, so few pages are refreshed.
const relatedAfterIds = cachedRead(
  "related-after",
  (subject: PoolSubject, hashtagSlugs: string[], limit: number): number[] => rankedByHashtags(subject, hashtagSlugs, limit, "after"),
  (_subject, hashtagSlugs) => hashtagSlugs.map((slug) => soft(tags.relatedLatest(slug))),
);

// Read only when the hashtags do not fill the list: the category's stories from before this one.
const relatedByCategoryIds = cachedRead(
  "related-by-category",
  (subject: PoolSubject, categorySlug: string, limit: number): number[] =>
    getDb()
      .select({ id: articles.id })
      .from(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(and(eq(categories.slug, categorySlug), isPublished, publishedOnSide("before", articles.publishedAt, articles.id, subject)))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(limit)
      .all()
      .map((row) => row.id),
  (_subject, categorySlug) => [soft(tags.relatedByCategory(categorySlug))],
);

/**
 * Berita Terkait: the stories before this one sharing the most of its topical hashtags (the newest
 * first among equals; all its hashtags when none is topical), then, if those are too few, the same
 * ranking after it, then its category's newest before it.
 */
export async function listRelatedArticles(article: RelatedSubject, limit: number): Promise<ArticleSummary[]> {
  const common = new Set(await listCommonHashtags(currentHour()));
  const own = article.hashtags.map((hashtag) => hashtag.slug);
  const topical = own.filter((slug) => !common.has(slug));
  const subject = { id: article.id, publishedAt: article.publishedAt };
  const ranked = topical.length ? topical : own;
  const ids = await relatedBeforeIds(subject, ranked, limit);
  if (ids.length < limit && ranked.length) ids.push(...(await relatedAfterIds(subject, ranked, limit - ids.length)));
  if (ids.length < limit && article.category) {
    for (const id of await relatedByCategoryIds(subject, article.category.slug, limit * 2)) {
      if (ids.length < limit && !ids.includes(id)) ids.push(id);
    }
  }
  return cachedSummaries(ids);
}
