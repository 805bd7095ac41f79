import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { articleCredits, articleHashtags, articleRevisions, articles, hashtags, type Article, type ArticleCredit } from "@/db/schema";
import type { HashtagInput } from "@/lib/hashtags";

/** What article_revisions.snapshot holds: the article row, its credits and hashtags as saved. */
export type RevisionSnapshot = { article: Article; credits: ArticleCredit[]; hashtags: HashtagInput[] };

/** One writer's autosaves with no more than this between them are kept as one revision (the latest text). */
export const AUTOSAVE_COALESCE_MS = 10 * 60_000;

/** The article as it now stands, with its credits and hashtags. */
function currentSnapshot(db: DbExecutor, articleId: number): RevisionSnapshot {
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
  return { article, credits, hashtags: tags };
}

/**
 * Snapshots the article as it now stands under its current version. An autosave replaces the
 * revision of the same writer's previous autosave when nothing came between them (no other save, no
 * workflow move) and it is at most AUTOSAVE_COALESCE_MS old, so a writing session keeps one revision.
 */
export function recordRevision(
  db: DbExecutor,
  articleId: number,
  by: { authorId: number | null; note?: string | null; autosave?: boolean; now?: number },
): void {
  const snapshot = currentSnapshot(db, articleId);
  const now = by.now ?? Date.now();
  const version = snapshot.article.version;
  if (by.autosave && by.authorId !== null) {
    const latest = db
      .select({ id: articleRevisions.id, kind: articleRevisions.kind, authorId: articleRevisions.authorId, version: articleRevisions.version, createdAt: articleRevisions.createdAt })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), ne(articleRevisions.kind, "proposal")))
      .orderBy(desc(articleRevisions.id))
      .get();
    if (
      latest?.kind === "autosave" &&
      latest.authorId === by.authorId &&
      latest.version === version - 1 &&
      now - latest.createdAt <= AUTOSAVE_COALESCE_MS
    ) {
      db.update(articleRevisions).set({ version, snapshot, createdAt: now }).where(eq(articleRevisions.id, latest.id)).run();
      return;
    }
  }
  db.insert(articleRevisions)
    .values({ articleId, version, snapshot, authorId: by.authorId, note: by.note ?? null, kind: by.autosave ? "autosave" : "revision", createdAt: now })
    .run();
}

/** This writer's open proposal on this article, if any. */
export function openProposalOf(db: DbExecutor, articleId: number, authorId: number): { id: number; snapshot: RevisionSnapshot } | undefined {
  const row = db
    .select({ id: articleRevisions.id, snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(
      and(
        eq(articleRevisions.articleId, articleId),
        eq(articleRevisions.authorId, authorId),
        eq(articleRevisions.kind, "proposal"),
        eq(articleRevisions.proposalState, "open"),
      ),
    )
    .get();
  return row && { id: row.id, snapshot: row.snapshot as RevisionSnapshot };
}

/**
 * Stores a writer's proposed change to a published or scheduled article (the article itself is not
 * touched): a new open proposal, or the writer's open one on this article updated.
 */
export function recordProposal(db: DbExecutor, proposal: { articleId: number; authorId: number; baseVersion: number; snapshot: RevisionSnapshot; now: number }): number {
  const open = openProposalOf(db, proposal.articleId, proposal.authorId);
  const values = { version: proposal.baseVersion, snapshot: proposal.snapshot, createdAt: proposal.now };
  if (open) {
    db.update(articleRevisions).set(values).where(eq(articleRevisions.id, open.id)).run();
    return open.id;
  }
  return db
    .insert(articleRevisions)
    .values({ ...values, articleId: proposal.articleId, authorId: proposal.authorId, kind: "proposal", proposalState: "open" })
    .returning({ id: articleRevisions.id })
    .get().id;
}
