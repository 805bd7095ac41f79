import { and, desc, eq, inArray, ne } from "drizzle-orm";
import { diffArrays, diffWords } from "diff";
import { z } from "zod";
import { getDb } from "@/db/client";
import { articleRevisions, categories, users } from "@/db/schema";
import { DEFAULT_KIND, KIND_LABELS } from "./kinds";
import type { StaffUser } from "@/lib/auth/session";
import { bodyOutline } from "@/lib/body/outline";
import { relatedArticleIds, type ArticleBody } from "@/lib/body/schema";
import { getNewsroomArticle, listArticleRevisions, type NewsroomArticle, type RevisionRow } from "@/lib/articles/newsroom";
import { CREDIT_ROLE_LABELS } from "./credit-roles";
import { articleTitles } from "./editor";
import { getProposal, type ProposalRow } from "./proposals";
import type { RevisionSnapshot } from "./revisions";

// Two revisions side by side, as an editor reads a change: each field word by word, the body
// paragraph by paragraph with the words that changed inside a changed paragraph.

export type DiffSegment = { kind: "same" | "inserted" | "deleted"; text: string };

/**
 * A body paragraph: unchanged, rewritten (word-level segments), wholly new or gone, or replaced:
 * rewritten too much to show word by word, so shown deleted and inserted whole.
 */
export type ParagraphDiff = { kind: "same" | "changed" | "replaced" | "inserted" | "deleted"; segments: DiffSegment[] };

export type FieldDiff = {
  label: string;
  /** "text": segments read as one string; "list": each segment is one item (a hashtag, a credit). */
  kind: "text" | "list";
  changed: boolean;
  segments: DiffSegment[];
};

/** `bodyReplaced`: the paragraphs changed too much to match; every old one is shown deleted, every new one inserted. */
export type RevisionDiff = { fields: FieldDiff[]; body: ParagraphDiff[]; bodyChanged: boolean; bodyReplaced: boolean };

/** A revision reduced to what an editor compares, every reference already a name. */
export type ComparableRevision = {
  title: string;
  dek: string;
  slug: string;
  datelinePlace: string;
  kind: string;
  category: string;
  seoTitle: string;
  seoDescription: string;
  hashtags: string[];
  credits: string[];
  paragraphs: string[];
};

// jsdiff's cost grows with the product of the texts' length and their edit distance: two unrelated
// 200 KB paragraphs held the event loop (and the public site) for minutes. These caps bound one
// comparison to a few million steps whatever two revisions hold; past them a text is shown
// replaced whole. Real paragraphs are under 2 000 characters and a rewrite changes far fewer words.
export const DIFF_LIMITS = {
  /** Longest pair of texts (characters, both together) compared word by word. */
  wordDiffChars: 10_000,
  /** Most words inserted plus deleted in one text compared word by word. */
  wordEditsPerText: 500,
  /** Most words inserted plus deleted over one whole comparison (every field and paragraph). */
  wordEditsPerComparison: 2_000,
  /** Most paragraphs inserted plus deleted when matching the body's paragraphs. */
  paragraphEdits: 500,
} as const;

/** What is left of one comparison's word-edit allowance; every word-level diff spends from it. */
type WordEditBudget = { remaining: number };

const newBudget = (): WordEditBudget => ({ remaining: DIFF_LIMITS.wordEditsPerComparison });

const replacedWhole = (from: string, to: string): DiffSegment[] => [
  ...(from ? [{ kind: "deleted" as const, text: from }] : []),
  ...(to ? [{ kind: "inserted" as const, text: to }] : []),
];

/** Word-level segments, or undefined when the pair is past the limits (nothing was diffed, or the diff gave up). */
function boundedWordDiff(from: string, to: string, budget: WordEditBudget): DiffSegment[] | undefined {
  if (from === to) return from ? [{ kind: "same", text: from }] : [];
  if (!from || !to) return replacedWhole(from, to);
  const maxEditLength = Math.min(DIFF_LIMITS.wordEditsPerText, budget.remaining);
  if (from.length + to.length > DIFF_LIMITS.wordDiffChars || maxEditLength <= 0) return undefined;
  const changes = diffWords(from, to, { maxEditLength });
  budget.remaining -= changes ? changes.reduce((edits, change) => edits + (change.added || change.removed ? change.count : 0), 0) : maxEditLength;
  return changes?.map((change) => ({ kind: change.added ? "inserted" : change.removed ? "deleted" : "same", text: change.value }));
}

/** Word-level changes from one text to another (whitespace differences alone are no change); past the limits, the whole text replaced. */
export function diffText(from: string, to: string, budget: WordEditBudget = newBudget()): DiffSegment[] {
  return boundedWordDiff(from, to, budget) ?? replacedWhole(from, to);
}

/** Items added and removed, each item one segment, in the order of the newer list. */
export function diffList(from: readonly string[], to: readonly string[]): DiffSegment[] {
  return diffArrays([...from], [...to]).flatMap((change) =>
    change.value.map((text): DiffSegment => ({ kind: change.added ? "inserted" : change.removed ? "deleted" : "same", text })),
  );
}

/**
 * Paragraphs matched whole first; where a run of old paragraphs gives way to a run of new ones,
 * they are paired in order and diffed word by word, and what is left over is wholly deleted or new.
 * Undefined when the paragraphs differ past `DIFF_LIMITS.paragraphEdits`.
 */
function matchParagraphs(from: readonly string[], to: readonly string[], budget: WordEditBudget): ParagraphDiff[] | undefined {
  // Paragraphs become numbers first so that matching compares numbers, not long strings.
  const ids = new Map<string, number>();
  const idOf = (text: string) => ids.get(text) ?? ids.set(text, ids.size).get(text)!;
  const fromIds = from.map(idOf);
  const toIds = to.map(idOf);
  const changes = diffArrays(fromIds, toIds, { maxEditLength: DIFF_LIMITS.paragraphEdits });
  if (!changes) return undefined;

  const result: ParagraphDiff[] = [];
  let fromIndex = 0;
  let toIndex = 0;
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      for (const text of from.slice(fromIndex, fromIndex + change.count)) result.push({ kind: "same", segments: [{ kind: "same", text }] });
      fromIndex += change.count;
      toIndex += change.count;
      continue;
    }
    const next = changes[i + 1];
    const pairsWithNext = next !== undefined && (change.removed ? next.added : next.removed);
    const removedCount = change.removed ? change.count : pairsWithNext ? next.count : 0;
    const addedCount = change.added ? change.count : pairsWithNext ? next.count : 0;
    if (pairsWithNext) i++;
    const removed = from.slice(fromIndex, fromIndex + removedCount);
    const added = to.slice(toIndex, toIndex + addedCount);
    fromIndex += removedCount;
    toIndex += addedCount;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const segments = boundedWordDiff(removed[k]!, added[k]!, budget);
      result.push(segments ? { kind: "changed", segments } : { kind: "replaced", segments: replacedWhole(removed[k]!, added[k]!) });
    }
    for (const text of removed.slice(paired)) result.push({ kind: "deleted", segments: [{ kind: "deleted", text }] });
    for (const text of added.slice(paired)) result.push({ kind: "inserted", segments: [{ kind: "inserted", text }] });
  }
  return result;
}

/** The body's paragraphs compared; past the limits, every old paragraph deleted and every new one inserted (`replaced`). */
export function diffParagraphs(
  from: readonly string[],
  to: readonly string[],
  budget: WordEditBudget = newBudget(),
): { paragraphs: ParagraphDiff[]; replaced: boolean } {
  const matched = matchParagraphs(from, to, budget);
  if (matched) return { paragraphs: matched, replaced: false };
  return {
    paragraphs: [
      ...from.map((text): ParagraphDiff => ({ kind: "deleted", segments: [{ kind: "deleted", text }] })),
      ...to.map((text): ParagraphDiff => ({ kind: "inserted", segments: [{ kind: "inserted", text }] })),
    ],
    replaced: true,
  };
}

const FIELDS: { key: Exclude<keyof ComparableRevision, "paragraphs">; label: string; kind: FieldDiff["kind"] }[] = [
  { key: "title", label: "Judul", kind: "text" },
  { key: "dek", label: "Dek", kind: "text" },
  { key: "slug", label: "Slug", kind: "text" },
  { key: "datelinePlace", label: "Tempat dateline", kind: "text" },
  { key: "kind", label: "Jenis", kind: "text" },
  { key: "category", label: "Rubrik", kind: "text" },
  { key: "seoTitle", label: "Judul SEO", kind: "text" },
  { key: "seoDescription", label: "Deskripsi SEO", kind: "text" },
  { key: "hashtags", label: "Tagar", kind: "list" },
  { key: "credits", label: "Kredit", kind: "list" },
];

export function diffRevisions(from: ComparableRevision, to: ComparableRevision): RevisionDiff {
  const budget = newBudget();
  const fields = FIELDS.map(({ key, label, kind }): FieldDiff => {
    const before = from[key];
    const after = to[key];
    const segments =
      typeof before === "string" && typeof after === "string" ? diffText(before, after, budget) : diffList(before as string[], after as string[]);
    return { label, kind, changed: segments.some((segment) => segment.kind !== "same"), segments };
  });
  const body = diffParagraphs(from.paragraphs, to.paragraphs, budget);
  return { fields, body: body.paragraphs, bodyChanged: body.paragraphs.some((paragraph) => paragraph.kind !== "same"), bodyReplaced: body.replaced };
}

type Names = { categories: Map<number, string>; users: Map<number, string>; articles: Map<number, string> };

export function comparableRevision(snapshot: RevisionSnapshot, names: Names): ComparableRevision {
  const { article } = snapshot;
  return {
    title: article.title,
    dek: article.dek ?? "",
    slug: article.slug,
    datelinePlace: article.datelinePlace ?? "",
    // Revisions saved before story kinds existed were all Berita.
    kind: KIND_LABELS[article.kind ?? DEFAULT_KIND],
    category: article.categoryId ? (names.categories.get(article.categoryId) ?? `Rubrik #${article.categoryId}`) : "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    hashtags: snapshot.hashtags.map((tag) => `#${tag.name}`),
    credits: snapshot.credits.map((credit) => {
      const name = credit.userId ? (names.users.get(credit.userId) ?? `Staf #${credit.userId}`) : (credit.guestName ?? "");
      return `${CREDIT_ROLE_LABELS[credit.role]}: ${name}`;
    }),
    paragraphs: bodyOutline(article.body as ArticleBody, (id) => names.articles.get(id)),
  };
}

function namesFor(snapshots: readonly RevisionSnapshot[]): Names {
  const db = getDb();
  const categoryIds = [...new Set(snapshots.flatMap((s) => (s.article.categoryId ? [s.article.categoryId] : [])))];
  const userIds = [...new Set(snapshots.flatMap((s) => s.credits.flatMap((credit) => (credit.userId ? [credit.userId] : []))))];
  const articleIds = [...new Set(snapshots.flatMap((s) => relatedArticleIds(s.article.body as ArticleBody)))];
  return {
    categories: new Map(
      categoryIds.length ? db.select({ id: categories.id, name: categories.name }).from(categories).where(inArray(categories.id, categoryIds)).all().map((r) => [r.id, r.name]) : [],
    ),
    users: new Map(userIds.length ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds)).all().map((r) => [r.id, r.name]) : []),
    articles: articleTitles(articleIds),
  };
}

const versionParam = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined)
  .pipe(z.string().regex(/^\d{1,9}$/).transform(Number).optional());

/** `?dari=<version>&ke=<version>` as the compare page reads it. */
export type CompareQuery = Record<string, string | string[] | undefined>;

export type RevisionComparison = {
  article: NewsroomArticle;
  /** Every revision, newest first: the choices of the two selects. */
  revisions: RevisionRow[];
  from?: RevisionRow;
  to?: RevisionRow;
  /** Why nothing is compared (a bad or unknown version, a single revision). */
  problem?: string;
  diff?: RevisionDiff;
  /** `?usulan=<id>`: this proposal compared with the version now live (or scheduled), in `from`. */
  proposal?: ProposalRow;
};

function snapshotOf(articleId: number, version: number): RevisionSnapshot {
  const row = getDb()
    .select({ snapshot: articleRevisions.snapshot })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.version, version), ne(articleRevisions.kind, "proposal")))
    .orderBy(desc(articleRevisions.id))
    .get();
  return row!.snapshot as RevisionSnapshot;
}

/**
 * Compares two of an article's revisions for someone who may see the article (refused otherwise,
 * as the article page is). Without `ke` the newest revision is compared; without `dari`, the one
 * before `ke`. A version that is not a number or not this article's is answered with a message.
 */
export function compareArticleRevisions(viewer: StaffUser, articleId: number, query: CompareQuery): RevisionComparison {
  const article = getNewsroomArticle(viewer, articleId);
  const revisions = listArticleRevisions(viewer, articleId);
  const usulan = versionParam.safeParse(query.usulan);
  if (!usulan.success) return { article, revisions, problem: "Usulan tidak dikenal." };
  if (usulan.data !== undefined) {
    const { snapshot, ...proposal } = getProposal(viewer, articleId, usulan.data);
    const live = snapshotOf(articleId, article.version);
    const names = namesFor([live, snapshot]);
    const from = revisions.find((revision) => revision.version === article.version);
    return { article, revisions, from, proposal, diff: diffRevisions(comparableRevision(live, names), comparableRevision(snapshot, names)) };
  }
  const dari = versionParam.safeParse(query.dari);
  const ke = versionParam.safeParse(query.ke);
  if (!dari.success || !ke.success) return { article, revisions, problem: "Versi harus berupa nomor versi, misalnya 2." };

  const find = (version: number) => revisions.find((revision) => revision.version === version);
  const to = ke.data === undefined ? revisions[0] : find(ke.data);
  if (ke.data !== undefined && !to) return { article, revisions, problem: `Versi ${ke.data} tidak ada pada artikel ini.` };
  const from = dari.data === undefined ? revisions.find((revision) => to && revision.version < to.version) : find(dari.data);
  if (dari.data !== undefined && !from) return { article, revisions, to, problem: `Versi ${dari.data} tidak ada pada artikel ini.` };
  if (!from || !to) return { article, revisions, to, problem: "Belum ada versi sebelumnya untuk dibandingkan." };

  const snapshots = [snapshotOf(articleId, from.version), snapshotOf(articleId, to.version)] as const;
  const names = namesFor(snapshots);
  return { article, revisions, from, to, diff: diffRevisions(comparableRevision(snapshots[0], names), comparableRevision(snapshots[1], names)) };
}
