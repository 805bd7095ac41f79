import { and, eq, inArray, isNotNull, ne } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, categories, hashtags, redirects } from "@/db/schema";
import { isPublished } from "@/lib/articles/summaries";
import { cachedRead } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";
import { articlePath, categoryPath, hashtagPath } from "@/lib/urls";

// An article, category or hashtag keeps answering at every slug it ever had. Each old path points at
// the id, not at the next slug, so chains collapse by themselves: every old path leads to the current one.

type RedirectKind = "article" | "category" | "hashtag";

const KINDS = {
  article: { column: redirects.articleId, path: articlePath, tag: tags.articleSlug },
  category: { column: redirects.categoryId, path: categoryPath, tag: tags.category },
  hashtag: { column: redirects.hashtagId, path: hashtagPath, tag: tags.hashtag },
} as const;

function target(kind: RedirectKind, id: number) {
  return { articleId: kind === "article" ? id : null, categoryId: kind === "category" ? id : null, hashtagId: kind === "hashtag" ? id : null };
}

/**
 * Records that the `kind` with this id moved from `oldSlug` to `newSlug`; call it in the transaction
 * that made the move. Returns the tags to invalidate once that transaction has committed: every old
 * slug of it, so none keeps serving a cached 404 or an outdated redirect.
 */
function recordMove(db: DbExecutor, kind: RedirectKind, id: number, oldSlug: string, newSlug: string): string[] {
  if (oldSlug === newSlug) return [];
  const { column, path, tag } = KINDS[kind];
  const fromPath = path(oldSlug);
  db.insert(redirects)
    .values({ fromPath, ...target(kind, id) })
    .onConflictDoUpdate({ target: redirects.fromPath, set: { ...target(kind, id), createdAt: Date.now() } })
    .run();
  // Back at a slug it had before (or one another had): that path is live again, not a redirect.
  releaseOldPath(db, kind, newSlug);
  const oldPaths = db
    .select({ fromPath: redirects.fromPath })
    .from(redirects)
    .where(and(eq(column, id), ne(redirects.fromPath, fromPath)))
    .all()
    .map((r) => r.fromPath);
  return [...new Set([fromPath, ...oldPaths])].map((p) => tag(p.slice(path("").length)));
}

/** A path that used to redirect is taken by a live page again; answers the tag its cached redirect is under. */
export function releaseOldPath(db: DbExecutor, kind: RedirectKind, slug: string): string {
  const { path, tag } = KINDS[kind];
  db.delete(redirects).where(eq(redirects.fromPath, path(slug))).run();
  return tag(slug);
}

/** The tags of every old path that leads to this category or hashtag: to invalidate when it is deleted (its redirects go with it). */
export function redirectTagsOf(db: DbExecutor, kind: Exclude<RedirectKind, "article">, id: number): string[] {
  const { column, path, tag } = KINDS[kind];
  return db
    .select({ fromPath: redirects.fromPath })
    .from(redirects)
    .where(eq(column, id))
    .all()
    .map((r) => tag(r.fromPath.slice(path("").length)));
}

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
 * article is not published). Cached under the old slug's tag and `article-redirects`, which a
 * publish, unpublish or slug change of an article that has old addresses invalidates.
 */
export const findArticleRedirect = cachedRead("article-redirect", readArticleRedirect, (oldSlug) => [
  tags.articleSlug(oldSlug),
  tags.articleRedirects,
]);

/** Records that an article left `oldSlug`; call it in the transaction that changed the slug, after the update. */
export function recordSlugChange(articleId: number, oldSlug: string, db: DbExecutor = getDb()): string[] {
  const current = db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)).get();
  return current ? recordMove(db, "article", articleId, oldSlug, current.slug) : [];
}

/** Where the category that used to live at /kategori/<oldSlug> is now, or null. Cached under the old slug's tag. */
export const findCategoryRedirect = cachedRead(
  "category-redirect",
  (oldSlug: string): string | null => {
    const row = getDb()
      .select({ slug: categories.slug })
      .from(redirects)
      .innerJoin(categories, eq(categories.id, redirects.categoryId))
      .where(eq(redirects.fromPath, categoryPath(oldSlug)))
      .get();
    return row && row.slug !== oldSlug ? categoryPath(row.slug) : null;
  },
  (oldSlug) => [tags.category(oldSlug)],
);

/** Where the hashtag that used to live at /tag/<oldSlug> is now (renamed, or merged into another), or null. */
export const findHashtagRedirect = cachedRead(
  "hashtag-redirect",
  (oldSlug: string): string | null => {
    const row = getDb()
      .select({ slug: hashtags.slug })
      .from(redirects)
      .innerJoin(hashtags, eq(hashtags.id, redirects.hashtagId))
      .where(eq(redirects.fromPath, hashtagPath(oldSlug)))
      .get();
    return row && row.slug !== oldSlug ? hashtagPath(row.slug) : null;
  },
  (oldSlug) => [tags.hashtag(oldSlug)],
);

/**
 * The hashtags that these slugs moved to (renamed, or merged into another): slug -> hashtag id, for
 * slugs that have a redirect. Lets a merged tag typed again land on the hashtag it became.
 */
export function hashtagsMovedFrom(db: DbExecutor, slugs: readonly string[]): Map<string, number> {
  if (slugs.length === 0) return new Map();
  const rows = db
    .select({ fromPath: redirects.fromPath, hashtagId: redirects.hashtagId })
    .from(redirects)
    .where(and(inArray(redirects.fromPath, slugs.map(hashtagPath)), isNotNull(redirects.hashtagId)))
    .all();
  return new Map(rows.map((row) => [row.fromPath.slice(hashtagPath("").length), row.hashtagId!]));
}

/** Records a category's slug change (in its transaction); returns the tags to invalidate after commit. */
export function recordCategorySlugChange(db: DbExecutor, categoryId: number, oldSlug: string, newSlug: string): string[] {
  return recordMove(db, "category", categoryId, oldSlug, newSlug);
}

/**
 * Records that hashtag `fromId` (at `oldSlug`) now lives on as hashtag `toId` at `newSlug`: a rename
 * when the ids are equal, a merge otherwise. A merged hashtag's own old paths follow it to the
 * target; call this before deleting it, or its redirects go with it.
 */
export function recordHashtagMove(db: DbExecutor, move: { fromId: number; toId: number; oldSlug: string; newSlug: string }): string[] {
  if (move.fromId !== move.toId) db.update(redirects).set({ hashtagId: move.toId }).where(eq(redirects.hashtagId, move.fromId)).run();
  return recordMove(db, "hashtag", move.toId, move.oldSlug, move.newSlug);
}
