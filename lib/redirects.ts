import { and, eq, ne } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, redirects } from "@/db/schema";
import { isPublished } from "@/lib/articles/summaries";
import { cachedRead } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";
import { articlePath } from "@/lib/urls";

// An article keeps answering at every slug it ever had. Each old path points at the article id, not
// at the next slug, so chains collapse by themselves: every old path leads to the current one.

function readArticleRedirect(oldSlug: string): string | null {
  const row = getDb()
    .select({ slug: articles.slug })
    .from(redirects)
    .innerJoin(articles, eq(articles.id, redirects.articleId))
    .where(and(eq(redirects.fromPath, articlePath(oldSlug)), isPublished))
    .get();
  return row && row.slug !== oldSlug ? articlePath(row.slug) : null;
}

/**
 * Where an article that used to live at /berita/<oldSlug> is now, or null (no such slug, or the
 * article is not published). Cached under the old slug's tag and `listings`, which every publish,
 * unpublish and slug change invalidates.
 */
export const findArticleRedirect = cachedRead("article-redirect", readArticleRedirect, (oldSlug) => [
  tags.articleSlug(oldSlug),
  tags.listings,
]);

/**
 * Records that an article left `oldSlug`; call it in the transaction that changed the slug, after the
 * update. Returns the tags to invalidate once that transaction has committed: every old slug of the
 * article, so none keeps serving a cached 404 or an outdated redirect.
 */
export function recordSlugChange(articleId: number, oldSlug: string, db: DbExecutor = getDb()): string[] {
  const current = db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)).get();
  if (!current || current.slug === oldSlug) return [];
  const fromPath = articlePath(oldSlug);
  db.insert(redirects)
    .values({ fromPath, articleId })
    .onConflictDoUpdate({ target: redirects.fromPath, set: { articleId, createdAt: Date.now() } })
    .run();
  // Back at a slug it had before: that path is the article again, not a redirect.
  db.delete(redirects).where(eq(redirects.fromPath, articlePath(current.slug))).run();
  const oldPaths = db
    .select({ fromPath: redirects.fromPath })
    .from(redirects)
    .where(and(eq(redirects.articleId, articleId), ne(redirects.fromPath, fromPath)))
    .all()
    .map((r) => r.fromPath);
  return [...new Set([fromPath, ...oldPaths])].map((path) => tags.articleSlug(path.slice(articlePath("").length)));
}
