import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import {
  articleCredits,
  articleHashtags,
  articles,
  categories,
  hashtags,
  media,
  users,
  type Article,
  type CreditRole,
} from "@/db/schema";
import { mediaIds, relatedArticleIds, type ArticleBody } from "@/lib/body/schema";
import { articlePath } from "@/lib/urls";

// Reads for the public site: nothing here ever returns an article that is not published.

export const PAGE_SIZE = 20;

const isPublished = eq(articles.status, "published");

const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  categoryName: categories.name,
  categorySlug: categories.slug,
  imageUrl: media.url,
  imageAlt: media.alt,
};

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  dek: string | null;
  publishedAt: number;
  categoryName: string | null;
  categorySlug: string | null;
  imageUrl: string | null;
  imageAlt: string | null;
};

function summaries(rows: (Omit<ArticleSummary, "publishedAt"> & { publishedAt: number | null })[]): ArticleSummary[] {
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt ?? 0 }));
}

export function listLatestArticles(limit = PAGE_SIZE): ArticleSummary[] {
  const rows = getDb()
    .select(summaryColumns)
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(isPublished)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
  return summaries(rows);
}

export type HashtagListing = {
  hashtag: { name: string; slug: string; description: string | null };
  articles: ArticleSummary[];
  total: number;
};

export function getHashtagListing(slug: string, limit = PAGE_SIZE): HashtagListing | null {
  const db = getDb();
  const hashtag = db.select().from(hashtags).where(eq(hashtags.slug, slug)).get();
  if (!hashtag) return null;
  const inHashtag = and(eq(articleHashtags.hashtagId, hashtag.id), eq(articleHashtags.status, "published"));
  const rows = db
    .select(summaryColumns)
    .from(articleHashtags)
    .innerJoin(articles, eq(articles.id, articleHashtags.articleId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(inHashtag)
    .orderBy(desc(articleHashtags.publishedAt), desc(articleHashtags.articleId))
    .limit(limit)
    .all();
  const total = db.select({ n: count() }).from(articleHashtags).where(inHashtag).get()?.n ?? 0;
  if (total === 0) return null;
  return { hashtag: { name: hashtag.name, slug: hashtag.slug, description: hashtag.description }, articles: summaries(rows), total };
}

export type ArticleCreditView = { role: CreditRole; name: string; authorSlug: string | null };

export type PublishedArticle = Pick<
  Article,
  "id" | "slug" | "title" | "dek" | "datelinePlace" | "updatedAt"
> & {
  body: ArticleBody;
  publishedAt: number;
  category: { name: string; slug: string } | null;
  image: { url: string; width: number; height: number; alt: string; caption: string | null; credit: string | null } | null;
  credits: ArticleCreditView[];
  hashtags: { name: string; slug: string }[];
  related: Map<number, { title: string; href: string }>;
  bodyImages: Map<number, { src: string; width: number; height: number; alt: string }>;
};

export function getPublishedArticle(slug: string): PublishedArticle | null {
  const db = getDb();
  const article = db.select().from(articles).where(and(eq(articles.slug, slug), isPublished)).get();
  if (!article || article.publishedAt === null) return null;
  const body = article.body as ArticleBody;

  const category = article.categoryId
    ? db.select({ name: categories.name, slug: categories.slug }).from(categories).where(eq(categories.id, article.categoryId)).get() ?? null
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

  const tags = db
    .select({ name: hashtags.name, slug: hashtags.slug })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(eq(articleHashtags.articleId, article.id))
    .orderBy(asc(articleHashtags.position))
    .all();

  const relatedIds = relatedArticleIds(body);
  const related = new Map(
    (relatedIds.length
      ? db
          .select({ id: articles.id, title: articles.title, slug: articles.slug })
          .from(articles)
          .where(and(inArray(articles.id, relatedIds), isPublished))
          .all()
      : []
    ).map((r) => [r.id, { title: r.title, href: articlePath(r.slug) }]),
  );

  const wantedMedia = [...mediaIds(body), ...(article.featuredMediaId ? [article.featuredMediaId] : [])];
  const mediaRows = wantedMedia.length ? db.select().from(media).where(inArray(media.id, wantedMedia)).all() : [];
  const bodyImages = new Map(mediaRows.map((m) => [m.id, { src: m.url, width: m.width, height: m.height, alt: m.alt }]));
  const featured = mediaRows.find((m) => m.id === article.featuredMediaId);

  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    dek: article.dek,
    datelinePlace: article.datelinePlace,
    updatedAt: article.updatedAt,
    publishedAt: article.publishedAt,
    body,
    category,
    image: featured
      ? { url: featured.url, width: featured.width, height: featured.height, alt: featured.alt, caption: featured.caption, credit: featured.credit }
      : null,
    credits,
    hashtags: tags,
    related,
    bodyImages,
  };
}
