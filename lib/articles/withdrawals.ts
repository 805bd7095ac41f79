import { and, eq, isNull } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { onInvalidationsApplied } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";

// Pencabutan (Pedoman Pemberitaan Media Siber): an editor withdraws a published article with a public
// reason (lib/articles/workflow.ts, `withdraw`). Its address keeps answering, with 410 Gone and a
// notice that states the title, when it was withdrawn and why; the body is not shown. Next cannot
// answer a page with 410, so the server layer sends the address to the notice's route and sets the
// status (lib/server/withdrawn-articles.ts).

export type WithdrawalNotice = { title: string; slug: string; publishedAt: number | null; withdrawnAt: number; reason: string };

const withdrawn = and(eq(articles.status, "withdrawn"), isNull(articles.deletedAt));

let withdrawnSlugs: { db: Database; slugs: Set<string> } | undefined;

function readWithdrawnSlugs(db: Database): Set<string> {
  return new Set(db.select({ slug: articles.slug }).from(articles).where(withdrawn).all().map((row) => row.slug));
}

/**
 * Whether the article at this slug is withdrawn: asked by the server layer on every article request
 * (a query each was a sixth of a cached article's CPU), so answered from memory. The withdrawn slugs
 * are read again whenever this process applies an invalidation: withdrawing, reinstating, trashing
 * or restoring an article invalidates its tags in the same transaction, so a change made by any
 * process is followed within the invalidation poll (lib/cache/invalidation.ts).
 */
export function isWithdrawnSlug(slug: string): boolean {
  const db = getDb();
  if (withdrawnSlugs?.db !== db) {
    // Listening first: an invalidation committed before the read below is in what it reads.
    onInvalidationsApplied(() => {
      if (withdrawnSlugs?.db === db) withdrawnSlugs.slugs = readWithdrawnSlugs(db);
    });
    withdrawnSlugs = { db, slugs: readWithdrawnSlugs(db) };
  }
  return withdrawnSlugs.slugs.has(slug);
}

/** What readers are told at a withdrawn article's address; null when it is not withdrawn. */
export const getWithdrawalNotice = cachedRead(
  "withdrawal-notice",
  (slug: string): WithdrawalNotice | null => {
    const row = getDb()
      .select({ title: articles.title, slug: articles.slug, publishedAt: articles.publishedAt, withdrawnAt: articles.withdrawnAt, reason: articles.withdrawalReason })
      .from(articles)
      .where(and(eq(articles.slug, slug), withdrawn))
      .get();
    if (!row || row.withdrawnAt === null || row.reason === null) return null;
    return { ...row, withdrawnAt: row.withdrawnAt, reason: row.reason };
  },
  (slug) => [tags.articleSlug(slug)],
);
