import { and, asc, desc, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { articleCredits, articleHashtags, articleRevisions, articles, categories, CREDIT_ROLES, hashtags, users, type Article, type ArticleCredit } from "@/db/schema";
import { ARTICLE_KINDS, DEFAULT_KIND, KIND_LABELS, type ArticleKind } from "./kinds";
import { can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { bodyToPlainText, mediaIds, pendingReferences, relatedArticleIds, type ArticleBody } from "@/lib/body/schema";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { ensureHashtags, type HashtagInput } from "@/lib/hashtags";
import { listMediaItems, type MediaItem } from "@/lib/media/library";
import { missingMediaIds } from "@/lib/media/missing";
import { recordAudit } from "@/lib/newsroom/audit";
import { checkboxField, idField, optionalText, requiredText } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";
import { recordSlugChange, releaseOldPath } from "@/lib/redirects";
import { getSiteSettings } from "@/lib/settings";
import { hashtagSlug, slugify } from "@/lib/text/slug";
import { DEK_MAX, MAX_CREDITS, MAX_HASHTAGS, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, TITLE_MAX } from "./editor-limits";
import { type CreditInput, slugsHeldByOldAddresses, uniqueArticleSlug } from "./store";
import { openProposalOf, recordProposal, recordRevision, type RevisionSnapshot } from "./revisions";
import { checkedBody, jsonText, refuseMissingBodyMedia } from "./body-input";
import { articleChangeTags, articlePlacement } from "./stale-pages";
import { workflowState } from "./workflow";

// @NOTE The writing desk's one save: every field of the editor form goes through `articleFormSchema`,
// the body through parseArticleBody, and the write names the version it was edited from. A stale
// save changes nothing and hands back the current text, so neither person's words are lost.

const optionalId = z.preprocess((value) => (value === "" ? undefined : value), idField.optional());

/** "Korea Utara, #Rusia\nKursk" -> hashtags, normalized and unique; a name with no letter or digit is refused. */
export function parseHashtagList(text: string): HashtagInput[] | { error: string } {
  const names = text.split(/[,\n]/).map((name) => name.trim().replace(/^[#＃]+/, "").trim()).filter(Boolean);
  const seen = new Map<string, HashtagInput>();
  for (const name of names) {
    const slug = hashtagSlug(name);
    if (!slug) return { error: `Tagar "${name}" tidak berisi huruf atau angka.` };
    if (!seen.has(slug)) seen.set(slug, { name: name.replace(/\s+/g, ""), slug });
  }
  if (seen.size > MAX_HASHTAGS) return { error: `Maksimal ${MAX_HASHTAGS} tagar.` };
  return [...seen.values()];
}

const creditSchema = z.union([
  z.object({ role: z.enum(CREDIT_ROLES), userId: idField, guestName: z.null().optional() }),
  z.object({ role: z.enum(CREDIT_ROLES), userId: z.null().optional(), guestName: requiredText(100) }),
]);

export const articleFormSchema = z.object({
  articleId: optionalId,
  version: optionalId,
  title: requiredText(TITLE_MAX),
  dek: optionalText(DEK_MAX, { multiline: true }).optional(),
  slug: optionalText(200).optional(),
  datelinePlace: optionalText(100).optional(),
  // Absent from a server-built save of an old revision (before kinds): the article keeps its kind.
  kind: z.enum(ARTICLE_KINDS, { error: "Jenis artikel tidak dikenal." }).optional(),
  categoryId: optionalId,
  featuredMediaId: optionalId,
  hashtags: z
    .string()
    .max(5000, { error: "Daftar tagar terlalu panjang." })
    .optional()
    .transform((value, context) => {
      const parsed = parseHashtagList(value ?? "");
      if ("error" in parsed) {
        context.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      return parsed;
    }),
  credits: jsonText.optional().pipe(z.array(creditSchema, { error: "Kredit tidak valid." }).max(MAX_CREDITS).optional()),
  seoTitle: optionalText(SEO_TITLE_MAX).optional(),
  seoDescription: optionalText(SEO_DESCRIPTION_MAX, { multiline: true }).optional(),
  // Validated by parseArticleBody in the service, with its own size and depth limits.
  body: jsonText,
  /** Sent by the editor's timer (not the Simpan button): coalesced with the writer's previous autosave. */
  autosave: z.literal("1").optional().transform((value) => value === "1"),
  /** An editor's knowing choice to give this article a slug another article's old address redirects from. */
  releaseOldAddress: checkboxField,
});

export type ArticleForm = z.infer<typeof articleFormSchema>;
/** A save built by the server (a restore, an applied proposal): never an autosave, never a takeover. */
type ServerForm = Omit<ArticleForm, "autosave" | "releaseOldAddress">;

/** What the other person saved, shown beside the refused text field by field, so the two can be merged. */
export type ConflictView = { version: number; updatedAt: number; theirs: EditorArticle };

export type SaveResult =
  | {
      ok: true;
      /** The article as stored now: for a proposal, untouched. */
      article: Article;
      created: boolean;
      /** The wanted slug was taken: by another article, or (`slugHeldByOldAddress`) by another article's old address. */
      slugAdjusted: boolean;
      slugHeldByOldAddress: boolean;
      /** Saved as a proposed change that waits for an editor; the live or scheduled version is unchanged. */
      proposal: boolean;
    }
  | { ok: false; conflict: ConflictView };

export function mayEdit(user: StaffUser, article: Pick<Article, "authorId">): boolean {
  return article.authorId === user.id || can(user.role, "editOthersArticles");
}

function checkedCredits(db: DbExecutor, credits: readonly CreditInput[]): void {
  for (const credit of credits) {
    if (credit.userId == null) continue;
    const staff = db.select({ id: users.id }).from(users).where(eq(users.id, credit.userId)).get();
    if (!staff) throw new Refusal("invalid", "Staf pada kredit tidak ditemukan.", "credits");
  }
}

function checkedMedia(db: DbExecutor, body: ArticleBody, featuredMediaId: number | undefined): void {
  refuseMissingBodyMedia(db, body);
  if (featuredMediaId && missingMediaIds(db, [featuredMediaId]).length) {
    throw new Refusal("invalid", "Gambar utama tidak ditemukan di pustaka media. Pilih gambar lain.", "featuredMediaId");
  }
}

function creditRowsOf(article: Pick<Article, "id" | "status" | "publishedAt">, form: ServerForm) {
  return (form.credits ?? []).map((credit, position) => ({
    articleId: article.id,
    role: credit.role,
    userId: credit.userId ?? null,
    guestName: credit.userId ? null : (credit.guestName ?? null),
    position,
    status: article.status,
    publishedAt: article.publishedAt,
  }));
}

function writeTaxonomy(db: DbExecutor, article: Article, form: ServerForm): void {
  const listingCopy = { status: article.status, publishedAt: article.publishedAt };
  db.delete(articleHashtags).where(eq(articleHashtags.articleId, article.id)).run();
  const ids = ensureHashtags(db, form.hashtags);
  const tagRows = form.hashtags.flatMap((tag, position) => {
    const hashtagId = ids.get(tag.slug);
    return hashtagId ? [{ articleId: article.id, hashtagId, position, ...listingCopy }] : [];
  });
  // Two tags typed may be one hashtag (an old name of a merged tag): the first keeps its place.
  if (tagRows.length) db.insert(articleHashtags).values(tagRows).onConflictDoNothing().run();

  db.delete(articleCredits).where(eq(articleCredits.articleId, article.id)).run();
  const creditRows = creditRowsOf(article, form);
  if (creditRows.length) db.insert(articleCredits).values(creditRows).run();
}

function isLive(article: Pick<Article, "status" | "deletedAt">): boolean {
  const state = workflowState(article);
  return state === "published" || state === "scheduled";
}

/** Whether this person's save on this article is a proposed change rather than a new version. */
export function savesAsProposal(user: StaffUser, article: Pick<Article, "status" | "deletedAt">): boolean {
  return isLive(article) && !can(user.role, "changeLiveArticles");
}

export type SaveOptions = {
  /** Kept with the revision and the audit entry. */
  note?: string;
  now?: number;
  /** The audit action, when it is more than an edit ("article.restored-revision"). */
  auditAction?: string;
  /** Runs inside the save's transaction once the article is written; a Refusal undoes the save. */
  alsoInTransaction?: (tx: DbExecutor, article: Article) => void;
};

/**
 * Creates (no `articleId`) or updates an article from the editor form. A new article is a draft by
 * its writer. Refused (nothing changed) when invalid, missing or not this person's to edit; a save
 * made on an older version answers `conflict` with what is stored now.
 */
export function saveArticle(user: StaffUser, form: ServerForm & Partial<Pick<ArticleForm, "autosave" | "releaseOldAddress">>, options: SaveOptions = {}): SaveResult {
  const now = options.now ?? Date.now();
  if (!can(user.role, "writeOwnDrafts")) throw new Refusal("forbidden", "Anda tidak berhak menulis artikel.");
  if (form.releaseOldAddress && !can(user.role, "releaseOldAddresses")) {
    throw new Refusal("forbidden", "Hanya redaktur yang dapat mengambil alih alamat lama artikel lain.", "releaseOldAddress");
  }
  const body = checkedBody(form.body);
  const wantedSlug = form.slug ? slugify(form.slug) : "";
  if (form.slug && !wantedSlug) throw new Refusal("invalid", "Slug harus berisi huruf atau angka.", "slug");

  const outcome = getDb().transaction((tx): SaveResult => {
    checkedCredits(tx, form.credits ?? []);
    checkedMedia(tx, body, form.featuredMediaId);
    if (form.categoryId && !tx.select({ id: categories.id }).from(categories).where(eq(categories.id, form.categoryId)).get()) {
      throw new Refusal("invalid", "Rubrik tidak ditemukan.", "categoryId");
    }
    const before = form.articleId ? tx.select().from(articles).where(eq(articles.id, form.articleId)).get() : undefined;
    if (form.articleId && !before) throw new Refusal("not-found", "Artikel tidak ditemukan; mungkin sudah dihapus.");
    if (before && !mayEdit(user, before)) throw new Refusal("forbidden", "Anda hanya dapat mengubah artikel tulisan Anda sendiri.");
    if (before && workflowState(before) === "trashed") throw new Refusal("conflict", "Artikel ini ada di tempat sampah; pulihkan dulu sebelum mengubahnya.");
    // What readers were told at its address stays as it was; reinstating it makes it editable again.
    if (before?.status === "withdrawn") throw new Refusal("conflict", "Artikel ini sudah dicabut; batalkan pencabutan dulu sebelum mengubahnya.");
    if (before && form.version !== before.version) {
      return { ok: false, conflict: { version: before.version, updatedAt: before.updatedAt, theirs: editorArticle(tx, before) } };
    }
    // Readers (or the scheduler) would get a Baca juga that leads nowhere; the workflow refuses it the same way.
    const pending = pendingReferences(body);
    if (before && (before.status === "published" || before.status === "scheduled") && pending.length) {
      throw new Refusal(
        "invalid",
        `Artikel yang ${before.status === "published" ? "sudah terbit" : "terjadwal"} tidak boleh berisi "Baca juga" yang belum ditautkan (${pending.map((title) => `"${title}"`).join(", ")}). Pilih artikelnya atau hapus bloknya.`,
        "body",
      );
    }

    const fieldsWith = (slug: string) => ({
      title: form.title,
      dek: form.dek ?? null,
      slug,
      body,
      bodyText: bodyToPlainText(body),
      datelinePlace: form.datelinePlace ?? null,
      kind: form.kind ?? before?.kind ?? DEFAULT_KIND,
      categoryId: form.categoryId ?? null,
      featuredMediaId: form.featuredMediaId ?? null,
      seoTitle: form.seoTitle ?? null,
      seoDescription: form.seoDescription ?? null,
      updatedAt: now,
    });

    if (before && savesAsProposal(user, before)) {
      // The slug is settled when an editor applies it: another article may take it meanwhile.
      const proposed = { ...before, ...fieldsWith(wantedSlug || before.slug) };
      const snapshot: RevisionSnapshot = {
        article: proposed,
        // Not stored rows: no table id of their own.
        credits: creditRowsOf(before, form).map((row, i): ArticleCredit => ({ ...row, id: -(i + 1) })),
        hashtags: form.hashtags,
      };
      const proposalId = recordProposal(tx, { articleId: before.id, authorId: user.id, baseVersion: before.version, snapshot, now });
      recordAudit(tx, {
        actorId: user.id,
        action: "article.proposed",
        subjectType: "article",
        subjectId: before.id,
        details: { title: proposed.title, version: before.version, proposalId },
      });
      return { ok: true, article: before, created: false, slugAdjusted: false, slugHeldByOldAddress: false, proposal: true };
    }

    const base = wantedSlug || (before ? before.slug : slugify(form.title) || "artikel");
    const releaseOldAddress = !!form.releaseOldAddress;
    const slug = uniqueArticleSlug(tx, base, before?.id, { releaseOldAddress });
    const heldByOldAddress = slugsHeldByOldAddresses(tx, base, before?.id).includes(base);
    const fields = fieldsWith(slug);
    const placedBefore = before ? articlePlacement(tx, before) : null;
    const article = before
      ? tx
          .update(articles)
          .set({ ...fields, version: before.version + 1 })
          .where(and(eq(articles.id, before.id), eq(articles.version, before.version)))
          .returning()
          .get()
      : tx.insert(articles).values({ ...fields, status: "draft", authorId: user.id }).returning().get();
    if (!article) throw new Refusal("conflict", "Artikel ini baru saja diubah orang lain. Muat ulang halaman lalu coba lagi.");

    writeTaxonomy(tx, article, form);
    // Taken over knowingly: the old address now leads here (or nowhere, until this one is published).
    const releasedTags = releaseOldAddress && heldByOldAddress && slug === base ? [releaseOldPath(tx, "article", slug)] : [];
    const slugTags = before && before.status === "published" ? recordSlugChange(article.id, before.slug, tx) : [];
    recordRevision(tx, article.id, { authorId: user.id, note: options.note, autosave: form.autosave, now });
    recordAudit(tx, {
      actorId: user.id,
      action: options.auditAction ?? (before ? "article.edited" : "article.created"),
      subjectType: "article",
      subjectId: article.id,
      details: {
        title: article.title,
        version: article.version,
        ...(options.note && { note: options.note }),
        ...(before && before.slug !== slug && { slug }),
        ...(releasedTags.length && { releasedOldAddress: slug }),
      },
    });
    options.alsoInTransaction?.(tx, article);
    recordInvalidation(tx, [...articleChangeTags(placedBefore, articlePlacement(tx, article)), ...slugTags, ...releasedTags]);
    return {
      ok: true,
      article,
      created: !before,
      slugAdjusted: slug !== base,
      slugHeldByOldAddress: slug !== base && heldByOldAddress,
      proposal: false,
    };
  });

  applyInvalidations();
  return outcome;
}

/**
 * A body as the editor shows it: each Baca juga block also carries its article's current title, and
 * each image and gallery photo the picture to show (`src`, `alt`); the server drops both again on save.
 */
export function bodyForEditor(body: ArticleBody): ArticleBody {
  const titles = articleTitles(relatedArticleIds(body));
  const images = new Map(listMediaItems(mediaIds(body)).map((item) => [item.id, item]));
  return {
    ...body,
    content: body.content.map((block) => {
      if (block.type === "relatedArticle" && block.attrs.articleId !== null) {
        return { ...block, attrs: { ...block.attrs, title: titles.get(block.attrs.articleId) ?? null } };
      }
      if (block.type === "image") {
        const image = images.get(block.attrs.mediaId);
        return { ...block, attrs: { ...block.attrs, src: image?.url ?? null, alt: image?.alt ?? null } };
      }
      if (block.type === "gallery") {
        const items = block.attrs.items.map((item) => {
          const image = images.get(item.mediaId);
          return { ...item, src: image?.url ?? null, alt: image?.alt ?? null };
        });
        return { ...block, attrs: { items } };
      }
      return block;
    }),
  };
}

export type EditorArticle = {
  article: Article;
  body: ArticleBody;
  featuredMedia: MediaItem | null;
  hashtags: string;
  credits: CreditInput[];
};

/**
 * An article as the editor form loads it; refused when missing or not this person's to edit. A
 * writer with an open proposal on it gets their proposal back, on the version it was written on.
 */
export function getArticleForEditing(user: StaffUser, id: number): EditorArticle & { proposalWaiting: boolean } {
  const db = getDb();
  const article = db.select().from(articles).where(eq(articles.id, id)).get();
  if (!article) throw new Refusal("not-found", "Artikel tidak ditemukan; mungkin sudah dihapus.");
  if (!mayEdit(user, article)) throw new Refusal("forbidden", "Anda hanya dapat mengubah artikel tulisan Anda sendiri.");
  const proposal = savesAsProposal(user, article) ? openProposalOf(db, id, user.id) : undefined;
  if (proposal) return { ...snapshotEditorArticle(proposal.snapshot), proposalWaiting: true };
  return { ...editorArticle(db, article), proposalWaiting: false };
}

type CreditRow = Pick<ArticleCredit, "role" | "userId" | "guestName">;

function creditInputs(rows: readonly CreditRow[]): CreditInput[] {
  return rows.flatMap((credit): CreditInput[] =>
    credit.userId ? [{ role: credit.role, userId: credit.userId }] : credit.guestName ? [{ role: credit.role, guestName: credit.guestName }] : [],
  );
}

function snapshotEditorArticle(snapshot: RevisionSnapshot): EditorArticle {
  const { article } = snapshot;
  const featuredMedia = article.featuredMediaId ? (listMediaItems([article.featuredMediaId])[0] ?? null) : null;
  return {
    article,
    body: bodyForEditor(article.body as ArticleBody),
    featuredMedia,
    hashtags: snapshot.hashtags.map((tag) => tag.name).join(", "),
    credits: creditInputs(snapshot.credits),
  };
}

function editorArticle(db: DbExecutor, article: Article): EditorArticle {
  const id = article.id;
  const tags = db
    .select({ name: hashtags.name, slug: hashtags.slug })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(eq(articleHashtags.articleId, id))
    .orderBy(asc(articleHashtags.position))
    .all();
  const credits = db.select().from(articleCredits).where(eq(articleCredits.articleId, id)).orderBy(asc(articleCredits.position)).all();
  return snapshotEditorArticle({ article, credits, hashtags: tags });
}

/** Published articles whose title holds these words, newest first: the choices for a Baca juga block. */
export function searchPublishedTitles(query: string, limit = 10): { id: number; title: string }[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return [];
  return getDb()
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(
      and(
        eq(articles.status, "published"),
        isNull(articles.deletedAt),
        ...words.map((word) => sql`instr(lower(${articles.title}), ${word}) > 0`),
      ),
    )
    .orderBy(desc(articles.publishedAt))
    .limit(limit)
    .all();
}

/** Current titles of these articles, for the editor's Baca juga blocks. */
export function articleTitles(ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = getDb().select({ id: articles.id, title: articles.title }).from(articles).where(inArray(articles.id, [...ids])).all();
  return new Map(rows.map((row) => [row.id, row.title]));
}

export type EditorChoices = {
  site: { name: string; url: string };
  categories: { id: number; name: string }[];
  kinds: { value: ArticleKind; label: string }[];
  staff: { id: number; name: string }[];
  /** Dateline places used before, most used first. */
  places: string[];
};

export function listEditorChoices(): EditorChoices {
  const db = getDb();
  const { name, url } = getSiteSettings();
  return {
    site: { name, url },
    categories: db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.position)).all(),
    kinds: ARTICLE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] })),
    staff: db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(asc(users.name)).all(),
    places: db
      .select({ place: articles.datelinePlace })
      .from(articles)
      .where(isNotNull(articles.datelinePlace))
      .groupBy(articles.datelinePlace)
      .orderBy(desc(sql`count(*)`))
      .limit(50)
      .all()
      .flatMap((row) => (row.place ? [row.place] : [])),
  };
}

/** What the save action hands back to the editor; `proposal`: the save waits for an editor. */
export type EditorSaveData = { saved?: { articleId: number; version: number; slug: string; proposal: boolean }; conflict?: ConflictView };

/** "Tempel naskah": the pasted copy as editor fields, for the reporter to review before saving. */
export type PastedCopy = {
  title: string;
  datelinePlace: string;
  body: ArticleBody;
  credits: CreditInput[];
  hashtags: string;
  warnings: string[];
  pendingReferences: string[];
};

/** A revision's text, hashtags and credits as a save of that text (without the slug). */
export function snapshotForm(snapshot: RevisionSnapshot): Omit<ServerForm, "articleId" | "version"> {
  const { article, credits, hashtags: tags } = snapshot;
  return {
    title: article.title,
    dek: article.dek,
    datelinePlace: article.datelinePlace,
    kind: article.kind,
    categoryId: article.categoryId ?? undefined,
    featuredMediaId: article.featuredMediaId ?? undefined,
    hashtags: tags,
    credits: creditInputs(credits),
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    body: article.body,
  };
}

/**
 * Saves an earlier revision's text, hashtags and credits as the newest version (the slug stays, so
 * no published address moves). Goes through saveArticle: same checks, same conflict answer.
 */
export function restoreRevision(user: StaffUser, request: { articleId: number; revisionId: number; version: number }): SaveResult {
  const revision = getDb()
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, request.revisionId), eq(articleRevisions.articleId, request.articleId), ne(articleRevisions.kind, "proposal")))
    .get();
  if (!revision) throw new Refusal("not-found", "Revisi tidak ditemukan.");
  return saveArticle(
    user,
    { articleId: request.articleId, version: request.version, ...snapshotForm(revision.snapshot as RevisionSnapshot) },
    { note: `Dipulihkan dari versi ${revision.version}.`, auditAction: "article.restored-revision" },
  );
}
