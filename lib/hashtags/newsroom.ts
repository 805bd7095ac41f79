import { and, asc, count, eq, notInArray, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { articleHashtags, articles, hashtags, type Hashtag } from "@/db/schema";
import { isPublished } from "@/lib/articles/summaries";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { ARTICLE_TAG_LIMIT, articlePageTags, soft, tags } from "@/lib/cache/tags";
import { pageCount, pageOffset, PAGE_SIZE, type Paginated } from "@/lib/pagination";
import { recordHashtagMove, redirectTagsOf } from "@/lib/redirects";
import { HASHTAG_SLUG_MAX_LENGTH, hashtagSlug } from "@/lib/text/slug";
import { recordAudit } from "@/lib/newsroom/audit";
import { optionalText, requiredText } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";

// Tagar: renaming, describing, merging and deleting hashtags (editors and admins). The slug is always
// hashtagSlug(name), so a rename that changes it moves the hashtag, with a 301 from the old /tag/<slug>.

export const HASHTAG_DESCRIPTION_MAX = 300;

export const hashtagFields = z.object({
  name: requiredText(HASHTAG_SLUG_MAX_LENGTH + 1).transform((name) => name.replace(/^[#＃]+/, "").trim()),
  description: optionalText(HASHTAG_DESCRIPTION_MAX, { multiline: true }),
});
export type HashtagInput = { name: string; description?: string | null };

export type NewsroomHashtag = Pick<Hashtag, "id" | "name" | "slug" | "description"> & { articles: number; published: number };

const NOT_FOUND = "Tagar tidak ditemukan.";

function parseHashtag(input: HashtagInput): { name: string; slug: string; description: string | null } {
  const parsed = hashtagFields.safeParse({ name: input.name, description: input.description ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Refusal("invalid", issue.message, String(issue.path[0] ?? "name"));
  }
  const { name, description } = parsed.data;
  if (/\s/.test(name)) throw new Refusal("invalid", "Nama tagar tidak boleh berisi spasi (tulis KoreaUtara, bukan Korea Utara).", "name");
  const slug = hashtagSlug(name);
  if (!slug) throw new Refusal("invalid", "Nama tagar harus berisi huruf atau angka.", "name");
  return { name, slug, description };
}

const hashtagColumns = {
  id: hashtags.id,
  name: hashtags.name,
  slug: hashtags.slug,
  description: hashtags.description,
  articles: sql<number>`(select count(*) from ${articleHashtags} where ${articleHashtags.hashtagId} = "hashtags"."id")`,
  published: sql<number>`(select count(*) from ${articleHashtags} where ${articleHashtags.hashtagId} = "hashtags"."id" and ${articleHashtags.status} = 'published')`,
};

/** Hashtags in slug order, 20 a page; `text` keeps those whose slug contains it as a hashtag would be written. */
export function listNewsroomHashtags(viewer: StaffUser, filter: { text?: string; page?: number } = {}): Paginated<NewsroomHashtag> {
  assertCan(viewer, "manageTaxonomy");
  const db = getDb();
  const needle = filter.text ? hashtagSlug(filter.text) : "";
  // instr, not LIKE: "_" is a wildcard there and a common character in hashtags.
  const where = filter.text ? sql`instr(${hashtags.slug}, ${needle}) > 0` : undefined;
  const total = needle || !filter.text ? (db.select({ n: count() }).from(hashtags).where(where).get()?.n ?? 0) : 0;
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount(total));
  const items = total
    ? db.select(hashtagColumns).from(hashtags).where(where).orderBy(asc(hashtags.slug)).limit(PAGE_SIZE).offset(pageOffset(page)).all()
    : [];
  return { items, total, page, pageCount: pageCount(total) };
}

function findHashtag(db: DbExecutor, id: number): NewsroomHashtag {
  const hashtag = db.select(hashtagColumns).from(hashtags).where(eq(hashtags.id, id)).get();
  if (!hashtag) throw new Refusal("not-found", NOT_FOUND);
  return hashtag;
}

export function getNewsroomHashtag(viewer: StaffUser, id: number): NewsroomHashtag {
  assertCan(viewer, "manageTaxonomy");
  return findHashtag(getDb(), id);
}

/** The hashtag a name stands for (as `hashtagSlug` reads it): how the merge form names its target. */
export function findHashtagIdByName(viewer: StaffUser, name: string): number {
  assertCan(viewer, "manageTaxonomy");
  const slug = hashtagSlug(name);
  const found = slug ? getDb().select({ id: hashtags.id }).from(hashtags).where(eq(hashtags.slug, slug)).get() : undefined;
  if (!found) throw new Refusal("not-found", `Tagar #${name.replace(/^[#＃]+/, "")} tidak ada. Tulis nama tagar tujuan yang sudah ada.`, "target");
  return found.id;
}

/** The public pages of the published articles carrying this hashtag (they list their hashtags). */
function carrierTags(db: DbExecutor, hashtagId: number): string[] {
  const rows = db
    .select({ id: articles.id, slug: articles.slug })
    .from(articleHashtags)
    .innerJoin(articles, eq(articles.id, articleHashtags.articleId))
    .where(and(eq(articleHashtags.hashtagId, hashtagId), isPublished))
    .limit(ARTICLE_TAG_LIMIT + 1)
    .all();
  return articlePageTags(rows);
}

/** Display name and description; a name with another slug moves the hashtag (301 from the old page). */
export function updateHashtag(actor: StaffUser, id: number, input: HashtagInput): void {
  assertCan(actor, "manageTaxonomy");
  const values = parseHashtag(input);
  getDb().transaction((tx) => {
    const before = findHashtag(tx, id);
    if (values.slug !== before.slug) {
      const clash = tx.select({ name: hashtags.name }).from(hashtags).where(eq(hashtags.slug, values.slug)).get();
      if (clash) throw new Refusal("conflict", `Tagar #${clash.name} sudah ada. Gabungkan #${before.name} ke sana jika keduanya sama.`, "name");
    }
    tx.update(hashtags).set(values).where(eq(hashtags.id, id)).run();
    const moved = recordHashtagMove(tx, { fromId: id, toId: id, oldSlug: before.slug, newSlug: values.slug });
    const changed = Object.fromEntries(
      (["name", "slug", "description"] as const).filter((key) => before[key] !== values[key]).map((key) => [key, { from: before[key], to: values[key] }]),
    );
    recordAudit(tx, { actorId: actor.id, action: "hashtag.updated", subjectType: "hashtag", subjectId: id, details: { name: values.name, ...changed } });
    const own = [tags.hashtag(before.slug), tags.hashtag(values.slug)];
    // The name shows on its articles, in trending hashtags and in the sitemap; a description only on its page and feed.
    recordInvalidation(tx, before.name === values.name ? own : [...own, ...moved, tags.sitemaps, soft(tags.trending), ...carrierTags(tx, id)]);
  });
  applyInvalidations();
}

export type MergeResult = { moved: number; alreadyTagged: number };

/**
 * Moves every article of `sourceId` to `targetId` and deletes the source; its page (and any page it
 * had before) 301s to the target. An article keeps its hashtags' order: the source's row becomes the
 * target's at the same position, or goes when the article already carries the target. Rows are
 * moved, not re-inserted, so their listing copies of the article's status and published_at stay right.
 */
export function mergeHashtags(actor: StaffUser, sourceId: number, targetId: number): MergeResult {
  assertCan(actor, "manageTaxonomy");
  if (sourceId === targetId) throw new Refusal("invalid", "Tagar tidak dapat digabungkan ke dirinya sendiri.", "target");
  const result = getDb().transaction((tx) => {
    const source = findHashtag(tx, sourceId);
    const target = tx.select(hashtagColumns).from(hashtags).where(eq(hashtags.id, targetId)).get();
    if (!target) throw new Refusal("not-found", "Tagar tujuan tidak ditemukan.", "target");
    const pages = carrierTags(tx, sourceId);
    const carryingTarget = tx.select({ id: articleHashtags.articleId }).from(articleHashtags).where(eq(articleHashtags.hashtagId, targetId));
    const moved = tx
      .update(articleHashtags)
      .set({ hashtagId: targetId })
      .where(and(eq(articleHashtags.hashtagId, sourceId), notInArray(articleHashtags.articleId, carryingTarget)))
      .run().changes;
    const alreadyTagged = tx.delete(articleHashtags).where(eq(articleHashtags.hashtagId, sourceId)).run().changes;
    const redirected = recordHashtagMove(tx, { fromId: sourceId, toId: targetId, oldSlug: source.slug, newSlug: target.slug });
    tx.delete(hashtags).where(eq(hashtags.id, sourceId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: "hashtag.merged",
      subjectType: "hashtag",
      subjectId: targetId,
      details: { name: target.name, from: source.name, fromSlug: source.slug, moved, alreadyTagged },
    });
    // The target's listing gained articles, and so did the pool its carriers' Berita Terkait draw from.
    recordInvalidation(tx, [
      tags.hashtag(source.slug),
      tags.hashtag(target.slug),
      tags.sitemaps,
      soft(tags.trending),
      soft(tags.relatedByHashtag(target.slug)),
      soft(tags.relatedLatest(target.slug)),
      ...redirected,
      ...pages,
    ]);
    return { moved, alreadyTagged };
  });
  applyInvalidations();
  return result;
}

/** Only a hashtag no article carries (in any state) can be deleted; a used one is merged instead. */
export function deleteHashtag(actor: StaffUser, id: number): void {
  assertCan(actor, "manageTaxonomy");
  getDb().transaction((tx) => {
    const hashtag = findHashtag(tx, id);
    if (hashtag.articles > 0) {
      throw new Refusal("conflict", `Tagar #${hashtag.name} masih dipakai ${hashtag.articles} artikel. Gabungkan ke tagar lain alih-alih menghapusnya.`);
    }
    const oldPaths = redirectTagsOf(tx, "hashtag", id);
    tx.delete(hashtags).where(eq(hashtags.id, id)).run();
    recordAudit(tx, { actorId: actor.id, action: "hashtag.deleted", subjectType: "hashtag", subjectId: id, details: { name: hashtag.name, slug: hashtag.slug } });
    recordInvalidation(tx, [tags.hashtag(hashtag.slug), tags.sitemaps, ...oldPaths]);
  });
  applyInvalidations();
}
