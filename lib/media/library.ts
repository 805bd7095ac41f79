import "server-only";
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, media, users } from "@/db/schema";
import { assertCan, can } from "@/lib/auth/roles";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { ARTICLE_TAG_LIMIT, articlePageTags, shownArticleTags, tags } from "@/lib/cache/tags";
import { isPublished } from "@/lib/articles/summaries";
import type { StaffUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/newsroom/audit";
import { assertPublicEditAllowed } from "@/lib/newsroom/public-edit-limit";
import { idField, requiredText } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";
import { PAGE_SIZE, type Paginated } from "@/lib/pagination";
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from "./limits";
import { processUpload } from "./process";
import { mediaFileUrl } from "./variants";

// The media library: uploads with the alt text, caption and credit every published image needs
// (required on upload and on every edit, so no image is ever in the library without them).


export const mediaDetailsSchema = z.object({
  alt: requiredText(ALT_MAX),
  caption: requiredText(CAPTION_MAX, { multiline: true }),
  credit: requiredText(CREDIT_MAX),
});
export type MediaDetails = z.infer<typeof mediaDetailsSchema>;

export const mediaEditSchema = mediaDetailsSchema.extend({ mediaId: idField });

/** A library item as the newsroom shows it. Plain data: it crosses into client islands. */
export type MediaItem = {
  id: number;
  url: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  uploadedBy: number | null;
  uploaderName: string | null;
  createdAt: number;
};

const itemColumns = {
  id: media.id,
  url: media.url,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  uploadedBy: media.uploadedBy,
  uploaderName: users.name,
  createdAt: media.createdAt,
};

/** Stores an upload (refused with a message when it is not a sound JPEG, PNG or WebP) and records it. Every staff member may upload. */
export async function uploadMedia(user: StaffUser, details: MediaDetails, bytes: Uint8Array): Promise<MediaItem> {
  assertCan(user, "writeOwnDrafts");
  const image = await processUpload(bytes);
  const id = getDb().transaction((tx) => {
    const row = tx
      .insert(media)
      .values({
        url: mediaFileUrl(image.url),
        mimeType: "image/jpeg",
        width: image.width,
        height: image.height,
        byteSize: image.byteSize,
        ...details,
        uploadedBy: user.id,
      })
      .returning({ id: media.id })
      .get();
    recordAudit(tx, { actorId: user.id, action: "media.uploaded", subjectType: "media", subjectId: row.id, details: { title: details.alt } });
    return row.id;
  });
  return getMediaItem(id);
}

/** Who may change an item's alt text, caption and credit: its uploader, and editors (as with articles). */
export function mayEditMedia(user: StaffUser, item: Pick<MediaItem, "uploadedBy">): boolean {
  return item.uploadedBy === user.id || can(user.role, "editOthersArticles");
}

/**
 * The public pages whose cached data shows this item's alt text, caption or credit: the published
 * articles with it as featured image or in their body, the cards of those featuring it (soft), and
 * the author pages with it as photo.
 */
function pagesShowingMedia(db: DbExecutor, mediaId: number): string[] {
  const featured = db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(and(isPublished, eq(articles.featuredMediaId, mediaId)))
    .limit(ARTICLE_TAG_LIMIT + 1)
    .all();
  // Body images and gallery photos are only in the body JSON: a substring test passes few rows on to the exact check.
  const inBody = db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(
      and(
        isPublished,
        sql`instr(${articles.body}, ${`"mediaId":${mediaId}`}) > 0`,
        sql`exists (select 1 from json_each(${articles.body}, '$.content') as block
          where (json_extract(block.value, '$.type') = 'image' and json_extract(block.value, '$.attrs.mediaId') = ${mediaId})
            or (json_extract(block.value, '$.type') = 'gallery' and exists (select 1 from json_each(block.value, '$.attrs.items') as item
              where json_extract(item.value, '$.mediaId') = ${mediaId})))`,
      ),
    )
    .limit(ARTICLE_TAG_LIMIT + 1)
    .all();
  const authors = db.select({ slug: users.slug }).from(users).where(eq(users.photoMediaId, mediaId)).all();
  const showing = [...new Map([...featured, ...inBody].map((article) => [article.id, article])).values()];
  return [...shownArticleTags(featured.map((article) => article.id)), ...articlePageTags(showing), ...authors.map((author) => tags.author(author.slug))];
}

export function updateMediaDetails(user: StaffUser, input: z.infer<typeof mediaEditSchema>): MediaItem {
  const { mediaId, ...details } = input;
  getDb().transaction((tx) => {
    const before = tx.select({ uploadedBy: media.uploadedBy, alt: media.alt, caption: media.caption, credit: media.credit }).from(media).where(eq(media.id, mediaId)).get();
    if (!before) throw new Refusal("not-found", "Gambar tidak ditemukan di pustaka media.");
    if (!mayEditMedia(user, before)) throw new Refusal("forbidden", "Hanya pengunggah atau redaktur yang dapat mengubah keterangan gambar ini.");
    assertPublicEditAllowed(tx, user.id);
    tx.update(media).set(details).where(eq(media.id, mediaId)).run();
    recordAudit(tx, { actorId: user.id, action: "media.edited", subjectType: "media", subjectId: mediaId, details: { title: details.alt } });
    const changed = before.alt !== details.alt || before.caption !== details.caption || before.credit !== details.credit;
    if (changed) recordInvalidation(tx, pagesShowingMedia(tx, mediaId));
  });
  applyInvalidations();
  return getMediaItem(mediaId);
}

export function getMediaItem(id: number): MediaItem {
  const item = getDb().select(itemColumns).from(media).leftJoin(users, eq(users.id, media.uploadedBy)).where(eq(media.id, id)).get();
  if (!item) throw new Refusal("not-found", "Gambar tidak ditemukan di pustaka media.");
  return item;
}

/** These items, in no particular order; unknown ids are left out. */
export function listMediaItems(ids: readonly number[]): MediaItem[] {
  if (ids.length === 0) return [];
  return getDb().select(itemColumns).from(media).leftJoin(users, eq(users.id, media.uploadedBy)).where(inArray(media.id, [...ids])).all();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function matching(text: string | undefined): SQL | undefined {
  const words = (text ?? "").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const haystack = sql`lower(${media.alt} || ' ' || coalesce(${media.caption}, '') || ' ' || coalesce(${media.credit}, ''))`;
  return and(...words.map((word) => sql`${haystack} like ${`%${escapeLike(word)}%`} escape '\\'`));
}

/** The library, newest first, optionally narrowed to items whose alt text, caption or credit hold these words. */
export function listMedia(filter: { text?: string; page?: number; pageSize?: number } = {}): Paginated<MediaItem> {
  const db = getDb();
  const where = matching(filter.text);
  const size = filter.pageSize ?? PAGE_SIZE;
  const page = Math.max(1, filter.page ?? 1);
  const items = db
    .select(itemColumns)
    .from(media)
    .leftJoin(users, eq(users.id, media.uploadedBy))
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(size)
    .offset((page - 1) * size)
    .all();
  const total = db.select({ n: count() }).from(media).where(where).get()?.n ?? 0;
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / size)) };
}

