import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, media, users } from "@/db/schema";
import type { StaffUser } from "@/lib/auth/session";
import { Refusal } from "@/lib/newsroom/refusal";
import { soft, tags } from "@/lib/cache/tags";
import { createArticle } from "@/lib/articles/store";
import { PUBLIC_EDIT_LIMIT } from "@/lib/newsroom/public-edit-limit";
import { invalidatedSince, lastInvalidationId, refusalOf } from "@/lib/newsroom/testing";
import { getMediaItem, listMedia, mediaDetailsSchema, mediaEditSchema, updateMediaDetails, uploadMedia } from "./library";
import { missingMediaIds } from "./missing";
import { serveMediaFile } from "./serve";
import { seededMediaLibrary, testImage } from "./testing";
import { responsiveSources } from "./variants";

const library = seededMediaLibrary();

const details = mediaDetailsSchema.parse({ alt: "Warga menunggu di pos pengungsian", caption: "Pengungsi banjir di Semarang.", credit: "Andi Foto/RI News" });
const mediaRows = () => getDb().select({ n: count() }).from(media).get()!.n;
const get = (path: string, headers: Record<string, string> = {}) => serveMediaFile(path.replace(/^\/media\//, "").split("/"), new Request(`http://localhost${path}`, { headers }));

describe("the media library", { timeout: 30_000 }, () => {
  it("records an upload by any staff member with its details, uploader and an audit entry, and serves its files", async () => {
    const item = await uploadMedia(library.staff.contributor, details, await testImage("jpeg", 1400, 900));
    expect(item).toMatchObject({ ...details, width: 1400, height: 900, uploadedBy: library.staff.contributor.id, uploaderName: library.staff.contributor.name });
    expect(item.url).toMatch(/^\/media\/[0-9a-f]{32}\/1400\.jpg$/);
    const row = getDb().select().from(media).where(eq(media.id, item.id)).get()!;
    expect(row).toMatchObject({ mimeType: "image/jpeg", byteSize: expect.any(Number) });
    const audit = getDb().select().from(auditLog).where(eq(auditLog.subjectType, "media")).all();
    expect(audit).toEqual([expect.objectContaining({ action: "media.uploaded", subjectId: item.id, actorId: library.staff.contributor.id })]);

    const sources = responsiveSources(item.url)!;
    for (const url of [item.url, ...sources.avif.split(", ").map((entry) => entry.split(" ")[0]!)]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
    expect((await get(item.url)).headers.get("content-type")).toBe("image/jpeg");
    const avif = await get(sources.avif.split(" ")[0]!);
    expect(avif.headers.get("content-type")).toBe("image/avif");
    expect((await get(item.url, { "if-none-match": (await get(item.url)).headers.get("etag")! })).status).toBe(304);
  });

  it("answers 404 for unknown and malformed paths, and never leaves MEDIA_DIR", async () => {
    const { url } = listMedia().items[0]!;
    for (const path of [
      url.replace(/\/1400\.jpg$/, "/900.jpg"),
      url.replace(/\.jpg$/, ".png"),
      url.replace(/[0-9a-f]{32}/, "0".repeat(32)),
      "/media/../../etc/passwd",
      "/media/..%2F..%2Fportal.db",
      `${url}/extra`,
      "/media/ABCDEF0123456789ABCDEF0123456789/400.jpg",
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await serveMediaFile(["..", "..", "etc", "passwd"], new Request("http://localhost/"))).status).toBe(404);
  });

  it("requires alt text, caption and credit, and refuses markup in them", () => {
    const blank = mediaDetailsSchema.safeParse({ alt: " ", caption: "", credit: "" });
    expect(blank.success).toBe(false);
    expect(Object.keys(blank.error!.flatten().fieldErrors).sort()).toEqual(["alt", "caption", "credit"]);
    expect(mediaDetailsSchema.safeParse({ ...details, caption: "<script>alert(1)</script>" }).success).toBe(false);
  });

  it("refuses a bad file and records nothing", async () => {
    const before = { media: mediaRows(), audit: getDb().select({ n: count() }).from(auditLog).get()!.n };
    await expect(uploadMedia(library.staff.editor, details, new TextEncoder().encode("bukan gambar"))).rejects.toBeInstanceOf(Refusal);
    expect({ media: mediaRows(), audit: getDb().select({ n: count() }).from(auditLog).get()!.n }).toEqual(before);
  });

  it("lets the uploader and editors change the details, and no one else", async () => {
    const item = await uploadMedia(library.staff.reporter, details, await testImage("png", 300, 300));
    const edit = (user: StaffUser, alt: string) => updateMediaDetails(user, mediaEditSchema.parse({ mediaId: item.id, ...details, alt }));
    expect(edit(library.staff.reporter, "Diubah pengunggah").alt).toBe("Diubah pengunggah");
    expect(edit(library.staff.editor, "Diubah redaktur").alt).toBe("Diubah redaktur");
    expect(refusalOf(() => edit(library.staff.contributor, "Diubah orang lain")).reason).toBe("forbidden");
    expect(getMediaItem(item.id).alt).toBe("Diubah redaktur");
    expect(refusalOf(() => updateMediaDetails(library.staff.admin, { mediaId: 999_999, ...details })).reason).toBe("not-found");
  });

  it("a changed alt text, caption or credit drops exactly the public pages that show the image; an unchanged save invalidates nothing", async () => {
    const item = await uploadMedia(library.staff.reporter, details, await testImage("png", 320, 320));
    const other = await uploadMedia(library.staff.reporter, details, await testImage("png", 330, 330));
    const article = (title: string, status: "published" | "draft", options: { featured?: number; bodyImage?: number; gallery?: number[] }) =>
      createArticle({
        title,
        status,
        publishedAt: status === "published" ? Date.now() - 60_000 : null,
        featuredMediaId: options.featured ?? null,
        body: {
          type: "doc",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "Isi." }] },
            ...(options.bodyImage ? [{ type: "image" as const, attrs: { mediaId: options.bodyImage, caption: "", credit: "" } }] : []),
            ...(options.gallery ? [{ type: "gallery" as const, attrs: { items: options.gallery.map((mediaId) => ({ mediaId })) } }] : []),
          ],
        },
      });
    const featuring = article("Banjir dengan foto utama", "published", { featured: item.id });
    const embedding = article("Banjir dengan foto di isi", "published", { bodyImage: item.id });
    const inGallery = article("Banjir dengan foto di galeri", "published", { gallery: [other.id, item.id] });
    const unrelated = article("Banjir dengan foto lain", "published", { featured: other.id, bodyImage: other.id, gallery: [other.id, other.id] });
    const draft = article("Draf dengan foto", "draft", { featured: item.id, bodyImage: item.id });
    getDb().update(users).set({ photoMediaId: item.id }).where(eq(users.id, library.staff.editor.id)).run();

    const save = (mediaId: number, alt: string) => updateMediaDetails(library.staff.editor, mediaEditSchema.parse({ mediaId, ...details, alt }));
    let mark = lastInvalidationId();
    save(item.id, details.alt);
    expect(invalidatedSince(mark)).toEqual([]);

    mark = lastInvalidationId();
    save(item.id, "Warga mengantre bantuan");
    expect(new Set(invalidatedSince(mark))).toEqual(
      new Set([
        soft(tags.article(featuring.id)),
        tags.article(featuring.id),
        tags.articleSlug(featuring.slug),
        tags.article(embedding.id),
        tags.articleSlug(embedding.slug),
        tags.article(inGallery.id),
        tags.articleSlug(inGallery.slug),
        tags.author(library.staff.editor.slug),
      ]),
    );
    for (const left of [unrelated, draft]) expect(invalidatedSince(mark)).not.toContain(tags.article(left.id));
    expect(invalidatedSince(mark)).not.toContain(tags.site);

    mark = lastInvalidationId();
    const unused = await uploadMedia(library.staff.reporter, details, await testImage("png", 340, 340));
    save(unused.id, "Tidak dipakai di mana pun");
    expect(invalidatedSince(mark)).toEqual([]);
  });

  it(`refuses a staff member's ${PUBLIC_EDIT_LIMIT.edits + 1}th edit of image details or profile within a minute, changing nothing`, async () => {
    const item = await uploadMedia(library.staff.contributor, details, await testImage("png", 350, 350));
    const save = (alt: string) => updateMediaDetails(library.staff.contributor, mediaEditSchema.parse({ mediaId: item.id, ...details, alt }));
    for (let i = 0; i < PUBLIC_EDIT_LIMIT.edits; i++) save(`Keterangan ${i}`);
    const mark = lastInvalidationId();
    const refusal = refusalOf(() => save("Satu kali lagi"));
    expect(refusal.message).toMatch(/Terlalu banyak perubahan/);
    expect(getMediaItem(item.id).alt).toBe(`Keterangan ${PUBLIC_EDIT_LIMIT.edits - 1}`);
    expect(invalidatedSince(mark)).toEqual([]);
    // Someone else is not held up by it.
    expect(updateMediaDetails(library.staff.editor, mediaEditSchema.parse({ mediaId: item.id, ...details, alt: "Diperbaiki redaktur" })).alt).toBe("Diperbaiki redaktur");
    // Once those edits are more than a minute old, the writer may edit again.
    getDb()
      .update(auditLog)
      .set({ createdAt: Date.now() - PUBLIC_EDIT_LIMIT.windowMs - 1_000 })
      .where(eq(auditLog.actorId, library.staff.contributor.id))
      .run();
    expect(save("Sudah boleh lagi").alt).toBe("Sudah boleh lagi");
  });

  it("lists newest first, finds by words of the alt text, caption or credit, and pages", async () => {
    const list = listMedia();
    expect(list.items[0]!.createdAt).toBeGreaterThanOrEqual(list.items.at(-1)!.createdAt);
    expect(listMedia({ text: "redaktur" }).items.map((item) => item.alt)).toEqual(["Diubah redaktur"]);
    expect(listMedia({ text: "andi 100%" }).items).toEqual([]);
    const paged = listMedia({ pageSize: 1, page: 2 });
    expect(paged).toMatchObject({ page: 2, total: list.total, pageCount: list.total });
  });

  it("names the ids that are not in the library", () => {
    const { id } = listMedia().items[0]!;
    expect(missingMediaIds(getDb(), [id, 999_998, id])).toEqual([999_998]);
  });
});
