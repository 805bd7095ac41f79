import { and, desc, eq, isNotNull, like, ne, or, sql } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import {
  articleCredits,
  articleHashtags,
  articles,
  redirects,
  type ArticleKind,
  type ArticleStatus,
  type CreditRole,
} from "@/db/schema";
import { bodyToPlainText, parseArticleBody, type ArticleBody } from "@/lib/body/schema";
import { ensureHashtags, type HashtagInput } from "@/lib/hashtags";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { articlePath } from "@/lib/urls";
import { recordRevision } from "./revisions";

export type CreditInput = { role: CreditRole } & ({ userId: number; guestName?: null } | { userId?: null; guestName: string });

export type NewArticleInput = {
  title: string;
  slug?: string;
  dek?: string | null;
  body: ArticleBody;
  datelinePlace?: string | null;
  kind?: ArticleKind;
  status: ArticleStatus;
  publishedAt?: number | null;
  scheduledAt?: number | null;
  categoryId?: number | null;
  featuredMediaId?: number | null;
  authorId?: number | null;
  credits?: CreditInput[];
  hashtags?: HashtagInput[];
};

export class ArticleInputError extends Error {}

/**
 * Slugs among `base` and `base-N` whose /berita/ address still redirects to another article than
 * `ownId`: an old (shared, indexed) URL of that article, which a new article must not take over.
 */
export function slugsHeldByOldAddresses(db: DbExecutor, base: string, ownId?: number): string[] {
  const path = articlePath(base);
  return db
    .select({ fromPath: redirects.fromPath })
    .from(redirects)
    .where(
      and(
        or(eq(redirects.fromPath, path), like(redirects.fromPath, `${path}-%`)),
        isNotNull(redirects.articleId),
        ownId === undefined ? undefined : ne(redirects.articleId, ownId),
      ),
    )
    .all()
    .map((row) => row.fromPath.slice(articlePath("").length));
}

/**
 * A slug no other article (than `ownId`) has, now or as an old address: the wanted slug, or it with
 * the first free "-2", "-3"… suffix. `releaseOldAddress` lets the wanted slug itself be taken even if
 * another article's old address redirects from it (an editor's knowing choice; the caller deletes
 * that redirect).
 */
export function uniqueArticleSlug(db: DbExecutor, wanted: string, ownId?: number, options: { releaseOldAddress?: boolean } = {}): string {
  const base = slugify(wanted) || "artikel";
  const live = db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(or(eq(articles.slug, base), like(articles.slug, `${base}-%`)), ownId === undefined ? undefined : ne(articles.id, ownId)))
    .all()
    .map((r) => r.slug);
  const old = slugsHeldByOldAddresses(db, base, ownId).filter((slug) => !(options.releaseOldAddress && slug === base));
  return firstFreeSlug(base, new Set([...live, ...old]));
}

/** Creates an article with its credits and hashtags, and records revision 1, in one transaction. */
export function createArticle(input: NewArticleInput): { id: number; slug: string } {
  const parsed = parseArticleBody(input.body);
  if (!parsed.ok) throw new ArticleInputError(parsed.message);
  const title = input.title.trim();
  if (!title) throw new ArticleInputError("Judul wajib diisi.");
  if (input.status === "published" && input.publishedAt == null) {
    throw new ArticleInputError("Artikel terbit harus punya waktu terbit.");
  }
  if (input.status === "scheduled" && input.scheduledAt == null) {
    throw new ArticleInputError("Artikel terjadwal harus punya waktu tayang.");
  }

  return getDb().transaction((tx) => {
    const now = Date.now();
    const slug = uniqueArticleSlug(tx, input.slug ?? title);
    const listingCopy = { status: input.status, publishedAt: input.publishedAt ?? null };
    const article = tx
      .insert(articles)
      .values({
        slug,
        title,
        dek: input.dek?.trim() || null,
        body: parsed.body,
        bodyText: bodyToPlainText(parsed.body),
        datelinePlace: input.datelinePlace?.trim() || null,
        kind: input.kind,
        ...listingCopy,
        scheduledAt: input.status === "scheduled" ? input.scheduledAt : null,
        scheduledVersion: input.status === "scheduled" ? 1 : null,
        categoryId: input.categoryId ?? null,
        featuredMediaId: input.featuredMediaId ?? null,
        authorId: input.authorId ?? null,
        updatedAt: now,
      })
      .returning()
      .get();

    const hashtagIds = ensureHashtags(tx, input.hashtags ?? []);
    const hashtagRows = (input.hashtags ?? []).flatMap((tag, position) => {
      const hashtagId = hashtagIds.get(tag.slug);
      return hashtagId ? [{ articleId: article.id, hashtagId, position, ...listingCopy }] : [];
    });
    if (hashtagRows.length) tx.insert(articleHashtags).values(hashtagRows).onConflictDoNothing().run();

    const creditRows = (input.credits ?? []).map((credit, position) => ({
      articleId: article.id,
      role: credit.role,
      userId: credit.userId ?? null,
      guestName: credit.userId ? null : credit.guestName?.trim() || null,
      position,
      ...listingCopy,
    }));
    if (creditRows.length) tx.insert(articleCredits).values(creditRows).run();

    recordRevision(tx, article.id, { authorId: input.authorId ?? null });
    return { id: article.id, slug };
  });
}

/** The article a *Baca juga* line names: same title, ignoring case and spacing; a published one first. */
export function findArticleIdByTitle(db: DbExecutor, title: string): number | null {
  const normalized = title.replace(/\s+/g, " ").trim();
  const row = db
    .select({ id: articles.id })
    .from(articles)
    .where(sql`lower(${articles.title}) = lower(${normalized})`)
    .orderBy(sql`${articles.status} = 'published' desc`, desc(articles.publishedAt))
    .get();
  return row?.id ?? null;
}
