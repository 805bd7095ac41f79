import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleHashtags, articleRevisions, articles, auditLog, USER_ROLES, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, makeArticle, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { articleFormSchema, saveArticle } from "./editor";
import { publishDueArticles, transitionArticle, TRANSITIONS, workflowState, type Transition, type TransitionRequest, type WorkflowState } from "./workflow";

// The workflow as the issue and the roles table describe it, written out independently of the code.
const LEGAL_FROM: Record<Transition, WorkflowState[]> = {
  submit: ["draft"],
  return: ["review"],
  publish: ["draft", "review", "scheduled"],
  schedule: ["draft", "review", "scheduled"],
  unschedule: ["scheduled"],
  unpublish: ["published"],
  withdraw: ["published"],
  reinstate: ["withdrawn"],
  trash: ["draft", "review", "scheduled", "published", "withdrawn"],
  restore: ["trashed"],
  goLive: ["scheduled"],
};
const RESULT: Record<Transition, WorkflowState> = {
  submit: "review",
  return: "draft",
  publish: "published",
  schedule: "scheduled",
  unschedule: "draft",
  unpublish: "draft",
  withdraw: "withdrawn",
  reinstate: "published",
  trash: "trashed",
  restore: "draft",
  goLive: "published",
};
const STATES: WorkflowState[] = ["draft", "review", "scheduled", "published", "withdrawn", "trashed"];
const isEditor = (role: UserRole) => role === "editor" || role === "admin";

function staffMay(role: UserRole, transition: Transition, ownArticle: boolean): boolean {
  if (transition === "goLive") return false;
  if (transition === "submit") return ownArticle || isEditor(role);
  return isEditor(role);
}

const article = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
const latestAudit = () => getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()!;

function requestFor(transition: Transition, articleId: number, version: number): TransitionRequest {
  return {
    articleId,
    transition,
    expectedVersion: version,
    note: transition === "return" ? "Tambahkan sumber kedua." : undefined,
    reason: transition === "withdraw" ? "Narasumber tidak dapat diverifikasi." : undefined,
    scheduledAt: transition === "schedule" ? Date.now() + 2 * 3_600_000 : undefined,
  };
}

let staff: Record<UserRole, StaffUser>;

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
afterAll(() => closeDatabase());

describe("every move, in every state, for every role", () => {
  for (const role of USER_ROLES) {
    for (const state of STATES) {
      for (const transition of TRANSITIONS) {
        for (const own of [true, false]) {
          const allowed = LEGAL_FROM[transition].includes(state) && staffMay(role, transition, own);
          const name = `${role} ${transition} on ${own ? "their own" : "someone else's"} ${state} article: ${allowed ? "moves it" : "is refused, nothing changes"}`;
          it(name, () => {
            const user = staff[role];
            const authorId = own ? user.id : role === "editor" ? staff.reporter.id : staff.editor.id;
            const { id } = makeArticle(state, authorId);
            const before = article(id);
            const traces = traceCounts();

            if (allowed) {
              const { article: after } = transitionArticle({ kind: "staff", user }, requestFor(transition, id, before.version));
              expect(workflowState(after)).toBe(RESULT[transition]);
              expect(after.version).toBe(before.version + 1);
              expect(article(id)).toEqual(after);
              expect(traceCounts().revisions).toBe(traces.revisions + 1);
              expect(traceCounts().audit).toBe(traces.audit + 1);
              expect(latestAudit()).toMatchObject({ actorId: user.id, subjectType: "article", subjectId: id });
            } else {
              const refusal = refusalOf(() => transitionArticle({ kind: "staff", user }, requestFor(transition, id, before.version)));
              expect(refusal.reason).toBe(staffMay(role, transition, own) ? "conflict" : "forbidden");
              expect(refusal.message).not.toBe("");
              expect(article(id)).toEqual(before);
              expect(traceCounts()).toEqual(traces);
            }
          });
        }
      }
    }
  }
});

describe("the server's own moves (scheduler, CLI)", () => {
  it("only the scheduler side may make a scheduled article go live, and only from scheduled", () => {
    for (const state of STATES) {
      const { id } = makeArticle(state, staff.reporter.id);
      const move = () => transitionArticle({ kind: "system", via: "scheduler" }, { articleId: id, transition: "goLive" });
      if (state === "scheduled") expect(workflowState(move().article)).toBe("published");
      else expect(refusalOf(move).reason).toBe("conflict");
    }
  });

  it("records system moves in the audit log with no actor and how they came", () => {
    const { id } = makeArticle("draft", staff.reporter.id);
    transitionArticle({ kind: "system", via: "cli" }, { articleId: id, transition: "publish" });
    expect(latestAudit()).toMatchObject({ actorId: null, action: "article.published", details: expect.objectContaining({ via: "cli", from: "draft", to: "published" }) });
  });
});

describe("optimistic locking", () => {
  it("refuses a move made on a version that is no longer current, and changes nothing", () => {
    const { id } = makeArticle("review", staff.reporter.id);
    const seen = article(id).version;
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "publish", expectedVersion: seen });
    const afterFirst = article(id);
    const traces = traceCounts();

    const refusal = refusalOf(() => transitionArticle({ kind: "staff", user: staff.admin }, { articleId: id, transition: "unpublish", expectedVersion: seen }));
    expect(refusal.reason).toBe("conflict");
    expect(refusal.message).toContain(`versi ${afterFirst.version}`);
    expect(article(id)).toEqual(afterFirst);
    expect(traceCounts()).toEqual(traces);
  });
});

describe("revisions and the audit log", () => {
  it("a move records a snapshot of the article as it now stands, under its new version, with the note", () => {
    const { id } = makeArticle("review", staff.reporter.id);
    const { article: after } = transitionArticle(
      { kind: "staff", user: staff.editor },
      { articleId: id, transition: "return", expectedVersion: article(id).version, note: "  Kutipan di paragraf 3 perlu sumber.  " },
    );
    const revision = getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(desc(articleRevisions.id)).get()!;
    expect(revision).toMatchObject({ version: after.version, authorId: staff.editor.id, note: "Kutipan di paragraf 3 perlu sumber." });
    expect(revision.snapshot).toMatchObject({ article: { id, status: "draft", version: after.version }, hashtags: [{ slug: "uji" }] });
    expect(latestAudit()).toMatchObject({
      actorId: staff.editor.id,
      action: "article.returned",
      details: expect.objectContaining({ from: "review", to: "draft", note: "Kutipan di paragraf 3 perlu sumber." }),
    });
  });

  it("rescheduling is told apart from scheduling", () => {
    const { id } = makeArticle("scheduled", staff.reporter.id);
    const at = Date.now() + 5 * 3_600_000;
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "schedule", scheduledAt: at });
    expect(latestAudit()).toMatchObject({ action: "article.rescheduled", details: expect.objectContaining({ scheduledAt: at }) });
    expect(article(id).scheduledAt).toBe(at);
  });
});

describe("what a move asks for", () => {
  it("sending back needs a note for the writer", () => {
    const { id } = makeArticle("review", staff.reporter.id);
    const refusal = refusalOf(() => transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "return", note: "   " }));
    expect(refusal).toMatchObject({ reason: "invalid", field: "note" });
    expect(article(id).status).toBe("review");
  });

  it("scheduling needs a time in the future, at most a year ahead", () => {
    const { id } = makeArticle("review", staff.reporter.id);
    const now = Date.now();
    for (const scheduledAt of [undefined, now - 1000, now + 400 * 24 * 3_600_000]) {
      const refusal = refusalOf(() => transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "schedule", scheduledAt }, now));
      expect(refusal).toMatchObject({ reason: "invalid", field: "scheduledAt" });
    }
    expect(article(id).status).toBe("review");
  });

  it("withdrawing needs a public reason of at most 1000 characters, kept with the article and in the audit log", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    for (const reason of [undefined, "   ", "x".repeat(1001)]) {
      const refusal = refusalOf(() => transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "withdraw", reason }));
      expect(refusal).toMatchObject({ reason: "invalid", field: "reason" });
    }
    expect(article(id).status).toBe("published");

    const now = Date.now();
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "withdraw", reason: "  Hak Jawab narasumber membuktikan data keliru.  " }, now);
    expect(article(id)).toMatchObject({ status: "withdrawn", withdrawnAt: now, withdrawalReason: "Hak Jawab narasumber membuktikan data keliru." });
    expect(latestAudit()).toMatchObject({ action: "article.withdrawn", details: expect.objectContaining({ reason: "Hak Jawab narasumber membuktikan data keliru." }) });

    const publishedAt = article(id).publishedAt;
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "reinstate" });
    expect(article(id)).toMatchObject({ status: "published", publishedAt, withdrawnAt: null, withdrawalReason: null });
    expect(latestAudit()).toMatchObject({ action: "article.reinstated" });
  });

  it("a withdrawn article cannot be edited until the withdrawal is reversed", () => {
    const { id } = makeArticle("withdrawn", staff.reporter.id);
    const before = article(id);
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Teks baru." }] }] });
    const save = () => saveArticle(staff.admin, articleFormSchema.parse({ articleId: String(id), version: String(before.version), title: "Judul baru", body }));
    expect(refusalOf(save)).toMatchObject({ reason: "conflict" });
    expect(article(id)).toEqual(before);
  });

  it("refuses an article that does not exist", () => {
    expect(refusalOf(() => transitionArticle({ kind: "staff", user: staff.admin }, { articleId: 987_654, transition: "publish" })).reason).toBe("not-found");
  });
});

describe("publication times", () => {
  it("publishing again keeps the first publication time", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const first = article(id).publishedAt;
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "unpublish" });
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "publish" }, Date.now() + 60_000);
    expect(article(id).publishedAt).toBe(first);
  });

  it("a scheduled article goes out under its scheduled time, and keeps no schedule once live", () => {
    const { id } = makeArticle("scheduled", staff.reporter.id);
    const scheduledAt = article(id).scheduledAt!;
    transitionArticle({ kind: "system", via: "scheduler" }, { articleId: id, transition: "goLive" }, scheduledAt + 5000);
    expect(article(id)).toMatchObject({ status: "published", publishedAt: scheduledAt, scheduledAt: null });
  });
});

describe("the public cache", () => {
  it("publishing, unpublishing and trashing a published article invalidate its pages and the listings", () => {
    const { id, slug } = makeArticle("review", staff.reporter.id);
    const expected = [tags.article(id), tags.articleSlug(slug), tags.latest, tags.sitemaps];
    for (const transition of ["publish", "unpublish", "publish", "trash"] as const) {
      const mark = lastInvalidationId();
      transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition });
      expect(invalidatedSince(mark), transition).toEqual(expect.arrayContaining(expected));
    }
  });

  it("withdrawing drops the article's address and its listings; reinstating and trashing a withdrawn one drop its address again", () => {
    const { id, slug } = makeArticle("published", staff.reporter.id);
    const own = [tags.article(id), tags.articleSlug(slug)];
    let mark = lastInvalidationId();
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "withdraw", reason: "Dicabut untuk uji." });
    expect(invalidatedSince(mark)).toEqual(expect.arrayContaining([...own, tags.latest, tags.sitemaps, tags.search, tags.hashtag("uji")]));
    const copies = getDb().select({ status: articleHashtags.status }).from(articleHashtags).where(eq(articleHashtags.articleId, id)).all();
    expect(copies.map((copy) => copy.status)).toEqual(["withdrawn"]);

    for (const transition of ["reinstate", "withdraw", "trash"] as const) {
      mark = lastInvalidationId();
      transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition, reason: "Dicabut lagi." });
      expect(invalidatedSince(mark), transition).toEqual(expect.arrayContaining(own));
    }
  });

  it("moves that never touch the public site invalidate nothing", () => {
    const { id } = makeArticle("draft", staff.reporter.id);
    const mark = lastInvalidationId();
    transitionArticle({ kind: "staff", user: staff.reporter }, { articleId: id, transition: "submit" });
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "schedule", scheduledAt: Date.now() + 3_600_000 });
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "trash" });
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "restore" });
    expect(invalidatedSince(mark)).toEqual([]);
  });

  it("a trashed article leaves the public listings (its hashtag listing copies follow its status)", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "trash" });
    expect(article(id).status).not.toBe("published");
    const copies = getDb().select({ status: articleHashtags.status }).from(articleHashtags).where(eq(articleHashtags.articleId, id)).all();
    expect(copies.map((copy) => copy.status)).toEqual(["draft"]);
  });
});

describe("the scheduler", () => {
  it("publishes what is due, including what fell due while the server was down, and nothing early", () => {
    const now = Date.now();
    const overdue = makeArticle("scheduled", staff.reporter.id, now - 3 * 24 * 3_600_000);
    const due = makeArticle("scheduled", staff.reporter.id, now - 3_600_000);
    const later = makeArticle("scheduled", staff.reporter.id, now);
    const trashedWhileScheduled = makeArticle("scheduled", staff.reporter.id, now - 3_600_000);
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: trashedWhileScheduled.id, transition: "trash" });

    expect(publishDueArticles(now)).toEqual({ published: 2, refused: [] });
    expect(article(overdue.id).status).toBe("published");
    expect(article(due.id).status).toBe("published");
    expect(article(later.id).status).toBe("scheduled");
    expect(workflowState(article(trashedWhileScheduled.id))).toBe("trashed");
    expect(latestAudit()).toMatchObject({ action: "article.went-live", actorId: null, details: expect.objectContaining({ via: "scheduler" }) });
    expect(publishDueArticles(now)).toEqual({ published: 0, refused: [] });
  });

  it("publishes the version the editor scheduled, and refuses (article left scheduled) one changed since", () => {
    const now = Date.now();
    const changed = makeArticle("draft", staff.reporter.id);
    const proposedOn = makeArticle("draft", staff.reporter.id);
    for (const { id } of [changed, proposedOn]) {
      transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "schedule", expectedVersion: 1, scheduledAt: now + 3_600_000 });
      expect(article(id)).toMatchObject({ status: "scheduled", version: 2, scheduledVersion: 2 });
    }
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Teks baru." }] }] });
    expect(saveArticle(staff.editor, articleFormSchema.parse({ articleId: String(changed.id), version: "2", title: "Diubah setelah dijadwalkan", body }))).toMatchObject({ ok: true });
    // A writer's change to a scheduled article is only a proposal: the scheduled text goes out.
    const scheduledTitle = article(proposedOn.id).title;
    expect(saveArticle(staff.reporter, articleFormSchema.parse({ articleId: String(proposedOn.id), version: "2", title: "Usulan pewarta", body }))).toMatchObject({ proposal: true });

    const result = publishDueArticles(now + 2 * 3_600_000);
    expect(result.refused).toEqual([{ id: changed.id, version: 3, scheduledVersion: 2 }]);
    expect(article(changed.id)).toMatchObject({ status: "scheduled", version: 3 });
    expect(article(proposedOn.id)).toMatchObject({ status: "published", title: scheduledTitle });

    // Scheduling again confirms the newer version.
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: changed.id, transition: "schedule", expectedVersion: 3, scheduledAt: now + 3_600_000 });
    expect(publishDueArticles(now + 2 * 3_600_000)).toMatchObject({ refused: [] });
    expect(article(changed.id)).toMatchObject({ status: "published", title: "Diubah setelah dijadwalkan" });
  });
});
