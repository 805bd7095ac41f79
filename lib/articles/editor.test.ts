import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleCredits, articleHashtags, articleRevisions, articles, auditLog, media, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, makeArticle, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { articleFormSchema, getArticleForEditing, parseHashtagList, restoreRevision, saveArticle, type ArticleForm } from "./editor";
import { transitionArticle } from "./workflow";

let staff: Record<UserRole, StaffUser>;

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
afterAll(() => closeDatabase());

const paragraph = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function form(fields: Record<string, string>): ArticleForm {
  return articleFormSchema.parse({ title: "Banjir rob di pesisir utara", body: JSON.stringify(doc(paragraph("Air laut naik."))), ...fields });
}

const stored = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;

describe("saveArticle", () => {
  it("creates a draft by its writer with hashtags, credits, a revision and an audit entry", () => {
    const result = saveArticle(
      staff.contributor,
      form({
        dek: "Warga mengungsi.",
        datelinePlace: "Semarang",
        hashtags: "#Banjir Rob, semarang\n#banjirrob",
        credits: JSON.stringify([{ role: "pewarta", userId: staff.contributor.id }, { role: "fotografer", guestName: "Andi Foto" }]),
        seoTitle: "Banjir rob Semarang",
      }),
    );
    if (!result.ok) throw new Error("expected a save");
    const article = stored(result.article.id);
    expect(article).toMatchObject({ status: "draft", authorId: staff.contributor.id, slug: "banjir-rob-di-pesisir-utara", datelinePlace: "Semarang", version: 1 });
    expect(article.bodyText).toBe("Air laut naik.");
    const tagRows = getDb().select().from(articleHashtags).where(eq(articleHashtags.articleId, article.id)).all();
    expect(tagRows).toHaveLength(2);
    const credits = getDb().select().from(articleCredits).where(eq(articleCredits.articleId, article.id)).all();
    expect(credits.map((c) => [c.role, c.userId, c.guestName])).toEqual([
      ["pewarta", staff.contributor.id, null],
      ["fotografer", null, "Andi Foto"],
    ]);
    expect(getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, article.id)).all()).toHaveLength(1);
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ action: "article.created", subjectId: article.id });
  });

  it("stores the story's kind (Berita by default), keeps it when a save names none, and refuses an unknown one", () => {
    const created = saveArticle(staff.reporter, form({ title: "Menimbang subsidi energi" }));
    if (!created.ok) throw new Error("expected a save");
    expect(stored(created.article.id).kind).toBe("berita");
    const id = String(created.article.id);
    expect(saveArticle(staff.reporter, form({ articleId: id, version: "1", kind: "opini" }))).toMatchObject({ ok: true });
    expect(saveArticle(staff.reporter, form({ articleId: id, version: "2" }))).toMatchObject({ ok: true });
    expect(stored(created.article.id)).toMatchObject({ kind: "opini", version: 3 });
    for (const kind of ["iklan", "Opini", "<script>", ""]) {
      expect(articleFormSchema.safeParse({ title: "x", body: "{}", kind }).success, kind).toBe(false);
    }
  });

  it("gives a clashing slug the first free suffix and says so", () => {
    const first = saveArticle(staff.reporter, form({ title: "Harga cabai naik" }));
    const second = saveArticle(staff.reporter, form({ title: "Harga cabai naik" }));
    if (!first.ok || !second.ok) throw new Error("expected saves");
    expect(first.slugAdjusted).toBe(false);
    expect(second).toMatchObject({ slugAdjusted: true, article: { slug: "harga-cabai-naik-2" } });
    const again = saveArticle(staff.reporter, form({ title: "Harga cabai naik", articleId: String(first.article.id), version: "1" }));
    expect(again).toMatchObject({ ok: true, slugAdjusted: false, article: { slug: "harga-cabai-naik", version: 2 } });
  });

  it("refuses a stale save, keeps what is stored and hands back the other person's text", () => {
    const created = saveArticle(staff.reporter, form({ title: "Rapat anggaran" }));
    if (!created.ok) throw new Error("expected a save");
    const id = String(created.article.id);
    const editor = saveArticle(staff.editor, form({ articleId: id, version: "1", title: "Rapat anggaran molor", body: JSON.stringify(doc(paragraph("Teks redaktur."))) }));
    expect(editor.ok).toBe(true);
    const before = traceCounts();
    const stale = saveArticle(staff.reporter, form({ articleId: id, version: "1", title: "Rapat anggaran ditunda", body: JSON.stringify(doc(paragraph("Teks pewarta."))) }));
    expect(stale).toMatchObject({
      ok: false,
      conflict: { version: 2, theirs: { article: { title: "Rapat anggaran molor", bodyText: "Teks redaktur." }, hashtags: "", credits: [] } },
    });
    expect(traceCounts()).toEqual(before);
    expect(stored(created.article.id)).toMatchObject({ title: "Rapat anggaran molor", version: 2 });
  });

  it("lets contributors edit only their own work and editors everyone's", () => {
    const own = makeArticle("draft", staff.contributor.id);
    const others = makeArticle("draft", staff.reporter.id);
    expect(refusalOf(() => saveArticle(staff.contributor, form({ articleId: String(others.id), version: "1" }))).reason).toBe("forbidden");
    expect(refusalOf(() => saveArticle(staff.reporter, form({ articleId: String(own.id), version: "1" }))).reason).toBe("forbidden");
    expect(refusalOf(() => getArticleForEditing(staff.contributor, others.id)).reason).toBe("forbidden");
    expect(saveArticle(staff.contributor, form({ articleId: String(own.id), version: "1" })).ok).toBe(true);
    expect(saveArticle(staff.editor, form({ articleId: String(others.id), version: "1" })).ok).toBe(true);
    expect(refusalOf(() => saveArticle(staff.editor, form({ articleId: "999999", version: "1" }))).reason).toBe("not-found");
  });

  it("keeps a published article's old slug as a redirect when the slug changes", () => {
    const published = makeArticle("published", staff.reporter.id);
    const result = saveArticle(staff.editor, form({ articleId: String(published.id), version: "1", slug: "Judul Baru Sekali" }));
    expect(result).toMatchObject({ ok: true, article: { slug: "judul-baru-sekali", status: "published" } });
    const redirect = getDb().$client.prepare("select from_path from redirects where article_id = ?").get(published.id) as { from_path: string };
    expect(redirect.from_path).toBe(`/berita/${published.slug}`);
  });
});

describe("images", () => {
  const demoMedia = () => getDb().select().from(media).limit(2).all();
  const image = (mediaId: number) => ({ type: "image", attrs: { mediaId, caption: "Keterangan", credit: "Foto: Andi" } });

  it("saves a featured image and body images from the library; the editor gets them back with their pictures", () => {
    const [featured, inBody] = demoMedia();
    const saved = saveArticle(staff.reporter, form({ featuredMediaId: String(featured!.id), body: JSON.stringify(doc(paragraph("Teks."), image(inBody!.id))) }));
    if (!saved.ok) throw new Error("expected a save");
    expect(saved.article.featuredMediaId).toBe(featured!.id);
    const loaded = getArticleForEditing(staff.reporter, saved.article.id);
    expect(loaded.featuredMedia).toMatchObject({ id: featured!.id, url: featured!.url, alt: featured!.alt });
    expect(loaded.body.content[1]).toEqual({ type: "image", attrs: { mediaId: inBody!.id, caption: "Keterangan", credit: "Foto: Andi", src: inBody!.url, alt: inBody!.alt } });
    const cleared = saveArticle(staff.reporter, form({ articleId: String(saved.article.id), version: "1", featuredMediaId: "" }));
    expect(cleared).toMatchObject({ ok: true, article: { featuredMediaId: null } });
    const oldest = getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, saved.article.id)).orderBy(articleRevisions.version).get()!;
    expect(restoreRevision(staff.reporter, { articleId: saved.article.id, revisionId: oldest.id, version: 2 })).toMatchObject({ ok: true, article: { featuredMediaId: featured!.id } });
  });

  it("saves a gallery of library images; the editor gets each photo's picture back", () => {
    const [first, second] = demoMedia();
    const gallery = { type: "gallery", attrs: { items: [{ mediaId: first!.id, caption: "Satu", credit: "Andi" }, { mediaId: second!.id }] } };
    const saved = saveArticle(staff.reporter, form({ body: JSON.stringify(doc(paragraph("Teks."), gallery)) }));
    if (!saved.ok) throw new Error("expected a save");
    expect(getArticleForEditing(staff.reporter, saved.article.id).body.content[1]).toEqual({
      type: "gallery",
      attrs: {
        items: [
          { mediaId: first!.id, caption: "Satu", credit: "Andi", src: first!.url, alt: first!.alt },
          { mediaId: second!.id, src: second!.url, alt: second!.alt },
        ],
      },
    });
  });

  it("refuses an unknown featured image or body image with a clear message, changing nothing", () => {
    const before = traceCounts();
    expect(refusalOf(() => saveArticle(staff.reporter, form({ featuredMediaId: "987654" })))).toMatchObject({
      reason: "invalid",
      field: "featuredMediaId",
      message: "Gambar utama tidak ditemukan di pustaka media. Pilih gambar lain.",
    });
    expect(refusalOf(() => saveArticle(staff.reporter, form({ body: JSON.stringify(doc(image(987654))) })))).toMatchObject({
      reason: "invalid",
      field: "body",
      message: expect.stringContaining("tidak ada di pustaka media (#987654)"),
    });
    const [known] = demoMedia();
    const gallery = { type: "gallery", attrs: { items: [{ mediaId: known!.id }, { mediaId: 987655 }] } };
    expect(refusalOf(() => saveArticle(staff.reporter, form({ body: JSON.stringify(doc(gallery)) })))).toMatchObject({
      reason: "invalid",
      field: "body",
      message: expect.stringContaining("tidak ada di pustaka media (#987655)"),
    });
    expect(traceCounts()).toEqual(before);
  });
});

describe("restoreRevision", () => {
  it("saves an old revision's text as the newest version, noted in the revision and the audit log", () => {
    const first = saveArticle(staff.reporter, form({ title: "Gempa Cianjur", hashtags: "gempa" }));
    if (!first.ok) throw new Error("expected a save");
    const id = first.article.id;
    saveArticle(staff.reporter, form({ articleId: String(id), version: "1", title: "Gempa Cianjur susulan", hashtags: "susulan", body: JSON.stringify(doc(paragraph("Baru."))) }));
    const oldest = getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(articleRevisions.version).get()!;

    expect(restoreRevision(staff.reporter, { articleId: id, revisionId: oldest.id, version: 1 })).toMatchObject({ ok: false, conflict: { version: 2 } });
    const restored = restoreRevision(staff.reporter, { articleId: id, revisionId: oldest.id, version: 2 });
    expect(restored).toMatchObject({ ok: true, article: { title: "Gempa Cianjur", version: 3, bodyText: "Air laut naik." } });
    expect(getArticleForEditing(staff.reporter, id).hashtags).toBe("gempa");
    expect(getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(desc(articleRevisions.id)).get()!.note).toBe("Dipulihkan dari versi 1.");
    expect(refusalOf(() => restoreRevision(staff.contributor, { articleId: id, revisionId: oldest.id, version: 3 })).reason).toBe("forbidden");
  });
});

describe("hostile bodies are refused and change nothing", () => {
  // Built as text, as a browser would post it: JSON.stringify itself cannot nest this deep.
  const nestedLists = (depth: number) =>
    `{"type":"doc","content":[${'{"type":"bulletList","content":[{"type":"listItem","content":['.repeat(depth)}${JSON.stringify(paragraph("dasar"))}${"]}]}".repeat(depth)}]}`;
  const cases: Record<string, unknown> = {
    "an unknown node type": doc({ type: "iframe", attrs: { src: "https://jahat.example" } }),
    "a javascript: link": doc({ type: "paragraph", content: [{ type: "text", text: "klik", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }),
    "lists nested one level past the limit": nestedLists(6),
    "a 5 MB body": doc(...Array.from({ length: 5 * 1024 }, () => paragraph("x".repeat(1024)))),
    "not a document": [1, 2, 3],
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`refuses ${name}`, () => {
      const before = traceCounts();
      const refusal = refusalOf(() => saveArticle(staff.reporter, form({ body: typeof body === "string" ? body : JSON.stringify(body) })));
      expect(refusal).toMatchObject({ reason: "invalid", field: "body" });
      expect(refusal.message).toMatch(/^Isi artikel tidak valid/);
      expect(traceCounts()).toEqual(before);
    });
  }

  it("refuses JSON nested past the body's depth at the form boundary, before parsing it, and accepts a body at the limit", () => {
    const nested = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
    for (const body of [nested(500_000), nestedLists(10_000)]) {
      const result = articleFormSchema.safeParse({ title: "Judul", body });
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((issue) => issue.message)).toEqual([expect.stringMatching(/terlalu bertingkat/)]);
    }
    // Brackets inside strings are text, not nesting.
    expect(articleFormSchema.safeParse({ title: "Judul", body: JSON.stringify(doc(paragraph(nested(1_000)))) }).success).toBe(true);
    let deepest: unknown = paragraph("Kutipan.");
    for (let level = 2; level < 12; level++) deepest = { type: "blockquote", content: [deepest] };
    expect(articleFormSchema.safeParse({ title: "Judul", body: JSON.stringify(doc(deepest as never)) }).success).toBe(true);
  });

  it("refuses a body that is not JSON at the form boundary", () => {
    expect(articleFormSchema.safeParse({ title: "Judul", body: "<p>halo</p>" }).success).toBe(false);
  });
});

describe("form fields", () => {
  it("normalizes hashtags and refuses ones without letters or digits", () => {
    expect(parseHashtagList("#Jakarta, jakarta\n#Banjir Rob,  ")).toEqual([
      { name: "Jakarta", slug: "jakarta" },
      { name: "BanjirRob", slug: "banjirrob" },
    ]);
    expect(parseHashtagList("#🔥")).toEqual({ error: expect.stringContaining("tidak berisi huruf atau angka") });
  });

  it("refuses markup in the title and a credit that names neither staff nor guest", () => {
    expect(articleFormSchema.safeParse({ title: "<script>x</script>", body: "{}" }).success).toBe(false);
    expect(articleFormSchema.safeParse({ title: "Judul", body: "{}", credits: JSON.stringify([{ role: "pewarta" }]) }).success).toBe(false);
  });
});

describe("publishing waits for pending Baca juga references", () => {
  it("refuses to publish while an imported reference is unresolved, and publishes once it is resolved", () => {
    const pending = doc(paragraph("Isi."), { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Film lama" } });
    const saved = saveArticle(staff.reporter, form({ title: "Ulasan festival", body: JSON.stringify(pending) }));
    if (!saved.ok) throw new Error("expected a save");
    const refusal = refusalOf(() =>
      transitionArticle({ kind: "staff", user: staff.editor }, { articleId: saved.article.id, transition: "publish", expectedVersion: 1 }),
    );
    expect(refusal.reason).toBe("conflict");
    expect(refusal.message).toContain('"Baca juga" yang belum ditautkan ("Film lama")');
    expect(stored(saved.article.id).status).toBe("draft");

    const target = makeArticle("published", staff.reporter.id);
    const resolved = doc(paragraph("Isi."), { type: "relatedArticle", attrs: { articleId: target.id, pendingTitle: null } });
    expect(saveArticle(staff.reporter, form({ articleId: String(saved.article.id), version: "1", title: "Ulasan festival", body: JSON.stringify(resolved) })).ok).toBe(true);
    const { article } = transitionArticle({ kind: "staff", user: staff.editor }, { articleId: saved.article.id, transition: "publish", expectedVersion: 2 });
    expect(article.status).toBe("published");
  });

  it.each(["published", "scheduled"] as const)("refuses to save a %s article with an unresolved reference, changing nothing", (state) => {
    const article = makeArticle(state, staff.reporter.id);
    const pending = doc(paragraph("Isi."), { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Film lama" } });
    const before = traceCounts();
    const refusal = refusalOf(() =>
      saveArticle(staff.editor, form({ articleId: String(article.id), version: "1", title: "Judul baru", body: JSON.stringify(pending) })),
    );
    expect(refusal).toMatchObject({ reason: "invalid", field: "body" });
    expect(refusal.message).toContain('"Baca juga" yang belum ditautkan ("Film lama")');
    expect(traceCounts()).toEqual(before);
    expect(stored(article.id)).toMatchObject({ version: 1, status: state });
  });
});

describe("an old address of another article is not taken over", () => {
  /** A published article moved from `old` to another slug: /berita/<old> now redirects to it. */
  function movedFrom(old: string): number {
    const saved = saveArticle(staff.editor, form({ title: old }));
    if (!saved.ok) throw new Error("expected a save");
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: saved.article.id, transition: "publish", expectedVersion: 1 });
    expect(saveArticle(staff.editor, form({ articleId: String(saved.article.id), version: "2", title: old, slug: `${old} pindah` }))).toMatchObject({ ok: true });
    return saved.article.id;
  }
  const redirectOf = (slug: string) => getDb().$client.prepare("select article_id from redirects where from_path = ?").get(`/berita/${slug}`) as { article_id: number } | undefined;

  it("a slug another article's old address redirects from gets a suffix, and the message can say why", () => {
    const oldOwner = movedFrom("alamat-lama-satu");
    const result = saveArticle(staff.reporter, form({ title: "Judul lain", slug: "alamat-lama-satu" }));
    expect(result).toMatchObject({ ok: true, slugAdjusted: true, slugHeldByOldAddress: true, article: { slug: "alamat-lama-satu-2" } });
    expect(redirectOf("alamat-lama-satu")?.article_id).toBe(oldOwner);
    // An editor without the knowing choice is held off the same way.
    expect(saveArticle(staff.editor, form({ title: "Judul lain", slug: "alamat-lama-satu" }))).toMatchObject({ article: { slug: "alamat-lama-satu-3" } });
  });

  it("only an editor may take the old address over, and then its redirect goes", () => {
    const oldOwner = movedFrom("alamat-lama-dua");
    const before = traceCounts();
    expect(refusalOf(() => saveArticle(staff.reporter, form({ title: "Judul lain", slug: "alamat-lama-dua", releaseOldAddress: "on" })))).toMatchObject({
      reason: "forbidden",
      field: "releaseOldAddress",
    });
    expect(traceCounts()).toEqual(before);
    expect(redirectOf("alamat-lama-dua")?.article_id).toBe(oldOwner);

    const published = makeArticle("published", staff.reporter.id);
    const mark = lastInvalidationId();
    const taken = saveArticle(staff.editor, form({ articleId: String(published.id), version: "1", slug: "alamat-lama-dua", releaseOldAddress: "on" }));
    expect(taken).toMatchObject({ ok: true, slugAdjusted: false, article: { slug: "alamat-lama-dua" } });
    expect(redirectOf("alamat-lama-dua")).toBeUndefined();
    expect(invalidatedSince(mark)).toContain(tags.articleSlug("alamat-lama-dua"));
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ details: expect.objectContaining({ releasedOldAddress: "alamat-lama-dua" }) });
  });

  it("an article may go back to its own old slug", () => {
    const id = movedFrom("alamat-lama-tiga");
    expect(saveArticle(staff.editor, form({ articleId: String(id), version: "3", title: "x", slug: "alamat-lama-tiga" }))).toMatchObject({
      ok: true,
      slugAdjusted: false,
      article: { slug: "alamat-lama-tiga" },
    });
    expect(redirectOf("alamat-lama-tiga")).toBeUndefined();
  });
});

describe("autosaves", () => {
  const revisionsOf = (id: number) =>
    getDb().select().from(articleRevisions).where(eq(articleRevisions.articleId, id)).orderBy(articleRevisions.id).all();

  it("a writer's consecutive autosaves keep one revision with the latest text; explicit saves and moves keep their own", () => {
    const start = Date.now();
    const created = saveArticle(staff.reporter, form({ title: "Draf panjang" }));
    if (!created.ok) throw new Error("expected a save");
    const id = String(created.article.id);
    const autosave = (version: number, title: string, now: number) =>
      saveArticle(staff.reporter, form({ articleId: id, version: String(version), title, autosave: "1" }), { now });

    autosave(1, "Draf panjang a", start + 3_000);
    autosave(2, "Draf panjang ab", start + 6_000);
    autosave(3, "Draf panjang abc", start + 9_000);
    expect(revisionsOf(created.article.id).map((r) => [r.kind, r.version])).toEqual([
      ["revision", 1],
      ["autosave", 4],
    ]);
    expect((revisionsOf(created.article.id)[1]!.snapshot as { article: { title: string } }).article.title).toBe("Draf panjang abc");

    saveArticle(staff.reporter, form({ articleId: id, version: "4", title: "Draf panjang disimpan" }), { now: start + 12_000 });
    autosave(5, "Draf panjang lagi", start + 15_000);
    transitionArticle({ kind: "staff", user: staff.reporter }, { articleId: created.article.id, transition: "submit", expectedVersion: 6 }, start + 18_000);
    autosave(7, "Draf setelah dikirim", start + 21_000);
    autosave(8, "Draf setelah jeda", start + 21_000 + 11 * 60_000);
    expect(revisionsOf(created.article.id).map((r) => [r.kind, r.version])).toEqual([
      ["revision", 1],
      ["autosave", 4],
      ["revision", 5],
      ["autosave", 6],
      ["revision", 7],
      ["autosave", 8],
      ["autosave", 9],
    ]);
  });

  it("another person's autosave does not replace the writer's", () => {
    const created = saveArticle(staff.reporter, form({ title: "Draf bersama" }));
    if (!created.ok) throw new Error("expected a save");
    const id = String(created.article.id);
    saveArticle(staff.reporter, form({ articleId: id, version: "1", title: "Draf bersama a", autosave: "1" }));
    saveArticle(staff.editor, form({ articleId: id, version: "2", title: "Draf bersama b", autosave: "1" }));
    expect(revisionsOf(created.article.id).map((r) => [r.kind, r.version, r.authorId])).toEqual([
      ["revision", 1, staff.reporter.id],
      ["autosave", 2, staff.reporter.id],
      ["autosave", 3, staff.editor.id],
    ]);
  });
});
