import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articleCorrections, articles, CORRECTION_KINDS, users, type ArticleCorrection, type CorrectionKind } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { recordAudit } from "@/lib/newsroom/audit";
import { optionalUrlField, requiredText } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";
import { articleChangeTags, articlePlacement } from "./stale-pages";
import { workflowState } from "./workflow";

// @NOTE A correction is a public record beside the text, not an edit of it: it does not bump the
// article's version or record a revision, so an editor open on the article (fixing the text the note
// explains) saves without a conflict, and a restored revision never takes a correction away. It does
// move updated_at, which dateModified, sitemap lastmod and the feeds read.

export const CORRECTION_NOTE_MAX = 2000;

/** How each kind is labelled wherever a reader sees it (page, RSS, JSON-LD). */
export const CORRECTION_KIND_LABELS: Record<CorrectionKind, string> = { koreksi: "Koreksi", ralat: "Ralat", "hak-jawab": "Hak Jawab" };

/**
 * A note as the newsroom writes it: its kind; plain text, 1..2000 characters after trimming (markup
 * is refused, and would be shown as text anyway); and, for a right of reply only, where the reply
 * is published.
 */
export const correctionInputSchema = z
  .object({
    kind: z.enum(CORRECTION_KINDS, { error: "Pilih jenis catatan." }).default("koreksi"),
    note: requiredText(CORRECTION_NOTE_MAX, { multiline: true }),
    replyUrl: optionalUrlField.nullish().transform((url) => url ?? null),
  })
  .refine((input) => input.kind === "hak-jawab" || input.replyUrl === null, {
    error: "Tautan hanya untuk hak jawab.",
    path: ["replyUrl"],
  });
export type CorrectionInput = z.input<typeof correctionInputSchema>;

export type CorrectionView = { id: number; kind: CorrectionKind; note: string; replyUrl: string | null; createdAt: number };
/** "Koreksi", or every kind present in order of first use ("Koreksi dan Hak Jawab"). */
export function correctionsHeading(corrections: readonly Pick<CorrectionView, "kind">[]): string {
  const labels = [...new Set(corrections.map((correction) => CORRECTION_KIND_LABELS[correction.kind]))];
  return labels.length > 1 ? `${labels.slice(0, -1).join(", ")} dan ${labels.at(-1)}` : (labels[0] ?? CORRECTION_KIND_LABELS.koreksi);
}

export type CorrectionRow = CorrectionView & { createdByName: string | null };

/** An article's corrections, oldest first, with who added each one. */
export function listCorrections(articleId: number): CorrectionRow[] {
  return getDb()
    .select({
      id: articleCorrections.id,
      kind: articleCorrections.kind,
      note: articleCorrections.note,
      replyUrl: articleCorrections.replyUrl,
      createdAt: articleCorrections.createdAt,
      createdByName: users.name,
    })
    .from(articleCorrections)
    .leftJoin(users, eq(users.id, articleCorrections.createdBy))
    .where(eq(articleCorrections.articleId, articleId))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all();
}

/** The corrections of these articles, oldest first, by article id (one query, for feeds). */
export function listCorrectionsByArticle(articleIds: readonly number[]): Map<number, CorrectionView[]> {
  const byArticle = new Map<number, CorrectionView[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = getDb()
    .select({
      articleId: articleCorrections.articleId,
      id: articleCorrections.id,
      kind: articleCorrections.kind,
      note: articleCorrections.note,
      replyUrl: articleCorrections.replyUrl,
      createdAt: articleCorrections.createdAt,
    })
    .from(articleCorrections)
    .where(inArray(articleCorrections.articleId, [...articleIds]))
    .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id))
    .all();
  for (const { articleId, ...correction } of rows) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), correction]);
  return byArticle;
}

export function mayCorrect(user: StaffUser): boolean {
  return can(user.role, "publish");
}

/**
 * Adds a dated note (Koreksi, Ralat or Hak Jawab) to a published article (editors and admins only);
 * refused, with nothing changed, otherwise. The note, the new updated_at and an audit entry are
 * written in one transaction; the article's public pages are invalidated after it commits.
 */
export function addCorrection(user: StaffUser, articleId: number, input: CorrectionInput, now = Date.now()): ArticleCorrection {
  if (!mayCorrect(user)) throw new Refusal("forbidden", "Hanya redaktur yang dapat menambahkan koreksi.");
  const parsed = correctionInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Refusal("invalid", issue.message, String(issue.path[0] ?? "note"));
  }

  const correction = getDb().transaction((tx) => {
    const article = tx.select().from(articles).where(eq(articles.id, articleId)).get();
    if (!article) throw new Refusal("not-found", "Artikel tidak ditemukan; mungkin sudah dihapus.");
    if (workflowState(article) !== "published") throw new Refusal("conflict", "Koreksi hanya dapat ditambahkan pada artikel yang sudah terbit.");

    const correction = tx
      .insert(articleCorrections)
      .values({ articleId, ...parsed.data, createdAt: now, createdBy: user.id })
      .returning()
      .get();
    tx.update(articles).set({ updatedAt: now }).where(eq(articles.id, articleId)).run();
    const placement = articlePlacement(tx, article);
    recordInvalidation(tx, articleChangeTags(placement, placement));
    recordAudit(tx, {
      actorId: user.id,
      action: "article.corrected",
      subjectType: "article",
      subjectId: articleId,
      details: { title: article.title, kind: parsed.data.kind, note: parsed.data.note, correctionId: correction.id },
    });
    return correction;
  });

  applyInvalidations();
  return correction;
}
