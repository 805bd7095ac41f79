import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, categories, media, type ArticleKind } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { shownArticleTags, soft, tags } from "@/lib/cache/tags";

/** What a list of articles shows of each one. Plain data: it crosses the cache's JSON boundary. */
export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  dek: string | null;
  kind: ArticleKind;
  publishedAt: number;
  category: { name: string; slug: string } | null;
  image: { url: string; alt: string; width: number; height: number } | null;
};

export const isPublished = eq(articles.status, "published");

/**
 * The summaries of these articles in the order given, leaving out any that is not published.
 * Lists find their ids on an index first and read the rows here, by primary key.
 */
export function summariesInOrder(ids: readonly number[]): ArticleSummary[] {
  if (ids.length === 0) return [];
  const rows = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      dek: articles.dek,
      kind: articles.kind,
      publishedAt: articles.publishedAt,
      categoryName: categories.name,
      categorySlug: categories.slug,
      imageUrl: media.url,
      imageAlt: media.alt,
      imageWidth: media.width,
      imageHeight: media.height,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(and(inArray(articles.id, [...ids]), isPublished))
    .all();
  const byId = new Map(
    rows.map((row): [number, ArticleSummary] => [
      row.id,
      {
        id: row.id,
        slug: row.slug,
        title: row.title,
        dek: row.dek,
        kind: row.kind,
        publishedAt: row.publishedAt ?? 0,
        category: row.categoryName && row.categorySlug ? { name: row.categoryName, slug: row.categorySlug } : null,
        image: row.imageUrl ? { url: row.imageUrl, alt: row.imageAlt ?? "", width: row.imageWidth ?? 0, height: row.imageHeight ?? 0 } : null,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * summariesInOrder, cached apart from the list that chose the ids: the list's membership is a hard
 * dependency of its page, the cards' text a soft one (tagged per article shown, and by category
 * names, which the cards carry).
 */
export const cachedSummaries = cachedRead("summaries", (ids: number[]) => summariesInOrder(ids), (ids) => [
  ...shownArticleTags(ids),
  soft(tags.categories),
]);
