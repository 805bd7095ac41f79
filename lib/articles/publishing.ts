import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, type Article } from "@/db/schema";
import { invalidateTags } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";

export class ArticleNotFoundError extends Error {}

/** What a change of this article's public visibility or title makes stale. */
export function visibilityTags(article: Pick<Article, "id" | "slug">): string[] {
  return [tags.article(article.id), tags.articleSlug(article.slug), tags.listings, tags.popular];
}

function findArticle(slug: string): Article {
  const article = getDb().select().from(articles).where(eq(articles.slug, slug)).get();
  if (!article) throw new ArticleNotFoundError(`No article with slug "${slug}"`);
  return article;
}

function setStatus(article: Article, status: "draft" | "published", publishedAt: number | null): void {
  getDb()
    .update(articles)
    .set({ status, publishedAt, version: article.version + 1, updatedAt: Date.now() })
    .where(eq(articles.id, article.id))
    .run();
  invalidateTags(visibilityTags(article));
}

/** Takes a published article off the public site (back to draft); its first publish time is kept. */
export function unpublishArticle(slug: string): void {
  const article = findArticle(slug);
  if (article.status !== "published") return;
  setStatus(article, "draft", article.publishedAt);
}

export function publishArticle(slug: string, publishedAt = Date.now()): void {
  const article = findArticle(slug);
  if (article.status === "published") return;
  setStatus(article, "published", article.publishedAt ?? publishedAt);
}
