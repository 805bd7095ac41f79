import { asc, eq } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { articleCredits, articleHashtags, articleRevisions, articles, hashtags, type Article, type ArticleCredit } from "@/db/schema";
import type { HashtagInput } from "@/lib/hashtags";

/** What article_revisions.snapshot holds: the article row, its credits and hashtags as saved. */
export type RevisionSnapshot = { article: Article; credits: ArticleCredit[]; hashtags: HashtagInput[] };

/** Snapshots the article as it now stands (with its credits and hashtags) under its current version. */
export function recordRevision(db: DbExecutor, articleId: number, by: { authorId: number | null; note?: string | null }): void {
  const article = db.select().from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new Error(`recordRevision: no article ${articleId}`);
  const credits = db.select().from(articleCredits).where(eq(articleCredits.articleId, articleId)).orderBy(asc(articleCredits.position)).all();
  const tags = db
    .select({ name: hashtags.name, slug: hashtags.slug })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(eq(articleHashtags.articleId, articleId))
    .orderBy(asc(articleHashtags.position))
    .all();
  db.insert(articleRevisions)
    .values({ articleId, version: article.version, snapshot: { article, credits, hashtags: tags } satisfies RevisionSnapshot, authorId: by.authorId, note: by.note ?? null })
    .run();
}
