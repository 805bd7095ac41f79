import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleRevisions, articles, auditLog, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, makeArticle, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { articleFormSchema, getArticleForEditing, saveArticle, type ArticleForm } from "./editor";
import { applyProposal, getProposal, listArticleProposals, listOpenProposals, rejectProposal } from "./proposals";
import { compareArticleRevisions } from "./revision-diff";

let staff: Record<UserRole, StaffUser>;

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
afterAll(() => closeDatabase());

const body = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const form = (articleId: number, fields: Record<string, string>): ArticleForm =>
  articleFormSchema.parse({ articleId: String(articleId), version: "1", title: "Judul usulan", body: body("Isi usulan."), hashtags: "uji", ...fields });
const stored = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
const proposalsOf = (id: number) =>
  getDb().select().from(articleRevisions).where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.kind, "proposal"))).all();

/** A writer's proposal on their own live article: [article id, proposal id]. */
function proposed(state: "published" | "scheduled", writer: StaffUser = staff.reporter, title = "Judul usulan"): [number, number] {
  const { id } = makeArticle(state, writer.id);
  const result = saveArticle(writer, form(id, { title }));
  expect(result).toMatchObject({ ok: true, proposal: true });
  return [id, proposalsOf(id)[0]!.id];
}

describe("a writer's save on a published or scheduled article", () => {
  for (const state of ["published", "scheduled"] as const) {
    for (const role of ["contributor", "reporter"] as const) {
      it(`by a ${role} on their ${state} article is a proposal: the article, its version and the cache are untouched`, () => {
        const { id } = makeArticle(state, staff[role].id);
        const before = stored(id);
        const mark = lastInvalidationId();
        const result = saveArticle(staff[role], form(id, { title: "Judul baru dari penulis" }));
        expect(result).toMatchObject({ ok: true, proposal: true, article: { id, version: 1 } });
        expect(stored(id)).toEqual(before);
        expect(invalidatedSince(mark)).toEqual([]);
        const [proposal] = proposalsOf(id);
        expect(proposal).toMatchObject({ authorId: staff[role].id, version: 1, proposalState: "open" });
        expect((proposal!.snapshot as { article: { title: string } }).article.title).toBe("Judul baru dari penulis");
        expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ action: "article.proposed", actorId: staff[role].id, subjectId: id });
      });
    }
  }

  it("updates the writer's one open proposal on the next save, and the editor form loads it back", () => {
    const [id] = proposed("published");
    saveArticle(staff.reporter, form(id, { title: "Judul usulan kedua" }));
    expect(proposalsOf(id)).toHaveLength(1);
    const editing = getArticleForEditing(staff.reporter, id);
    expect(editing).toMatchObject({ proposalWaiting: true, article: { title: "Judul usulan kedua", version: 1 }, hashtags: "uji" });
    expect(getArticleForEditing(staff.editor, id)).toMatchObject({ proposalWaiting: false, article: { title: stored(id).title } });
  });

  it("an editor's save on a published article is a new version at once", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    expect(saveArticle(staff.editor, form(id, { title: "Judul redaktur" }))).toMatchObject({ ok: true, proposal: false, article: { title: "Judul redaktur", version: 2 } });
    expect(proposalsOf(id)).toHaveLength(0);
  });

  it("a contributor cannot propose a change to someone else's article", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const before = traceCounts();
    expect(refusalOf(() => saveArticle(staff.contributor, form(id, {}))).reason).toBe("forbidden");
    expect(traceCounts()).toEqual(before);
  });

  it("a stale proposal gets the usual conflict answer", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    saveArticle(staff.editor, form(id, { title: "Judul redaktur" }));
    expect(saveArticle(staff.reporter, form(id, { title: "Judul lama pewarta" }))).toMatchObject({ ok: false, conflict: { version: 2 } });
    expect(proposalsOf(id)).toHaveLength(0);
  });
});

describe("editors review proposals", () => {
  it("lists open proposals for editors (all) and writers (their own)", () => {
    const [id, proposalId] = proposed("published", staff.contributor);
    expect(listOpenProposals(staff.editor).map((row) => row.id)).toContain(proposalId);
    expect(listOpenProposals(staff.contributor).every((row) => row.authorId === staff.contributor.id)).toBe(true);
    expect(listOpenProposals(staff.reporter).map((row) => row.id)).not.toContain(proposalId);
    expect(listArticleProposals(staff.editor, id)).toMatchObject([{ id: proposalId, state: "open", authorName: expect.any(String) }]);
  });

  it("compares a proposal with the live version in the compare view", () => {
    const [id, proposalId] = proposed("published", staff.reporter, "Judul yang diusulkan");
    const comparison = compareArticleRevisions(staff.editor, id, { usulan: String(proposalId) });
    expect(comparison.proposal).toMatchObject({ id: proposalId, baseVersion: 1 });
    expect(comparison.from).toMatchObject({ version: 1 });
    const title = comparison.diff!.fields.find((field) => field.label === "Judul")!;
    expect(title.changed).toBe(true);
    expect(title.segments.filter((segment) => segment.kind === "inserted").map((segment) => segment.text).join("")).toContain("diusulkan");
    expect(comparison.revisions.map((revision) => revision.version)).toEqual([1]);
  });

  it("applying is the editor's save: a new version, revision, audit entry and cache invalidation; the proposal is closed", () => {
    const [id, proposalId] = proposed("published", staff.reporter, "Judul diterapkan");
    const slug = stored(id).slug;
    const mark = lastInvalidationId();
    const result = applyProposal(staff.editor, { articleId: id, proposalId, version: 1 });
    expect(result).toMatchObject({ ok: true, proposal: false, article: { title: "Judul diterapkan", version: 2, status: "published" } });
    expect(invalidatedSince(mark)).toEqual(expect.arrayContaining([tags.article(id), tags.articleSlug(slug)]));
    expect(proposalsOf(id)[0]).toMatchObject({ proposalState: "applied", reviewedBy: staff.editor.id });
    const revision = getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(desc(articleRevisions.id)).get()!;
    expect(revision).toMatchObject({ kind: "revision", version: 2, authorId: staff.editor.id, note: expect.stringContaining("Usulan perubahan dari") });
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ action: "article.proposal-applied", actorId: staff.editor.id });
    expect(refusalOf(() => applyProposal(staff.editor, { articleId: id, proposalId, version: 2 }))).toMatchObject({ reason: "conflict" });
    // The writer's next save is a new proposal, on the new version.
    expect(saveArticle(staff.reporter, form(id, { version: "2", title: "Usulan berikutnya" }))).toMatchObject({ proposal: true });
    expect(proposalsOf(id).map((row) => row.proposalState)).toEqual(["applied", "open"]);
  });

  it("applying on a version the article has moved past changes nothing and keeps the proposal open", () => {
    const [id, proposalId] = proposed("published");
    saveArticle(staff.editor, form(id, { title: "Judul redaktur sementara itu" }));
    const before = stored(id);
    expect(applyProposal(staff.editor, { articleId: id, proposalId, version: 1 })).toMatchObject({ ok: false, conflict: { version: 2 } });
    expect(stored(id)).toEqual(before);
    expect(proposalsOf(id)[0]!.proposalState).toBe("open");
  });

  it("rejecting keeps the article as it is and gives the writer the editor's note", () => {
    const [id, proposalId] = proposed("published");
    const before = stored(id);
    expect(refusalOf(() => rejectProposal(staff.editor, { articleId: id, proposalId, note: "  " }))).toMatchObject({ reason: "invalid", field: "note" });
    rejectProposal(staff.editor, { articleId: id, proposalId, note: "Judul terlalu panjang." });
    expect(stored(id)).toEqual(before);
    expect(listArticleProposals(staff.reporter, id)).toMatchObject([{ id: proposalId, state: "rejected", reviewNote: "Judul terlalu panjang.", reviewerName: expect.any(String) }]);
    expect(refusalOf(() => rejectProposal(staff.editor, { articleId: id, proposalId, note: "Lagi." })).reason).toBe("conflict");
  });

  it("writers can neither apply nor reject, not even their own proposal", () => {
    const [id, proposalId] = proposed("published");
    const before = traceCounts();
    for (const writer of [staff.reporter, staff.contributor]) {
      expect(refusalOf(() => applyProposal(writer, { articleId: id, proposalId, version: 1 })).reason).toBe("forbidden");
      expect(refusalOf(() => rejectProposal(writer, { articleId: id, proposalId, note: "Tolak." })).reason).toBe("forbidden");
    }
    expect(traceCounts()).toEqual(before);
    expect(getProposal(staff.reporter, id, proposalId).state).toBe("open");
  });
});
