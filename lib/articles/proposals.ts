import { and, desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { articleRevisions, articles, users, type ProposalState } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/newsroom/audit";
import { getNewsroomArticle } from "@/lib/articles/newsroom";
import { requiredText } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";
import { saveArticle, snapshotForm, type SaveResult } from "./editor";
import type { RevisionSnapshot } from "./revisions";
import { MAX_NOTE_LENGTH } from "./workflow";

// @NOTE Proposed changes (usulan perubahan): a contributor's or reporter's save on a published or
// scheduled article is stored by saveArticle as a proposal revision and leaves the article alone.
// Here editors apply one (a normal save of its text, by them) or reject it with a note the writer reads.

export type ProposalRow = {
  id: number;
  articleId: number;
  articleTitle: string;
  /** The version it was written on. */
  baseVersion: number;
  state: ProposalState;
  authorId: number | null;
  authorName: string | null;
  createdAt: number;
  reviewNote: string | null;
  reviewerName: string | null;
  reviewedAt: number | null;
};

const reviewer = alias(users, "reviewer");

function proposalRows() {
  return getDb()
    .select({
      id: articleRevisions.id,
      articleId: articleRevisions.articleId,
      articleTitle: articles.title,
      baseVersion: articleRevisions.version,
      state: articleRevisions.proposalState,
      authorId: articleRevisions.authorId,
      authorName: users.name,
      createdAt: articleRevisions.createdAt,
      reviewNote: articleRevisions.reviewNote,
      reviewerName: reviewer.name,
      reviewedAt: articleRevisions.reviewedAt,
    })
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .leftJoin(reviewer, eq(reviewer.id, articleRevisions.reviewedBy))
    .$dynamic();
}

const asRow = (row: Omit<ProposalRow, "state"> & { state: ProposalState | null }): ProposalRow => ({ ...row, state: row.state ?? "open" });

/** Open proposals for the dashboard: every one for editors, a writer's own otherwise; oldest first. */
export function listOpenProposals(viewer: StaffUser, limit = 20): ProposalRow[] {
  return proposalRows()
    .where(
      and(
        eq(articleRevisions.kind, "proposal"),
        eq(articleRevisions.proposalState, "open"),
        can(viewer.role, "changeLiveArticles") ? undefined : eq(articleRevisions.authorId, viewer.id),
      ),
    )
    .orderBy(articleRevisions.createdAt)
    .limit(limit)
    .all()
    .map(asRow);
}

/**
 * An article's proposals as this viewer may see them, newest first: editors see every open one and
 * the reviewed ones; a writer sees their own (so a rejection's note reaches them).
 */
export function listArticleProposals(viewer: StaffUser, articleId: number, limit = 10): ProposalRow[] {
  getNewsroomArticle(viewer, articleId);
  return proposalRows()
    .where(
      and(
        eq(articleRevisions.articleId, articleId),
        eq(articleRevisions.kind, "proposal"),
        can(viewer.role, "changeLiveArticles") ? undefined : eq(articleRevisions.authorId, viewer.id),
      ),
    )
    .orderBy(desc(articleRevisions.createdAt), desc(articleRevisions.id))
    .limit(limit)
    .all()
    .map(asRow);
}

/** One proposal with its text, for someone who may see it (an editor, or its writer). */
export function getProposal(viewer: StaffUser, articleId: number, proposalId: number): ProposalRow & { snapshot: RevisionSnapshot } {
  getNewsroomArticle(viewer, articleId);
  const row = proposalRows()
    .where(and(eq(articleRevisions.id, proposalId), eq(articleRevisions.articleId, articleId), eq(articleRevisions.kind, "proposal")))
    .get();
  if (!row || (!can(viewer.role, "changeLiveArticles") && row.authorId !== viewer.id)) throw new Refusal("not-found", "Usulan perubahan tidak ditemukan.");
  const { snapshot } = getDb().select({ snapshot: articleRevisions.snapshot }).from(articleRevisions).where(eq(articleRevisions.id, proposalId)).get()!;
  return { ...asRow(row), snapshot: snapshot as RevisionSnapshot };
}

function openProposal(user: StaffUser, articleId: number, proposalId: number) {
  assertCan(user, "changeLiveArticles");
  const proposal = getProposal(user, articleId, proposalId);
  if (proposal.state !== "open") throw new Refusal("conflict", "Usulan ini sudah ditinjau.");
  return proposal;
}

const stillOpen = (proposalId: number) =>
  and(eq(articleRevisions.id, proposalId), eq(articleRevisions.kind, "proposal"), eq(articleRevisions.proposalState, "open"));

/**
 * Applies a proposal as the editor's own save of its text (slug included): the version check
 * against the version the editor compared with, a revision, an audit entry, the cache. A save the
 * article has moved past answers `conflict` and the proposal stays open.
 */
export function applyProposal(editor: StaffUser, request: { articleId: number; proposalId: number; version: number }, now = Date.now()): SaveResult {
  const proposal = openProposal(editor, request.articleId, request.proposalId);
  return saveArticle(
    editor,
    { articleId: request.articleId, version: request.version, slug: proposal.snapshot.article.slug, ...snapshotForm(proposal.snapshot) },
    {
      now,
      note: `Usulan perubahan dari ${proposal.authorName ?? "penulis"} diterapkan.`,
      auditAction: "article.proposal-applied",
      alsoInTransaction: (tx) => {
        const marked = tx
          .update(articleRevisions)
          .set({ proposalState: "applied", reviewedBy: editor.id, reviewedAt: now })
          .where(stillOpen(request.proposalId))
          .returning({ id: articleRevisions.id })
          .get();
        if (!marked) throw new Refusal("conflict", "Usulan ini baru saja ditinjau redaktur lain.");
      },
    },
  );
}

export const reviewNoteField = requiredText(MAX_NOTE_LENGTH, { multiline: true });

/** Rejects a proposal with a note for its writer; the article is not touched. */
export function rejectProposal(editor: StaffUser, request: { articleId: number; proposalId: number; note: string }, now = Date.now()): void {
  const note = reviewNoteField.safeParse(request.note);
  if (!note.success) throw new Refusal("invalid", note.error.issues[0]?.message ?? "Tulis catatan untuk penulis.", "note");
  const proposal = openProposal(editor, request.articleId, request.proposalId);
  getDb().transaction((tx) => {
    const marked = tx
      .update(articleRevisions)
      .set({ proposalState: "rejected", reviewNote: note.data, reviewedBy: editor.id, reviewedAt: now })
      .where(stillOpen(request.proposalId))
      .returning({ id: articleRevisions.id })
      .get();
    if (!marked) throw new Refusal("conflict", "Usulan ini baru saja ditinjau redaktur lain.");
    recordAudit(tx, {
      actorId: editor.id,
      action: "article.proposal-rejected",
      subjectType: "article",
      subjectId: request.articleId,
      details: { title: proposal.articleTitle, proposalId: proposal.id, writer: proposal.authorName, note: note.data },
    });
  });
}
