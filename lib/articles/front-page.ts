import { and, desc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, settings } from "@/db/schema";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { cachedRead } from "@/lib/cache/cached-read";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { soft, tags } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/newsroom/audit";
import { Refusal } from "@/lib/newsroom/refusal";
import { writeSetting } from "@/lib/settings";
import { cachedSummaries, isPublished, type ArticleSummary } from "./summaries";

// @NOTE The curated front page: editors pin the lead story (optionally until a time), choose the
// ordered Pilihan Redaksi, and turn on a breaking-news strip for one story until it expires. Kept
// as one settings value; each change is audited and drops the home page at once (hard `front-page`);
// the strip on every other page follows softly (`~front-page`, within 60 s). Expiry is a change like
// any other, made by the scheduler (expireFrontPage), so pages never keep showing an expired pin.
// A pick or pin whose story is no longer published is skipped: the newest stories fill in.

export const FRONT_PAGE_KEY = "front_page";
export const MAX_PICKS = 6;
export const BREAKING_LABELS = ["Breaking News", "Berita Terkini"] as const;
export type BreakingLabel = (typeof BREAKING_LABELS)[number];
const MAX_PIN_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
const MAX_BREAKING_AHEAD_MS = 7 * 24 * 60 * 60 * 1000;

const articleId = z.number().int().positive();
const frontPageSchema = z.object({
  headline: z.object({ articleId, until: z.number().nullable() }).nullable().catch(null),
  picks: z.array(articleId).max(MAX_PICKS).catch([]),
  breaking: z.object({ articleId, label: z.enum(BREAKING_LABELS), until: z.number() }).nullable().catch(null),
});
export type FrontPage = z.infer<typeof frontPageSchema>;
const EMPTY: FrontPage = { headline: null, picks: [], breaking: null };

export function readFrontPage(db: DbExecutor = getDb()): FrontPage {
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, FRONT_PAGE_KEY)).get();
  return frontPageSchema.catch(EMPTY).parse(row?.value ?? EMPTY);
}

const isLive = (until: number | null, now: number) => until === null || until > now;

// ------------------------------------------------------------------ reader side

/** The front page's settings for the home page (hard: every change shows there at once). */
const cachedFrontPage = cachedRead("front-page", () => readFrontPage(), () => [tags.frontPage]);
/** The same, for the breaking strip on every other page (soft: refreshed in the background). */
const cachedBreaking = cachedRead("front-page-breaking", () => readFrontPage().breaking, () => [soft(tags.frontPage)]);

export type HomeCuration = { headline: ArticleSummary | null; picks: ArticleSummary[] };

/** The pinned lead story and the editors' picks still published and not expired; `now` is the render's time. */
export async function getHomeCuration(now = Date.now()): Promise<HomeCuration> {
  const { headline, picks } = await cachedFrontPage();
  const pinned = headline && isLive(headline.until, now) ? headline.articleId : null;
  const summaries = await cachedSummaries(pinned === null ? picks : [pinned, ...picks]);
  const byId = new Map(summaries.map((summary) => [summary.id, summary]));
  return { headline: pinned === null ? null : (byId.get(pinned) ?? null), picks: picks.flatMap((id) => byId.get(id) ?? []) };
}

export type BreakingNews = { label: BreakingLabel; article: ArticleSummary };

/** The breaking strip, while it has not expired and its story is published. */
export async function getBreakingNews(now = Date.now()): Promise<BreakingNews | null> {
  const breaking = await cachedBreaking();
  if (!breaking || !isLive(breaking.until, now)) return null;
  const [article] = await cachedSummaries([breaking.articleId]);
  return article ? { label: breaking.label, article } : null;
}

// ------------------------------------------------------------------ newsroom side

const CHOICES = 60;

export type CuratedArticle = { id: number; title: string; published: boolean };
export type FrontPageDesk = {
  headline: { article: CuratedArticle; until: number | null } | null;
  picks: CuratedArticle[];
  breaking: { article: CuratedArticle; label: BreakingLabel; until: number } | null;
  /** The newest published stories, to choose from. */
  choices: { id: number; title: string; publishedAt: number | null }[];
};

/** The front page as /redaksi/beranda shows it: every pin with its story's title and whether it is still published. */
export function getFrontPageDesk(user: StaffUser): FrontPageDesk {
  assertCan(user, "publish");
  const db = getDb();
  const page = readFrontPage(db);
  const ids = [...new Set([...(page.headline ? [page.headline.articleId] : []), ...page.picks, ...(page.breaking ? [page.breaking.articleId] : [])])];
  const rows = ids.length ? db.select({ id: articles.id, title: articles.title, status: articles.status }).from(articles).where(inArray(articles.id, ids)).all() : [];
  const curated = (id: number): CuratedArticle => {
    const row = rows.find((candidate) => candidate.id === id);
    return { id, title: row?.title ?? `Artikel #${id} (sudah dihapus)`, published: row?.status === "published" };
  };
  return {
    headline: page.headline && { article: curated(page.headline.articleId), until: page.headline.until },
    picks: page.picks.map(curated),
    breaking: page.breaking && { article: curated(page.breaking.articleId), label: page.breaking.label, until: page.breaking.until },
    choices: db
      .select({ id: articles.id, title: articles.title, publishedAt: articles.publishedAt })
      .from(articles)
      .where(isPublished)
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(CHOICES)
      .all(),
  };
}

export type FrontPageChange =
  | { kind: "pin-headline"; articleId: number; until: number | null }
  | { kind: "unpin-headline" }
  | { kind: "add-pick"; articleId: number }
  | { kind: "remove-pick"; articleId: number }
  | { kind: "move-pick"; articleId: number; direction: "up" | "down" }
  | { kind: "start-breaking"; articleId: number; label: BreakingLabel; until: number }
  | { kind: "stop-breaking" };

function checkPublished(db: DbExecutor, id: number): void {
  if (!db.select({ id: articles.id }).from(articles).where(and(eq(articles.id, id), isPublished)).get()) {
    throw new Refusal("invalid", "Pilih artikel yang sudah terbit.", "articleId");
  }
}

function checkUntil(until: number, now: number, maxAhead: number, tooFar: string): void {
  if (until <= now) throw new Refusal("invalid", "Waktu berakhir harus di masa depan.", "until");
  if (until > now + maxAhead) throw new Refusal("invalid", tooFar, "until");
}

function applyChange(db: DbExecutor, page: FrontPage, change: FrontPageChange, now: number): FrontPage {
  switch (change.kind) {
    case "pin-headline":
      checkPublished(db, change.articleId);
      if (change.until !== null) checkUntil(change.until, now, MAX_PIN_AHEAD_MS, "Sematkan paling lama satu tahun.");
      return { ...page, headline: { articleId: change.articleId, until: change.until } };
    case "unpin-headline":
      return { ...page, headline: null };
    case "add-pick":
      checkPublished(db, change.articleId);
      if (page.picks.includes(change.articleId)) throw new Refusal("conflict", "Artikel ini sudah ada di Pilihan Redaksi.", "articleId");
      if (page.picks.length >= MAX_PICKS) throw new Refusal("invalid", `Pilihan Redaksi paling banyak ${MAX_PICKS} artikel; hapus salah satu dulu.`, "articleId");
      return { ...page, picks: [...page.picks, change.articleId] };
    case "remove-pick":
      return { ...page, picks: page.picks.filter((id) => id !== change.articleId) };
    case "move-pick": {
      const from = page.picks.indexOf(change.articleId);
      const to = from + (change.direction === "up" ? -1 : 1);
      if (from === -1 || to < 0 || to >= page.picks.length) return page;
      const picks = [...page.picks];
      [picks[from], picks[to]] = [picks[to]!, picks[from]!];
      return { ...page, picks };
    }
    case "start-breaking":
      checkPublished(db, change.articleId);
      checkUntil(change.until, now, MAX_BREAKING_AHEAD_MS, "Berita sela paling lama tujuh hari.");
      return { ...page, breaking: { articleId: change.articleId, label: change.label, until: change.until } };
    case "stop-breaking":
      return { ...page, breaking: null };
  }
}

/** The tags a change from `before` to `after` makes stale: the home page, and every page for the strip. */
function changedTags(before: FrontPage, after: FrontPage): string[] {
  return JSON.stringify(before.breaking) === JSON.stringify(after.breaking) ? [tags.frontPage] : [tags.frontPage, soft(tags.frontPage)];
}

type AuditEntry = { actorId: number | null; action: string; articleId: number | null; details: Record<string, unknown> };

/** Stores the new front page; a change about one story goes into that story's history too. */
function save(db: DbExecutor, before: FrontPage, after: FrontPage, audit: AuditEntry): void {
  writeSetting(db, FRONT_PAGE_KEY, after);
  recordAudit(db, {
    actorId: audit.actorId,
    action: audit.action,
    subjectType: audit.articleId === null ? "settings" : "article",
    subjectId: audit.articleId,
    details: audit.details,
  });
  recordInvalidation(db, changedTags(before, after));
}

/** Makes one change to the front page, or refuses with a message and changes nothing. */
export function changeFrontPage(user: StaffUser, change: FrontPageChange, now = Date.now()): FrontPage {
  assertCan(user, "publish");
  const after = getDb().transaction((tx) => {
    const before = readFrontPage(tx);
    const changed = applyChange(tx, before, change, now);
    if (JSON.stringify(changed) !== JSON.stringify(before)) {
      save(tx, before, changed, { actorId: user.id, action: `front-page.${change.kind}`, articleId: "articleId" in change ? change.articleId : null, details: { ...change } });
    }
    return changed;
  });
  applyInvalidations();
  return after;
}

/** Takes down a pin or a breaking strip whose time has passed: run by the scheduler. */
export function expireFrontPage(now = Date.now()): boolean {
  const expired = getDb().transaction((tx) => {
    const before = readFrontPage(tx);
    const after: FrontPage = {
      ...before,
      headline: before.headline && !isLive(before.headline.until, now) ? null : before.headline,
      breaking: before.breaking && !isLive(before.breaking.until, now) ? null : before.breaking,
    };
    if (after.headline === before.headline && after.breaking === before.breaking) return false;
    save(tx, before, after, { actorId: null, action: "front-page.expired", articleId: null, details: { via: "scheduler", headline: after.headline !== before.headline, breaking: after.breaking !== before.breaking } });
    return true;
  });
  if (expired) applyInvalidations();
  return expired;
}
