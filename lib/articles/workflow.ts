import { and, asc, eq, isNull, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, type Article, type ArticleStatus } from "@/db/schema";
import type { StaffUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/roles";
import { pendingReferences, type ArticleBody } from "@/lib/body/schema";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { recordAudit } from "@/lib/newsroom/audit";
import { NOT_ALLOWED, Refusal } from "@/lib/newsroom/refusal";
import { recordRevision } from "./revisions";
import { articleChangeTags, articlePlacement } from "./stale-pages";

// @NOTE The editorial state machine: the only code that changes `articles.status`. Every move is
// checked against the roles table, refused when illegal or made on a stale version, and recorded as
// a revision and an audit-log entry in the same transaction; the public pages it affects are
// invalidated once that transaction has committed.

/** Where an article stands: its status, or in the trash (a trashed article is never public). */
export type WorkflowState = ArticleStatus | "trashed";

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: "Draf",
  review: "Menunggu tinjauan",
  scheduled: "Terjadwal",
  published: "Terbit",
  withdrawn: "Dicabut",
  trashed: "Tempat sampah",
};

/** Who may make a move: the article's writer (or anyone who may edit others' work), an editor, or only the scheduler. */
type Mover = "writer" | "editor" | "scheduler";

type Rule = {
  from: readonly WorkflowState[];
  to: WorkflowState;
  mover: Mover;
  /** "Anda tidak berhak {infinitive} artikel ini." */
  infinitive: string;
  /** "Artikel ini tidak bisa {passive}" */
  passive: string;
};

const RULES = {
  submit: { from: ["draft"], to: "review", mover: "writer", infinitive: "mengirim", passive: "dikirim ke redaktur" },
  return: { from: ["review"], to: "draft", mover: "editor", infinitive: "mengembalikan", passive: "dikembalikan ke penulis" },
  publish: { from: ["draft", "review", "scheduled"], to: "published", mover: "editor", infinitive: "menerbitkan", passive: "diterbitkan" },
  schedule: { from: ["draft", "review", "scheduled"], to: "scheduled", mover: "editor", infinitive: "menjadwalkan", passive: "dijadwalkan" },
  unschedule: { from: ["scheduled"], to: "draft", mover: "editor", infinitive: "membatalkan jadwal", passive: "dibatalkan jadwalnya" },
  unpublish: { from: ["published"], to: "draft", mover: "editor", infinitive: "menarik", passive: "ditarik dari situs" },
  // Pencabutan (Pedoman Media Siber): the URL stays, answering 410 with the title and the public reason.
  withdraw: { from: ["published"], to: "withdrawn", mover: "editor", infinitive: "mencabut", passive: "dicabut" },
  reinstate: { from: ["withdrawn"], to: "published", mover: "editor", infinitive: "menayangkan kembali", passive: "ditayangkan kembali" },
  trash: { from: ["draft", "review", "scheduled", "published", "withdrawn"], to: "trashed", mover: "editor", infinitive: "membuang", passive: "dibuang ke tempat sampah" },
  restore: { from: ["trashed"], to: "draft", mover: "editor", infinitive: "memulihkan", passive: "dipulihkan" },
  goLive: { from: ["scheduled"], to: "published", mover: "scheduler", infinitive: "menayangkan", passive: "ditayangkan otomatis" },
} as const satisfies Record<string, Rule>;

export type Transition = keyof typeof RULES;
export const TRANSITIONS = Object.keys(RULES) as Transition[];

/** Who is moving the article: a signed-in staff member, or the server itself (scheduler, CLI). */
export type Actor = { kind: "staff"; user: StaffUser } | { kind: "system"; via: "scheduler" | "cli" };

export type TransitionRequest = {
  articleId: number;
  transition: Transition;
  /** The version the mover saw; a move on a newer one is refused. The CLI and scheduler move whatever is current. */
  expectedVersion?: number;
  /** Why an article is sent back to its writer (required there), or a remark kept with the revision. */
  note?: string;
  /** For `schedule`: when the article goes live. */
  scheduledAt?: number;
  /** For `withdraw`: why, as readers read it at the article's address. */
  reason?: string;
};

/** What happened, in the audit log's words: Ghost's getChanges idea, one name per move. */
export type ArticleEvent =
  | "submitted"
  | "returned"
  | "published"
  | "scheduled"
  | "rescheduled"
  | "unscheduled"
  | "unpublished"
  | "withdrawn"
  | "reinstated"
  | "trashed"
  | "restored"
  | "went-live";

const EVENTS: Record<Exclude<Transition, "schedule">, ArticleEvent> = {
  submit: "submitted",
  return: "returned",
  publish: "published",
  unschedule: "unscheduled",
  unpublish: "unpublished",
  withdraw: "withdrawn",
  reinstate: "reinstated",
  trash: "trashed",
  restore: "restored",
  goLive: "went-live",
};

const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
export const MAX_NOTE_LENGTH = 2000;
export const MAX_WITHDRAWAL_REASON_LENGTH = 1000;

export function workflowState(article: Pick<Article, "status" | "deletedAt">): WorkflowState {
  return article.deletedAt == null ? article.status : "trashed";
}

function mayMove(actor: Actor, mover: Mover, article: Pick<Article, "authorId">): boolean {
  if (actor.kind === "system") return true;
  if (mover === "scheduler") return false;
  if (mover === "editor") return can(actor.user.role, "publish");
  return article.authorId === actor.user.id || can(actor.user.role, "editOthersArticles");
}

/** The moves this staff member may make on this article now: what the newsroom offers as buttons. */
export function availableTransitions(user: StaffUser, article: Pick<Article, "status" | "deletedAt" | "authorId">): Transition[] {
  const state = workflowState(article);
  return TRANSITIONS.filter((name) => {
    const rule: Rule = RULES[name];
    return rule.from.includes(state) && mayMove({ kind: "staff", user }, rule.mover, article);
  });
}

function patchFor(transition: Transition, before: Article, request: TransitionRequest, now: number): Partial<Article> {
  switch (transition) {
    case "submit":
      return { status: "review" };
    case "publish":
    case "goLive":
      // A republished article keeps its first publication time; a scheduled one goes out under its scheduled time.
      return {
        status: "published",
        publishedAt: before.publishedAt ?? (transition === "goLive" ? before.scheduledAt : null) ?? now,
        scheduledAt: null,
        scheduledVersion: null,
      };
    case "schedule":
      // The version this move creates is the one that goes out; any later change stops the scheduler.
      return { status: "scheduled", scheduledAt: request.scheduledAt, scheduledVersion: before.version + 1 };
    case "return":
    case "unschedule":
    case "unpublish":
      return { status: "draft", scheduledAt: null, scheduledVersion: null };
    case "withdraw":
      return { status: "withdrawn", withdrawnAt: now, withdrawalReason: request.reason!.trim() };
    case "reinstate":
      return { status: "published", withdrawnAt: null, withdrawalReason: null };
    case "trash":
      return { status: "draft", scheduledAt: null, scheduledVersion: null, withdrawnAt: null, withdrawalReason: null, deletedAt: now };
    case "restore":
      return { deletedAt: null };
  }
}

function checkRequest(request: TransitionRequest, now: number): void {
  const note = request.note?.trim() ?? "";
  if (note.length > MAX_NOTE_LENGTH) throw new Refusal("invalid", `Catatan maksimal ${MAX_NOTE_LENGTH} karakter.`, "note");
  if (request.transition === "return" && !note) throw new Refusal("invalid", "Tulis catatan untuk penulis: apa yang perlu diperbaiki.", "note");
  if (request.transition === "withdraw") {
    const reason = request.reason?.trim() ?? "";
    if (!reason) throw new Refusal("invalid", "Tulis alasan pencabutan: pembaca membacanya di alamat artikel ini.", "reason");
    if (reason.length > MAX_WITHDRAWAL_REASON_LENGTH) throw new Refusal("invalid", `Alasan pencabutan maksimal ${MAX_WITHDRAWAL_REASON_LENGTH} karakter.`, "reason");
  }
  if (request.transition === "schedule") {
    const at = request.scheduledAt;
    if (at === undefined || !Number.isFinite(at)) throw new Refusal("invalid", "Tentukan tanggal dan jam tayang.", "scheduledAt");
    if (at <= now) throw new Refusal("invalid", "Waktu tayang harus di masa depan.", "scheduledAt");
    if (at > now + MAX_SCHEDULE_AHEAD_MS) throw new Refusal("invalid", "Waktu tayang paling lambat satu tahun dari sekarang.", "scheduledAt");
  }
}

/**
 * Moves an article through the workflow, or refuses with a message and changes nothing. The
 * article's version goes up by one; a revision and an audit entry record the move.
 */
export function transitionArticle(actor: Actor, request: TransitionRequest, now = Date.now()): { article: Article; event: ArticleEvent } {
  checkRequest(request, now);
  const rule: Rule = RULES[request.transition];
  const note = request.note?.trim() || null;

  const { after, event } = getDb().transaction((tx) => {
    const before = tx.select().from(articles).where(eq(articles.id, request.articleId)).get();
    if (!before) throw new Refusal("not-found", "Artikel tidak ditemukan; mungkin sudah dihapus.");
    if (!mayMove(actor, rule.mover, before)) {
      throw new Refusal("forbidden", rule.mover === "scheduler" ? NOT_ALLOWED : `Anda tidak berhak ${rule.infinitive} artikel ini.`);
    }
    if (request.expectedVersion !== undefined && request.expectedVersion !== before.version) {
      throw new Refusal(
        "conflict",
        `Artikel ini sudah diubah orang lain sejak Anda membukanya (versi ${before.version}, Anda melihat versi ${request.expectedVersion}). Muat ulang halaman untuk melihat versi terbaru.`,
      );
    }
    const from = workflowState(before);
    if (!rule.from.includes(from)) {
      throw new Refusal("conflict", `Artikel ini tidak bisa ${rule.passive}: statusnya "${STATE_LABELS[from]}".`);
    }

    if (rule.to === "published" || rule.to === "scheduled") {
      const pending = pendingReferences(before.body as ArticleBody);
      if (pending.length) {
        throw new Refusal(
          "conflict",
          `Artikel ini tidak bisa ${rule.passive}: masih ada "Baca juga" yang belum ditautkan (${pending.map((title) => `"${title}"`).join(", ")}). Pilih artikelnya atau hapus bloknya di editor.`,
        );
      }
    }

    const placedBefore = articlePlacement(tx, before);
    const updated = tx
      .update(articles)
      .set({ ...patchFor(request.transition, before, request, now), version: before.version + 1, updatedAt: now })
      .where(and(eq(articles.id, before.id), eq(articles.version, before.version)))
      .returning()
      .get();
    if (!updated) throw new Refusal("conflict", "Artikel ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");

    const event: ArticleEvent = request.transition === "schedule" ? (from === "scheduled" ? "rescheduled" : "scheduled") : EVENTS[request.transition];
    const actorId = actor.kind === "staff" ? actor.user.id : null;
    recordRevision(tx, updated.id, { authorId: actorId, note, now });
    recordAudit(tx, {
      actorId,
      action: `article.${event}`,
      subjectType: "article",
      subjectId: updated.id,
      details: {
        title: updated.title,
        from,
        to: rule.to,
        version: updated.version,
        ...(note && { note }),
        ...(updated.scheduledAt != null && { scheduledAt: updated.scheduledAt }),
        ...(updated.withdrawalReason != null && { reason: updated.withdrawalReason }),
        ...(actor.kind === "system" && { via: actor.via }),
      },
    });
    recordInvalidation(tx, articleChangeTags(placedBefore, articlePlacement(tx, updated)));
    return { after: updated, event };
  });

  applyInvalidations();
  return { article: after, event };
}

/** A due scheduled article the scheduler did not publish because it changed after it was scheduled. */
export type RefusedScheduled = { id: number; version: number; scheduledVersion: number | null };

/**
 * Publishes every scheduled article whose time has come (also those that fell due while the server
 * was down), each exactly as it was scheduled: one whose version moved on since is left scheduled
 * and answered in `refused` (an editor schedules it again to confirm the newer version).
 */
export function publishDueArticles(now = Date.now()): { published: number; refused: RefusedScheduled[] } {
  const due = getDb()
    .select({ id: articles.id, version: articles.version, scheduledVersion: articles.scheduledVersion })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), isNull(articles.deletedAt), lte(articles.scheduledAt, now)))
    .orderBy(asc(articles.scheduledAt))
    .all();
  let published = 0;
  const refused: RefusedScheduled[] = [];
  for (const row of due) {
    if (row.scheduledVersion !== row.version) {
      refused.push(row);
      continue;
    }
    try {
      // The version check also catches a change made between the query and the move.
      transitionArticle({ kind: "system", via: "scheduler" }, { articleId: row.id, transition: "goLive", expectedVersion: row.scheduledVersion }, now);
      published++;
    } catch (error) {
      // Usually someone moved it between the query and the transition; said in the log either way.
      if (!(error instanceof Refusal)) throw error;
      console.warn(`Scheduler: article ${row.id} was not published (${error.reason})`);
    }
  }
  return { published, refused };
}
