import { count, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleCorrections, articles, auditLog, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { soft, tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, makeArticle, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { addCorrection, CORRECTION_NOTE_MAX, listCorrections } from "./corrections";
import { getArticleForEditing, saveArticle } from "./editor";
import { getPublishedArticle } from "./public";
import type { WorkflowState } from "./workflow";

const article = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
const correctionCount = () => getDb().select({ n: count() }).from(articleCorrections).get()!.n;

let staff: Record<UserRole, StaffUser>;

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
afterAll(() => closeDatabase());

describe("addCorrection", () => {
  for (const role of ["editor", "admin"] as const) {
    it(`${role}: stores the note, moves updated_at (not the version), audits it and invalidates the article's pages`, () => {
      const { id, slug } = makeArticle("published", staff.reporter.id);
      const before = article(id);
      const since = lastInvalidationId();
      const now = before.updatedAt + 3_600_000;

      const correction = addCorrection(staff[role], id, { note: "  Nama narasumber semula tertulis Budi; yang benar Badu.  " }, now);

      expect(correction).toMatchObject({ articleId: id, note: "Nama narasumber semula tertulis Budi; yang benar Badu.", createdAt: now, createdBy: staff[role].id });
      const after = article(id);
      expect(after.updatedAt).toBe(now);
      expect(after.version).toBe(before.version);
      const audit = getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
      expect(audit).toMatchObject({ actorId: staff[role].id, action: "article.corrected", subjectType: "article", subjectId: id });
      expect(audit.details).toMatchObject({ note: correction.note, correctionId: correction.id });
      expect(invalidatedSince(since)).toEqual(expect.arrayContaining([tags.article(id), tags.articleSlug(slug), soft(tags.article(id))]));
      expect(invalidatedSince(since)).not.toContain(tags.latest);
    });
  }

  for (const role of ["reporter", "contributor"] as const) {
    it(`${role}: is refused, even on their own published article, and nothing changes`, () => {
      const { id } = makeArticle("published", staff[role].id);
      const before = article(id);
      const traces = traceCounts();
      const corrections = correctionCount();

      expect(refusalOf(() => addCorrection(staff[role], id, { note: "Ralat." })).reason).toBe("forbidden");

      expect(article(id)).toEqual(before);
      expect(traceCounts()).toEqual(traces);
      expect(correctionCount()).toBe(corrections);
    });
  }

  for (const state of ["draft", "review", "scheduled", "trashed"] satisfies WorkflowState[]) {
    it(`a ${state} article is refused: only published articles take a correction`, () => {
      const { id } = makeArticle(state, staff.reporter.id);
      const before = article(id);
      const traces = traceCounts();

      const refusal = refusalOf(() => addCorrection(staff.editor, id, { note: "Ralat." }));

      expect(refusal.reason).toBe("conflict");
      expect(refusal.message).toMatch(/sudah terbit/);
      expect(article(id)).toEqual(before);
      expect(traceCounts()).toEqual(traces);
    });
  }

  it("a missing article is refused as not found", () => {
    expect(refusalOf(() => addCorrection(staff.editor, 999_999, { note: "Ralat." })).reason).toBe("not-found");
  });

  const badNotes: [string, string, RegExp][] = [
    ["empty", "", /Wajib diisi/],
    ["only spaces", "   \n  ", /Wajib diisi/],
    ["too long", "a".repeat(CORRECTION_NOTE_MAX + 1), /Maksimal 2000/],
    ["HTML", 'Ralat <script>alert("x")</script>', /HTML/],
    ["a tag", "Yang benar <b>Badu</b>.", /HTML/],
  ];
  for (const [name, note, message] of badNotes) {
    it(`a note that is ${name} is refused on the note field, and nothing changes`, () => {
      const { id } = makeArticle("published", staff.reporter.id);
      const before = article(id);
      const traces = traceCounts();

      const refusal = refusalOf(() => addCorrection(staff.editor, id, { note }));

      expect(refusal).toMatchObject({ reason: "invalid", field: "note" });
      expect(refusal.message).toMatch(message);
      expect(article(id)).toEqual(before);
      expect(traceCounts()).toEqual(traces);
    });
  }

  it("takes a note of exactly 2000 characters, several lines, and comparison signs that are no markup", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const note = `Angka < 5 & > 2.\n${"b".repeat(CORRECTION_NOTE_MAX - 17)}`;
    expect(note.length).toBe(CORRECTION_NOTE_MAX);
    expect(addCorrection(staff.editor, id, { note }).note).toBe(note);
  });

  it("keeps the note's kind, Koreksi by default, and where a right of reply is published", async () => {
    const { id, slug } = makeArticle("published", staff.reporter.id);
    addCorrection(staff.editor, id, { note: "Angka dibetulkan." });
    addCorrection(staff.editor, id, { kind: "ralat", note: "Nama dibetulkan." });
    addCorrection(staff.editor, id, { kind: "hak-jawab", note: "PT Maju menanggapi.", replyUrl: "https://rinewsportal.example/berita/hak-jawab-pt-maju" });
    const published = (await getPublishedArticle(slug))!;
    expect(published.corrections.map(({ kind, replyUrl }) => ({ kind, replyUrl }))).toEqual([
      { kind: "koreksi", replyUrl: null },
      { kind: "ralat", replyUrl: null },
      { kind: "hak-jawab", replyUrl: "https://rinewsportal.example/berita/hak-jawab-pt-maju" },
    ]);
  });

  const badKinds: [string, Parameters<typeof addCorrection>[2], string][] = [
    ["an unknown kind", { kind: "bantahan" as never, note: "Catatan." }, "kind"],
    ["a link on a note that is no right of reply", { kind: "ralat", note: "Catatan.", replyUrl: "https://contoh.example/x" }, "replyUrl"],
    ["a link that is no web address", { kind: "hak-jawab", note: "Catatan.", replyUrl: "javascript:alert(1)" }, "replyUrl"],
  ];
  for (const [name, input, field] of badKinds) {
    it(`${name} is refused on its field, and nothing changes`, () => {
      const { id } = makeArticle("published", staff.reporter.id);
      const traces = traceCounts();
      expect(refusalOf(() => addCorrection(staff.editor, id, input))).toMatchObject({ reason: "invalid", field });
      expect(traceCounts()).toEqual(traces);
    });
  }
});

describe("corrections on the public article", () => {
  it("are listed oldest first, and dateModified follows even a correction made minutes after publishing", async () => {
    const now = Date.now();
    const { id, slug } = makeArticle("published", staff.reporter.id, now);
    const before = (await getPublishedArticle(slug))!;
    expect(before.corrections).toEqual([]);
    expect(before.updatedAt).toBeNull();

    addCorrection(staff.editor, id, { note: "Koreksi pertama." }, now + 60_000);
    addCorrection(staff.admin, id, { note: "Koreksi kedua." }, now + 120_000);

    const after = (await getPublishedArticle(slug))!;
    expect(after.corrections.map((c) => [c.note, c.createdAt])).toEqual([
      ["Koreksi pertama.", now + 60_000],
      ["Koreksi kedua.", now + 120_000],
    ]);
    expect(after.updatedAt).toBe(now + 120_000);
    expect(listCorrections(id).map((c) => c.createdByName)).toEqual([staff.editor.name, staff.admin.name]);
  });

  it("an editor who opened the article before the correction saves without a conflict, and the correction stays", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const opened = getArticleForEditing(staff.editor, id);
    addCorrection(staff.editor, id, { note: "Ralat judul." });

    const result = saveArticle(staff.editor, {
      articleId: id,
      version: opened.article.version,
      title: "Judul yang sudah dibetulkan",
      hashtags: [],
      body: opened.article.body,
    });

    expect(result.ok).toBe(true);
    expect(listCorrections(id).map((c) => c.note)).toEqual(["Ralat judul."]);
  });

  it("are removed with their article", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    addCorrection(staff.editor, id, { note: "Ralat." });
    getDb().delete(articles).where(eq(articles.id, id)).run();
    expect(listCorrections(id)).toEqual([]);
  });
});
