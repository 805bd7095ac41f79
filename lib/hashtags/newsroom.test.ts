import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleHashtags, articles, auditLog, hashtags } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { getHashtagListing } from "@/lib/articles/listings";
import { articleFormSchema, saveArticle } from "@/lib/articles/editor";
import { createArticle } from "@/lib/articles/store";
import { paragraphsToBody } from "@/lib/body/schema";
import { soft, tags } from "@/lib/cache/tags";
import { findFeedRedirect } from "@/lib/feeds";
import { findHashtagRedirect } from "@/lib/redirects";
import { hashtagSlug } from "@/lib/text/slug";
import {
  deleteHashtag,
  findHashtagIdByName,
  getNewsroomHashtag,
  listNewsroomHashtags,
  mergeHashtags,
  updateHashtag,
} from "./newsroom";
import { invalidatedSince, lastInvalidationId, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";

let staff: ReturnType<typeof seededStaff>;
let made = 0;

function tagged(names: string[], status: "published" | "draft" = "published"): { id: number; slug: string } {
  return createArticle({
    title: `Berita tagar ${++made}`,
    body: paragraphsToBody([{ kind: "paragraph", text: "Isi." }]),
    status,
    publishedAt: status === "published" ? Date.now() - 60_000 * made : null,
    hashtags: names.map((name) => ({ name, slug: hashtagSlug(name) })),
  });
}

const idOf = (slug: string) => getDb().select({ id: hashtags.id }).from(hashtags).where(eq(hashtags.slug, slug)).get()?.id;
const tagsOf = (articleId: number) =>
  getDb()
    .select({ slug: hashtags.slug, status: articleHashtags.status, publishedAt: articleHashtags.publishedAt })
    .from(articleHashtags)
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(eq(articleHashtags.articleId, articleId))
    .orderBy(asc(articleHashtags.position))
    .all();
const article = (id: number) => getDb().select().from(articles).where(eq(articles.id, id)).get()!;
const lastAudit = () => getDb().select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;

describe("newsroom hashtags", () => {
  beforeAll(async () => {
    await seedFreshDatabase();
    staff = seededStaff();
  });
  afterAll(() => closeDatabase());

  it("lists hashtags by words of their slug, 20 a page, with published and all article counts", () => {
    for (let n = 1; n <= 22; n++) tagged([`DaftarUji${String(n).padStart(2, "0")}`]);
    tagged(["DaftarUji01"], "draft");
    const first = listNewsroomHashtags(staff.editor, { text: "#daftaruji" });
    expect(first).toMatchObject({ total: 22, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.items[0]).toMatchObject({ slug: "daftaruji01", published: 1, articles: 2 });
    expect(listNewsroomHashtags(staff.editor, { text: "daftaruji", page: 2 }).items.map((h) => h.slug)).toEqual(["daftaruji21", "daftaruji22"]);
    expect(listNewsroomHashtags(staff.editor, { text: "uji2" }).items.map((h) => h.slug)).toEqual(["daftaruji20", "daftaruji21", "daftaruji22"]);
    expect(listNewsroomHashtags(staff.editor, { text: "🔥" }).total).toBe(0);
    expect(listNewsroomHashtags(staff.editor, { text: "%" }).total).toBe(0);
  });

  it("renaming without changing the slug keeps the page and updates the name on its articles' pages", () => {
    const { id: articleId, slug } = tagged(["koreaselatan"]);
    const id = idOf("koreaselatan")!;
    const mark = lastInvalidationId();
    updateHashtag(staff.editor, id, { name: "KoreaSelatan", description: "Berita dari Semenanjung Korea." });
    expect(getNewsroomHashtag(staff.editor, id)).toMatchObject({ name: "KoreaSelatan", slug: "koreaselatan", description: "Berita dari Semenanjung Korea." });
    expect(invalidatedSince(mark)).toEqual(expect.arrayContaining([tags.hashtag("koreaselatan"), soft(tags.trending), tags.article(articleId), tags.articleSlug(slug)]));
    expect(lastAudit()).toMatchObject({ action: "hashtag.updated", subjectId: id, details: { name: { from: "koreaselatan", to: "KoreaSelatan" } } });
  });

  it("a name with another slug moves the hashtag: the old page 301s to the new one with the same articles", async () => {
    const { id: articleId } = tagged(["Pilkada2024"]);
    const id = idOf("pilkada2024")!;
    updateHashtag(staff.editor, id, { name: "#PilkadaSerentak" });
    expect(getNewsroomHashtag(staff.editor, id)).toMatchObject({ name: "PilkadaSerentak", slug: "pilkadaserentak" });
    expect(await getHashtagListing("pilkada2024", 1)).toBeNull();
    expect(await findHashtagRedirect("pilkada2024")).toBe("/tag/pilkadaserentak");
    expect((await getHashtagListing("pilkadaserentak", 1))?.listing.items.map((a) => a.id)).toEqual([articleId]);
  });

  it("refuses a rename onto another hashtag's slug and points to merging", () => {
    tagged(["Banjir", "BanjirJakarta"]);
    const before = traceCounts();
    const refusal = refusalOf(() => updateHashtag(staff.editor, idOf("banjirjakarta")!, { name: "BANJIR" }));
    expect(refusal).toMatchObject({ reason: "conflict", field: "name" });
    expect(refusal.message).toMatch(/Gabungkan/);
    expect(traceCounts()).toEqual(before);
  });

  it("merges a hashtag into another: articles move without duplicates, keep their order and listing copies, and the old page 301s", async () => {
    const onlySource = tagged(["GempaBumi", "Bmkg"]);
    const both = tagged(["Bmkg", "GempaBumi", "Gempa"]);
    const onlyTarget = tagged(["Gempa"]);
    const draft = tagged(["GempaBumi"], "draft");
    const source = idOf("gempabumi")!;
    const target = idOf("gempa")!;
    updateHashtag(staff.editor, source, { name: "GempaBumiTerkini" });
    const mark = lastInvalidationId();

    expect(mergeHashtags(staff.editor, source, target)).toEqual({ moved: 2, alreadyTagged: 1 });

    expect(idOf("gempabumiterkini")).toBeUndefined();
    expect(tagsOf(onlySource.id).map((t) => t.slug)).toEqual(["gempa", "bmkg"]);
    expect(tagsOf(both.id).map((t) => t.slug)).toEqual(["bmkg", "gempa"]);
    expect(tagsOf(onlyTarget.id).map((t) => t.slug)).toEqual(["gempa"]);
    for (const { id } of [onlySource, both, draft]) {
      const copy = tagsOf(id).find((t) => t.slug === "gempa")!;
      expect(copy).toMatchObject({ status: article(id).status, publishedAt: article(id).publishedAt });
    }
    expect(getNewsroomHashtag(staff.editor, target)).toMatchObject({ published: 3, articles: 4 });
    expect((await getHashtagListing("gempa", 1))?.listing.items.map((a) => a.id).sort()).toEqual([onlySource.id, both.id, onlyTarget.id].sort());
    expect(await findHashtagRedirect("gempabumiterkini")).toBe("/tag/gempa");
    expect(await findHashtagRedirect("gempabumi")).toBe("/tag/gempa");
    expect(await findFeedRedirect({ kind: "hashtag", slug: "gempabumi" })).toBe("/tag/gempa/rss.xml");
    expect(invalidatedSince(mark)).toEqual(
      expect.arrayContaining([
        tags.hashtag("gempabumiterkini"),
        tags.hashtag("gempabumi"),
        tags.hashtag("gempa"),
        soft(tags.relatedByHashtag("gempa")),
        tags.articleSlug(onlySource.slug),
        tags.articleSlug(both.slug),
      ]),
    );
    expect(lastAudit()).toMatchObject({ action: "hashtag.merged", subjectType: "hashtag", subjectId: target, details: { from: "GempaBumiTerkini", moved: 2, alreadyTagged: 1 } });
  });

  it("a merged or renamed-away tag typed again lands on the hashtag it became instead of splitting it anew", () => {
    const viaStore = tagged(["GempaBumi", "Gempa", "Bmkg"]);
    expect(tagsOf(viaStore.id).map((t) => t.slug)).toEqual(["gempa", "bmkg"]);
    const saved = saveArticle(
      staff.editor,
      articleFormSchema.parse({ title: "Gempa susulan", body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Isi." }] }] }), hashtags: "#GempaBumiTerkini, #Pilkada2024, #Gempa" }),
    );
    if (!saved.ok) throw new Error("expected a save");
    expect(tagsOf(saved.article.id).map((t) => t.slug)).toEqual(["gempa", "pilkadaserentak"]);
    expect(idOf("gempabumi") ?? idOf("gempabumiterkini") ?? idOf("pilkada2024")).toBeUndefined();
  });

  it("refuses to merge a hashtag into itself, or with an unknown one, changing nothing", () => {
    tagged(["Cuaca"]);
    const id = idOf("cuaca")!;
    const before = traceCounts();
    expect(refusalOf(() => mergeHashtags(staff.editor, id, id))).toMatchObject({ reason: "invalid", message: "Tagar tidak dapat digabungkan ke dirinya sendiri." });
    expect(refusalOf(() => mergeHashtags(staff.editor, id, 987_654))).toMatchObject({ reason: "not-found", field: "target" });
    expect(refusalOf(() => mergeHashtags(staff.editor, 987_654, id)).reason).toBe("not-found");
    expect(refusalOf(() => findHashtagIdByName(staff.editor, "#TidakAdaSamaSekali"))).toMatchObject({ reason: "not-found", field: "target" });
    expect(findHashtagIdByName(staff.editor, "#CUACA")).toBe(id);
    expect(traceCounts()).toEqual(before);
  });

  it("deletes only an unused hashtag", () => {
    tagged(["Dipakai"]);
    const used = refusalOf(() => deleteHashtag(staff.editor, idOf("dipakai")!));
    expect(used).toMatchObject({ reason: "conflict" });
    expect(used.message).toContain("masih dipakai 1 artikel");
    const { id: unusedId } = getDb().insert(hashtags).values({ name: "Yatim", slug: "yatim" }).returning({ id: hashtags.id }).get();
    deleteHashtag(staff.editor, unusedId);
    expect(idOf("yatim")).toBeUndefined();
    expect(lastAudit()).toMatchObject({ action: "hashtag.deleted", details: { name: "Yatim", slug: "yatim" } });
    expect(refusalOf(() => deleteHashtag(staff.editor, unusedId)).reason).toBe("not-found");
    expect(refusalOf(() => updateHashtag(staff.editor, 987_654, { name: "Apa" })).reason).toBe("not-found");
  });

  it("refuses hostile input with a message on the field, changing nothing", () => {
    tagged(["Sasaran"]);
    const id = idOf("sasaran")!;
    const before = traceCounts();
    const cases: [Parameters<typeof updateHashtag>[2], string][] = [
      [{ name: "<b>Tebal</b>" }, "name"],
      [{ name: "Sasaran", description: "<script>alert(1)</script>" }, "description"],
      [{ name: "x".repeat(102) }, "name"],
      [{ name: "Sasaran", description: "x".repeat(301) }, "description"],
      [{ name: "" }, "name"],
      [{ name: "#" }, "name"],
      [{ name: "🔥🔥" }, "name"],
      [{ name: "___" }, "name"],
      [{ name: "Korea Utara" }, "name"],
    ];
    for (const [input, field] of cases) {
      const refusal = refusalOf(() => updateHashtag(staff.editor, id, input));
      expect(refusal, JSON.stringify(input)).toMatchObject({ reason: "invalid", field });
      expect(refusal.message).toBeTruthy();
    }
    expect(traceCounts()).toEqual(before);
  });

  it("refuses reporters and contributors", () => {
    tagged(["Terlarang", "Tujuan"]);
    for (const role of ["reporter", "contributor"] as const) {
      expect(refusalOf(() => listNewsroomHashtags(staff[role])).reason).toBe("forbidden");
      expect(refusalOf(() => updateHashtag(staff[role], idOf("terlarang")!, { name: "Boleh" })).reason).toBe("forbidden");
      expect(refusalOf(() => mergeHashtags(staff[role], idOf("terlarang")!, idOf("tujuan")!)).reason).toBe("forbidden");
      expect(refusalOf(() => deleteHashtag(staff[role], idOf("terlarang")!)).reason).toBe("forbidden");
    }
  });
});
