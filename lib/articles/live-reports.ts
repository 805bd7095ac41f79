import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, liveEntries, users, type Article, type LiveEntry } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { bodyToPlainText, type ArticleBody, type BodyBlock } from "@/lib/body/schema";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { articlePageTags } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/newsroom/audit";
import { checkboxField } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";
import { truncateText } from "@/lib/seo/text";
import { formatWibTime } from "@/lib/time";
import { checkedBody, jsonText, refuseMissingBodyMedia } from "./body-input";
import { workflowState } from "./workflow";

// A Live story (kind "live") is its article, the introduction readers see first, and a stream of
// timestamped entries below it, newest first, each a small body document written in the same editor.
// Entries go out as they are added, so only those who may publish may add, change or remove one, and
// each change drops that article's page alone (hard): no listing shows entries. The article row is not
// touched (its version, the writer's open editor and the feeds' dates stay as they are); the page's
// dateModified reads the newest entry.

/** An entry's JSON, beyond which it is not a live update but an article of its own. */
export const LIVE_ENTRY_MAX_BYTES = 100 * 1024;
/** Entries one report may hold: its page carries all of them. */
export const LIVE_REPORT_MAX_ENTRIES = 1000;
/** Characters of an entry shown in the key moments list and as its headline in structured data. */
export const LIVE_ENTRY_SUMMARY_CHARS = 140;

export const liveEntryFormSchema = z.object({
  body: jsonText,
  isKey: checkboxField,
});
export type LiveEntryForm = z.infer<typeof liveEntryFormSchema>;

export type LiveEntryView = { id: number; body: ArticleBody; isKey: boolean; createdAt: number; updatedAt: number };
/** What readers see of the report: entries newest first. */
export type LiveReportView = { endedAt: number | null; entries: LiveEntryView[] };
export type LiveEntryRow = LiveEntryView & { createdByName: string | null };

/** The entry's text, shortened for the key moments list and its structured-data headline (a photo alone: its time). */
export function liveEntrySummary(entry: Pick<LiveEntryView, "body" | "createdAt">): string {
  const text = bodyToPlainText(entry.body).replace(/\s+/g, " ").trim();
  return text ? truncateText(text, LIVE_ENTRY_SUMMARY_CHARS) : `Pembaruan pukul ${formatWibTime(entry.createdAt)} WIB`;
}

/** A story's entries, newest first, with who wrote each. */
function entriesOf(db: DbExecutor, articleId: number): LiveEntryRow[] {
  return db
    .select({
      id: liveEntries.id,
      body: liveEntries.body,
      isKey: liveEntries.isKey,
      createdAt: liveEntries.createdAt,
      updatedAt: liveEntries.updatedAt,
      createdByName: users.name,
    })
    .from(liveEntries)
    .leftJoin(users, eq(users.id, liveEntries.createdBy))
    .where(eq(liveEntries.articleId, articleId))
    .orderBy(desc(liveEntries.createdAt), desc(liveEntries.id))
    .all()
    .map((entry) => ({ ...entry, body: entry.body as ArticleBody }));
}

/** The report of a Live story as readers see it, or null for every other kind. */
export function liveReportOf(db: DbExecutor, article: Pick<Article, "id" | "kind" | "liveEndedAt">): LiveReportView | null {
  if (article.kind !== "live") return null;
  return { endedAt: article.liveEndedAt, entries: entriesOf(db, article.id).map(({ createdByName: _staff, ...entry }) => entry) };
}

/** The newsroom's list: every entry, newest first, with who wrote it. */
export function listLiveEntries(articleId: number): LiveEntryRow[] {
  return entriesOf(getDb(), articleId);
}

export function mayReportLive(user: StaffUser): boolean {
  return can(user.role, "publish");
}

function assertMayReport(user: StaffUser): void {
  if (!mayReportLive(user)) throw new Refusal("forbidden", "Hanya redaktur yang dapat menulis laporan langsung.");
}

/** The Live story to change, refused unless it can take one: not trashed or withdrawn, and (for entries) not ended. */
function liveArticle(db: DbExecutor, articleId: number, { open }: { open: boolean }): Article {
  const article = db.select().from(articles).where(eq(articles.id, articleId)).get();
  if (!article) throw new Refusal("not-found", "Artikel tidak ditemukan; mungkin sudah dihapus.");
  if (article.kind !== "live") throw new Refusal("conflict", "Laporan langsung hanya untuk artikel berjenis Live. Ubah jenisnya dulu di editor.");
  const state = workflowState(article);
  if (state === "trashed") throw new Refusal("conflict", "Artikel ini ada di tempat sampah; pulihkan dulu sebelum mengubahnya.");
  if (state === "withdrawn") throw new Refusal("conflict", "Artikel ini sudah dicabut; laporannya tidak dapat diubah.");
  if (open && article.liveEndedAt !== null) throw new Refusal("conflict", "Laporan langsung ini sudah diakhiri; lanjutkan dulu untuk menambah atau mengubah entri.");
  return article;
}

/** Blocks that say something without text: an entry may be a photo, a post or a Baca juga alone. */
const NON_TEXT_BLOCKS = new Set<BodyBlock["type"]>(["image", "embed", "gallery", "relatedArticle"]);

function checkedEntryBody(db: DbExecutor, input: unknown): ArticleBody {
  const body = checkedBody(input);
  if (Buffer.byteLength(JSON.stringify(body)) > LIVE_ENTRY_MAX_BYTES) {
    throw new Refusal("invalid", "Entri terlalu panjang untuk laporan langsung (maksimal 100 KB); jadikan artikel tersendiri dan tautkan.", "body");
  }
  if (body.content.some((block) => block.type === "relatedArticle" && block.attrs.articleId === null)) {
    throw new Refusal("invalid", 'Entri berisi "Baca juga" yang belum ditautkan. Pilih artikelnya atau hapus bloknya.', "body");
  }
  const hasText = bodyToPlainText(body).trim().length > 0;
  if (!hasText && !body.content.some((block) => NON_TEXT_BLOCKS.has(block.type))) {
    throw new Refusal("invalid", "Entri masih kosong.", "body");
  }
  refuseMissingBodyMedia(db, body);
  return body;
}

/** Drops the article's page if readers can see it; the entry's audit line goes in the same transaction. */
function recordChange(tx: DbExecutor, user: StaffUser, article: Article, action: string, details: Record<string, unknown>): void {
  if (workflowState(article) === "published") recordInvalidation(tx, articlePageTags([article]));
  recordAudit(tx, { actorId: user.id, action, subjectType: "article", subjectId: article.id, details: { title: article.title, ...details } });
}

function entryOf(db: DbExecutor, entryId: number): LiveEntry {
  const entry = db.select().from(liveEntries).where(eq(liveEntries.id, entryId)).get();
  if (!entry) throw new Refusal("not-found", "Entri tidak ditemukan; mungkin sudah dihapus.");
  return entry;
}

/** Adds an entry to a Live story, published or not yet: on a published one readers see it at once. */
export function addLiveEntry(user: StaffUser, articleId: number, input: LiveEntryForm, now = Date.now()): LiveEntry {
  assertMayReport(user);
  const entry = getDb().transaction((tx) => {
    const article = liveArticle(tx, articleId, { open: true });
    const body = checkedEntryBody(tx, input.body);
    const { n } = tx.select({ n: count() }).from(liveEntries).where(eq(liveEntries.articleId, articleId)).get()!;
    if (n >= LIVE_REPORT_MAX_ENTRIES) throw new Refusal("conflict", `Laporan ini sudah berisi ${LIVE_REPORT_MAX_ENTRIES.toLocaleString("id-ID")} entri; akhiri dan mulai laporan baru.`);
    const entry = tx.insert(liveEntries).values({ articleId, body, isKey: input.isKey, createdAt: now, createdBy: user.id, updatedAt: now }).returning().get();
    recordChange(tx, user, article, "article.live-entry-added", { entryId: entry.id, isKey: entry.isKey });
    return entry;
  });
  applyInvalidations();
  return entry;
}

/**
 * Rewrites an entry (its time stays: it is when the news was told). `updatedAt` is the version the
 * editor opened: another editor's change since then is refused, never overwritten.
 */
export function updateLiveEntry(user: StaffUser, entryId: number, input: LiveEntryForm & { updatedAt: number }, now = Date.now()): LiveEntry {
  assertMayReport(user);
  const entry = getDb().transaction((tx) => {
    const entry = entryOf(tx, entryId);
    const article = liveArticle(tx, entry.articleId, { open: true });
    if (entry.updatedAt !== input.updatedAt) throw new Refusal("conflict", "Entri ini sudah diubah orang lain sejak Anda membukanya. Muat ulang halaman untuk melihat versi terbaru; tulisan Anda belum disimpan.");
    const body = checkedEntryBody(tx, input.body);
    const updated = tx.update(liveEntries).set({ body, isKey: input.isKey, updatedAt: Math.max(now, entry.updatedAt + 1) }).where(eq(liveEntries.id, entryId)).returning().get();
    recordChange(tx, user, article, "article.live-entry-edited", { entryId, isKey: updated.isKey });
    return updated;
  });
  applyInvalidations();
  return entry;
}

/** Marks an entry as a key moment, or not. */
export function setLiveEntryKey(user: StaffUser, entryId: number, isKey: boolean, now = Date.now()): void {
  assertMayReport(user);
  getDb().transaction((tx) => {
    const entry = entryOf(tx, entryId);
    const article = liveArticle(tx, entry.articleId, { open: false });
    if (entry.isKey === isKey) return;
    tx.update(liveEntries).set({ isKey, updatedAt: Math.max(now, entry.updatedAt + 1) }).where(eq(liveEntries.id, entryId)).run();
    recordChange(tx, user, article, isKey ? "article.live-entry-marked" : "article.live-entry-unmarked", { entryId });
  });
  applyInvalidations();
}

/** Removes an entry; its text stays in the audit log. */
export function deleteLiveEntry(user: StaffUser, entryId: number): void {
  assertMayReport(user);
  getDb().transaction((tx) => {
    const entry = entryOf(tx, entryId);
    const article = liveArticle(tx, entry.articleId, { open: false });
    tx.delete(liveEntries).where(eq(liveEntries.id, entryId)).run();
    recordChange(tx, user, article, "article.live-entry-deleted", { entryId, text: bodyToPlainText(entry.body as ArticleBody), createdAt: entry.createdAt });
  });
  applyInvalidations();
}

/** Ends the coverage of a published Live story (coverageEndTime), or (`ended: false`) resumes it. */
export function setLiveReportEnded(user: StaffUser, articleId: number, ended: boolean, now = Date.now()): Article {
  assertMayReport(user);
  const article = getDb().transaction((tx) => {
    const article = liveArticle(tx, articleId, { open: false });
    if (workflowState(article) !== "published") throw new Refusal("conflict", "Hanya laporan langsung yang sudah terbit yang dapat diakhiri.");
    if ((article.liveEndedAt !== null) === ended) return article;
    const updated = tx.update(articles).set({ liveEndedAt: ended ? now : null }).where(eq(articles.id, articleId)).returning().get();
    recordChange(tx, user, article, ended ? "article.live-ended" : "article.live-resumed", {});
    return updated;
  });
  applyInvalidations();
  return article;
}
