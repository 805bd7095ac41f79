import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, categories, users, type ArticleStatus } from "@/db/schema";
import { paragraphsToBody, type PlainBodyBlock } from "@/lib/body/schema";
import { hashtagSlug, slugify } from "@/lib/text/slug";
import { createArticle, type CreditInput } from "./store";

// Builders for tests of the public reads: articles, categories and staff on a fresh test database.

export function addCategory(name: string): number {
  return getDb().insert(categories).values({ name, slug: slugify(name) }).returning({ id: categories.id }).get().id;
}

export function addStaff(name: string, options: { active?: boolean; role?: "contributor" | "reporter" | "editor" | "admin" } = {}): number {
  return getDb()
    .insert(users)
    .values({ name, slug: slugify(name), email: `${slugify(name)}@contoh.example`, role: options.role ?? "reporter", passwordHash: "x", active: options.active ?? true })
    .returning({ id: users.id })
    .get().id;
}

export type TestArticle = {
  title: string;
  publishedAt: number;
  status?: ArticleStatus;
  dek?: string;
  paragraphs?: string[];
  bacaJuga?: number[];
  categoryId?: number;
  hashtags?: string[];
  credits?: CreditInput[];
};

export function addArticle(article: TestArticle): { id: number; slug: string } {
  const status = article.status ?? "published";
  const blocks: PlainBodyBlock[] = [
    ...(article.paragraphs ?? [`Isi berita ${article.title}.`]).map((text) => ({ kind: "paragraph" as const, text })),
    ...(article.bacaJuga ?? []).map((articleId) => ({ kind: "relatedArticle" as const, articleId, pendingTitle: null })),
  ];
  return createArticle({
    title: article.title,
    dek: article.dek,
    body: paragraphsToBody(blocks),
    status,
    publishedAt: status === "published" ? article.publishedAt : null,
    scheduledAt: status === "scheduled" ? article.publishedAt : null,
    categoryId: article.categoryId,
    hashtags: (article.hashtags ?? []).map((name) => ({ name, slug: hashtagSlug(name) })),
    credits: article.credits,
  });
}

/** Takes an article off the site the way the database sees it (the trigger updates the listing copies). */
export function setStatus(id: number, status: ArticleStatus): void {
  getDb().update(articles).set({ status }).where(eq(articles.id, id)).run();
}
