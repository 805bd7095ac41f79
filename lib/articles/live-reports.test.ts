import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles, auditLog, liveEntries, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { paragraphsToBody, type ArticleBody } from "@/lib/body/schema";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, makeArticle, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { site } from "@/lib/seo/fixtures";
import { LIVE_UPDATES_IN_JSON_LD, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { toWibIsoString } from "@/lib/time";
import { addLiveEntry, deleteLiveEntry, LIVE_ENTRY_MAX_BYTES, listLiveEntries, setLiveEntryKey, setLiveReportEnded, updateLiveEntry } from "./live-reports";
import { getPublishedArticle } from "./public";
import type { WorkflowState } from "./workflow";

let staff: Record<UserRole, StaffUser>;

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
afterAll(() => closeDatabase());

const text = (...paragraphs: string[]): ArticleBody => paragraphsToBody(paragraphs.map((paragraph) => ({ kind: "paragraph" as const, text: paragraph })));
const entryRows = (articleId: number) => getDb().select().from(liveEntries).where(eq(liveEntries.articleId, articleId)).all();

/** A Live story in this state, by the reporter. */
function liveStory(state: WorkflowState = "published", now = Date.now()): { id: number; slug: string } {
  const story = makeArticle(state, staff.reporter.id, now);
  getDb().update(articles).set({ kind: "live" }).where(eq(articles.id, story.id)).run();
  return story;
}

describe("addLiveEntry", () => {
  it("an editor's entry on a published story is stored, audited, and drops that story's page and nothing else", () => {
    const { id, slug } = liveStory();
    const before = getDb().select().from(articles).where(eq(articles.id, id)).get()!;
    const since = lastInvalidationId();

    const entry = addLiveEntry(staff.editor, id, { body: text("Massa mulai bergerak ke Monas."), isKey: true }, before.updatedAt + 60_000);

    expect(entry).toMatchObject({ articleId: id, isKey: true, createdBy: staff.editor.id, createdAt: before.updatedAt + 60_000 });
    expect(invalidatedSince(since).sort()).toEqual([tags.article(id), tags.articleSlug(slug)].sort());
    // The article itself is not edited: no new version for a writer who has it open.
    expect(getDb().select().from(articles).where(eq(articles.id, id)).get()).toEqual(before);
    const audit = getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
    expect(audit).toMatchObject({ actorId: staff.editor.id, action: "article.live-entry-added", subjectType: "article", subjectId: id });
  });

  it("readers get the entries newest first, key moments marked; a draft story's entries change no cached page", async () => {
    const draft = liveStory("draft");
    const since = lastInvalidationId();
    addLiveEntry(staff.admin, draft.id, { body: text("Persiapan siaran."), isKey: false });
    expect(invalidatedSince(since)).toEqual([]);

    const { id, slug } = liveStory();
    const start = Date.now();
    addLiveEntry(staff.editor, id, { body: text("Pertama."), isKey: false }, start);
    addLiveEntry(staff.editor, id, { body: text("Kedua, penting."), isKey: true }, start + 1000);
    const article = (await getPublishedArticle(slug))!;
    expect(article.live?.endedAt).toBeNull();
    expect(article.live?.entries.map((entry) => [entry.body.content[0], entry.isKey])).toEqual([
      [text("Kedua, penting.").content[0], true],
      [text("Pertama.").content[0], false],
    ]);
  });

  for (const role of ["reporter", "contributor"] as const) {
    it(`${role}: is refused, even on their own story, and nothing changes`, () => {
      const { id } = liveStory();
      getDb().update(articles).set({ authorId: staff[role].id }).where(eq(articles.id, id)).run();
      const traces = traceCounts();
      expect(refusalOf(() => addLiveEntry(staff[role], id, { body: text("Kabar."), isKey: false })).reason).toBe("forbidden");
      expect(traceCounts()).toEqual(traces);
      expect(entryRows(id)).toEqual([]);
    });
  }

  it("refuses a story of another kind, a trashed or withdrawn one, an unknown one, and an ended report", () => {
    const plain = makeArticle("published", staff.reporter.id);
    expect(refusalOf(() => addLiveEntry(staff.editor, plain.id, { body: text("Kabar."), isKey: false })).message).toContain("berjenis Live");
    for (const state of ["trashed", "withdrawn"] as const) {
      expect(refusalOf(() => addLiveEntry(staff.editor, liveStory(state).id, { body: text("Kabar."), isKey: false })).reason).toBe("conflict");
    }
    expect(refusalOf(() => addLiveEntry(staff.editor, 987_654, { body: text("Kabar."), isKey: false })).reason).toBe("not-found");

    const { id } = liveStory();
    setLiveReportEnded(staff.editor, id, true);
    expect(refusalOf(() => addLiveEntry(staff.editor, id, { body: text("Terlambat."), isKey: false })).message).toContain("sudah diakhiri");
    expect(entryRows(id)).toEqual([]);
  });

  it("refuses an empty entry, a hostile document, an unlinked Baca juga, a missing image and an oversized entry; keeps markup as text", () => {
    const { id } = liveStory();
    const refused = (body: unknown) => refusalOf(() => addLiveEntry(staff.editor, id, { body, isKey: false }));
    expect(refused({ type: "doc", content: [{ type: "paragraph" }] }).message).toBe("Entri masih kosong.");
    expect(refused({ type: "doc", content: [{ type: "script", text: "alert(1)" }] }).field).toBe("body");
    expect(refused("<p>bukan dokumen</p>").field).toBe("body");
    expect(refused({ type: "doc", content: [{ type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul" } }] }).message).toContain("Baca juga");
    expect(refused({ type: "doc", content: [{ type: "image", attrs: { mediaId: 987_654 } }] }).message).toContain("pustaka media");
    expect(refused(text("x".repeat(LIVE_ENTRY_MAX_BYTES))).message).toContain("terlalu panjang");
    expect(entryRows(id)).toEqual([]);

    const entry = addLiveEntry(staff.editor, id, { body: text('<script>alert("x")</script>'), isKey: false });
    expect(entry.body).toEqual(text('<script>alert("x")</script>'));
  });
});

describe("changing entries and ending the report", () => {
  it("an entry is rewritten in place (its time stays); a change from a stale copy is refused and loses nothing", () => {
    const { id } = liveStory();
    const entry = addLiveEntry(staff.editor, id, { body: text("Korban 3 orang."), isKey: false }, Date.now() - 5000);
    const changed = updateLiveEntry(staff.admin, entry.id, { body: text("Korban 4 orang."), isKey: true, updatedAt: entry.updatedAt });
    expect(changed).toMatchObject({ createdAt: entry.createdAt, isKey: true, body: text("Korban 4 orang.") });
    expect(changed.updatedAt).toBeGreaterThan(entry.updatedAt);

    const stale = refusalOf(() => updateLiveEntry(staff.editor, entry.id, { body: text("Korban 5 orang."), isKey: false, updatedAt: entry.updatedAt }));
    expect(stale.reason).toBe("conflict");
    expect(listLiveEntries(id)[0]).toMatchObject({ body: text("Korban 4 orang."), createdByName: expect.any(String) });
  });

  it("marks and unmarks a key moment, deletes an entry (audited with its text), and only editors may", () => {
    const { id, slug } = liveStory();
    const entry = addLiveEntry(staff.editor, id, { body: text("Hujan deras."), isKey: false });
    expect(refusalOf(() => setLiveEntryKey(staff.reporter, entry.id, true)).reason).toBe("forbidden");
    expect(refusalOf(() => deleteLiveEntry(staff.reporter, entry.id)).reason).toBe("forbidden");

    const since = lastInvalidationId();
    setLiveEntryKey(staff.editor, entry.id, true);
    expect(listLiveEntries(id)[0]!.isKey).toBe(true);
    deleteLiveEntry(staff.editor, entry.id);
    expect(entryRows(id)).toEqual([]);
    expect(new Set(invalidatedSince(since))).toEqual(new Set([tags.article(id), tags.articleSlug(slug)]));
    const audit = getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
    expect(audit).toMatchObject({ action: "article.live-entry-deleted", details: expect.objectContaining({ text: "Hujan deras." }) });
    expect(refusalOf(() => deleteLiveEntry(staff.editor, entry.id)).reason).toBe("not-found");
  });

  it("ends a published report and resumes it; a draft cannot be ended", async () => {
    const { id, slug } = liveStory();
    const endedAt = Date.now();
    setLiveReportEnded(staff.editor, id, true, endedAt);
    expect((await getPublishedArticle(slug))!.live!.endedAt).toBe(endedAt);
    setLiveReportEnded(staff.editor, id, false);
    expect((await getPublishedArticle(slug))!.live!.endedAt).toBeNull();
    expect(refusalOf(() => setLiveReportEnded(staff.editor, liveStory("draft").id, true)).reason).toBe("conflict");
    expect(refusalOf(() => setLiveReportEnded(staff.reporter, id, true)).reason).toBe("forbidden");
  });
});

describe("structured data", () => {
  it("a running report is a LiveBlogPosting from its publication, without an end, its newest updates first; an ended one has its end", async () => {
    const published = Date.now() - 3_600_000;
    const { id, slug } = liveStory("published", published + 60_000);
    const first = addLiveEntry(staff.editor, id, { body: text("Sidang dibuka."), isKey: false }, published + 60_000);
    const second = addLiveEntry(staff.editor, id, { body: text("Hakim membacakan putusan."), isKey: true }, published + 120_000);

    const running = (await getPublishedArticle(slug))!;
    const data = newsArticleJsonLd(site, running);
    expect(data["@type"]).toBe("LiveBlogPosting");
    expect(data.coverageStartTime).toBe(toWibIsoString(running.publishedAt));
    expect(data).not.toHaveProperty("coverageEndTime");
    expect(data.dateModified).toBe(toWibIsoString(second.updatedAt));
    expect(data.liveBlogUpdate).toEqual([
      expect.objectContaining({ "@type": "BlogPosting", headline: "Hakim membacakan putusan.", articleBody: "Hakim membacakan putusan.", datePublished: toWibIsoString(second.createdAt), url: expect.stringMatching(new RegExp(`/berita/${slug}#entri-${second.id}$`)) }),
      expect.objectContaining({ headline: "Sidang dibuka.", datePublished: toWibIsoString(first.createdAt) }),
    ]);

    const endedAt = published + 180_000;
    setLiveReportEnded(staff.editor, id, true, endedAt);
    const ended = newsArticleJsonLd(site, (await getPublishedArticle(slug))!);
    expect(ended.coverageEndTime).toBe(toWibIsoString(endedAt));
    expect(ended.dateModified).toBe(toWibIsoString(endedAt));
  });

  it(`carries at most ${LIVE_UPDATES_IN_JSON_LD} updates, the newest`, async () => {
    const { id, slug } = liveStory();
    const start = Date.now() - 100_000;
    for (let i = 0; i < LIVE_UPDATES_IN_JSON_LD + 2; i++) addLiveEntry(staff.editor, id, { body: text(`Kabar ${i}.`), isKey: false }, start + i * 1000);
    const updates = newsArticleJsonLd(site, (await getPublishedArticle(slug))!).liveBlogUpdate as { headline: string }[];
    expect(updates).toHaveLength(LIVE_UPDATES_IN_JSON_LD);
    expect(updates[0]!.headline).toBe(`Kabar ${LIVE_UPDATES_IN_JSON_LD + 1}.`);
  });
});
