import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";

// Pencabutan (Pedoman Pemberitaan Media Siber): an editor withdraws a published article with a public
// reason (lib/articles/workflow.ts, `withdraw`). Its address keeps answering, with 410 Gone and a
// notice that states the title, when it was withdrawn and why; the body is not shown. Next cannot
// answer a page with 410, so the server layer sends the address to the notice's route and sets the
// status (lib/server/withdrawn-articles.ts).

export type WithdrawalNotice = { title: string; slug: string; publishedAt: number | null; withdrawnAt: number; reason: string };

const withdrawn = and(eq(articles.status, "withdrawn"), isNull(articles.deletedAt));

function prepareSlugLookup(db: Database) {
  return db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, sql.placeholder("slug")), withdrawn)).prepare();
}

let slugLookup: { db: Database; query: ReturnType<typeof prepareSlugLookup> } | undefined;

/**
 * Whether the article at this slug is withdrawn: asked by the server layer on every article request,
 * so one prepared statement on the slug's unique index (a few microseconds), not a query built anew.
 */
export function isWithdrawnSlug(slug: string): boolean {
  const db = getDb();
  if (slugLookup?.db !== db) slugLookup = { db, query: prepareSlugLookup(db) };
  return slugLookup.query.get({ slug }) !== undefined;
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
