import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog, categories } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { getCategoryListing, listCategoryBlocks } from "@/lib/articles/listings";
import { createArticle } from "@/lib/articles/store";
import { paragraphsToBody } from "@/lib/body/schema";
import { soft, tags } from "@/lib/cache/tags";
import { listCategories } from "@/lib/categories";
import { findFeedRedirect } from "@/lib/feeds";
import { findCategoryRedirect } from "@/lib/redirects";
import { createCategory, deleteCategory, getNewsroomCategory, listNewsroomCategories, moveCategory, updateCategory } from "./newsroom";
import { invalidatedSince, lastInvalidationId, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";

let staff: ReturnType<typeof seededStaff>;
let made = 0;

function publishedIn(categoryId: number): number {
  return createArticle({
    title: `Berita rubrik ${++made}`,
    body: paragraphsToBody([{ kind: "paragraph", text: "Isi." }]),
    status: "published",
    publishedAt: Date.now() - 60_000,
    categoryId,
  }).id;
}

const lastAudit = () => getDb().select().from(auditLog).orderBy(auditLog.id).all().at(-1)!;

describe("newsroom categories", () => {
  beforeAll(async () => {
    await seedFreshDatabase();
    staff = seededStaff();
  });
  afterAll(() => closeDatabase());

  it("an editor creates a category last in the navigation, its slug made from the name, audited and the nav invalidated", async () => {
    const mark = lastInvalidationId();
    const id = createCategory(staff.editor, { name: "Cek Fakta", description: "Hoaks diperiksa." });
    const category = getNewsroomCategory(staff.editor, id);
    expect(category).toMatchObject({ name: "Cek Fakta", slug: "cek-fakta", description: "Hoaks diperiksa.", articles: 0 });
    expect((await listCategories()).at(-1)).toEqual({ name: "Cek Fakta", slug: "cek-fakta" });
    expect(lastAudit()).toMatchObject({ action: "category.created", subjectType: "category", subjectId: id, actorId: staff.editor.id });
    expect(invalidatedSince(mark)).toContain(soft(tags.categories));
  });

  it("renaming the slug leaves a 301 from the old page that shows the same articles, and old slugs collapse to the newest", async () => {
    const id = createCategory(staff.admin, { name: "Otomotif" });
    const articleId = publishedIn(id);
    const mark = lastInvalidationId();
    updateCategory(staff.editor, id, { name: "Otomotif", slug: "mobil-dan-motor", description: "" });
    expect(await getCategoryListing("otomotif", 1)).toBeNull();
    expect(await findCategoryRedirect("otomotif")).toBe("/kategori/mobil-dan-motor");
    expect((await getCategoryListing("mobil-dan-motor", 1))?.listing.items.map((a) => a.id)).toEqual([articleId]);
    // Its own pages and its articles' pages are about it; every other page only shows it in the navigation.
    expect(invalidatedSince(mark)).toEqual(
      expect.arrayContaining([tags.category("otomotif"), tags.category("mobil-dan-motor"), tags.article(articleId), soft(tags.categories)]),
    );
    expect(invalidatedSince(mark)).not.toContain(tags.site);
    expect(lastAudit().details).toMatchObject({ slug: { from: "otomotif", to: "mobil-dan-motor" } });
    expect(await findFeedRedirect({ kind: "category", slug: "otomotif" })).toBe("/kategori/mobil-dan-motor/rss.xml");
    expect(await findFeedRedirect({ kind: "category", slug: "mobil-dan-motor" })).toBeNull();

    updateCategory(staff.editor, id, { name: "Otomotif", slug: "kendaraan" });
    expect(await findCategoryRedirect("otomotif")).toBe("/kategori/kendaraan");
    expect(await findCategoryRedirect("mobil-dan-motor")).toBe("/kategori/kendaraan");
    updateCategory(staff.editor, id, { name: "Otomotif", slug: "otomotif" });
    expect(await findCategoryRedirect("otomotif")).toBeNull();
    expect(await findCategoryRedirect("kendaraan")).toBe("/kategori/otomotif");
  });

  it("a new category at a slug another category left behind takes the page over from the redirect", async () => {
    const old = createCategory(staff.editor, { name: "Wisata" });
    updateCategory(staff.editor, old, { name: "Wisata", slug: "pariwisata" });
    expect(await findCategoryRedirect("wisata")).toBe("/kategori/pariwisata");
    const mark = lastInvalidationId();
    const taken = createCategory(staff.editor, { name: "Wisata" });
    const articleId = publishedIn(taken);
    expect(await findCategoryRedirect("wisata")).toBeNull();
    expect((await getCategoryListing("wisata", 1))?.listing.items.map((a) => a.id)).toEqual([articleId]);
    expect(invalidatedSince(mark)).toEqual(expect.arrayContaining([soft(tags.categories), tags.category("wisata")]));
  });

  it("a description-only change invalidates just the category's own page", () => {
    const id = createCategory(staff.editor, { name: "Kuliner" });
    const mark = lastInvalidationId();
    updateCategory(staff.editor, id, { name: "Kuliner", slug: "kuliner", description: "Makan enak." });
    expect(invalidatedSince(mark)).toEqual([tags.category("kuliner")]);
  });

  it("refuses a slug another category has", () => {
    const before = traceCounts();
    const refusal = refusalOf(() => createCategory(staff.editor, { name: "Nasional Lagi", slug: "nasional" }));
    expect(refusal).toMatchObject({ reason: "conflict", field: "slug" });
    expect(refusal.message).toMatch(/sudah dipakai/);
    expect(traceCounts()).toEqual(before);
  });

  it("moves a category up and down the navigation and the home blocks follow", async () => {
    const order = () => listNewsroomCategories(staff.editor).map((c) => c.slug);
    const [first, second] = order();
    const secondId = listNewsroomCategories(staff.editor)[1]!.id;
    moveCategory(staff.editor, secondId, "up");
    expect(order().slice(0, 2)).toEqual([second, first]);
    expect((await listCategories()).slice(0, 2).map((c) => c.slug)).toEqual([second, first]);
    expect((await listCategoryBlocks(1)).map((b) => b.category.slug).indexOf(second!)).toBeLessThan(
      (await listCategoryBlocks(1)).map((b) => b.category.slug).indexOf(first!),
    );
    moveCategory(staff.editor, secondId, "down");
    expect(order().slice(0, 2)).toEqual([first, second]);
    expect(lastAudit()).toMatchObject({ action: "category.moved", subjectId: secondId });
  });

  it("refuses to move the first category up or the last one down", () => {
    const list = listNewsroomCategories(staff.editor);
    expect(refusalOf(() => moveCategory(staff.editor, list[0]!.id, "up")).message).toBe("Rubrik ini sudah yang pertama.");
    expect(refusalOf(() => moveCategory(staff.editor, list.at(-1)!.id, "down")).message).toBe("Rubrik ini sudah yang terakhir.");
  });

  it("refuses to delete a category an article uses, saying how many, and deletes an unused one", () => {
    const used = createCategory(staff.editor, { name: "Terpakai" });
    publishedIn(used);
    const before = traceCounts();
    const refusal = refusalOf(() => deleteCategory(staff.editor, used));
    expect(refusal).toMatchObject({ reason: "conflict" });
    expect(refusal.message).toContain("masih dipakai 1 artikel");
    expect(traceCounts()).toEqual(before);

    const unused = createCategory(staff.editor, { name: "Kosong" });
    updateCategory(staff.editor, unused, { name: "Kosong", slug: "hampa" });
    deleteCategory(staff.editor, unused);
    expect(getDb().select().from(categories).where(eq(categories.id, unused)).get()).toBeUndefined();
    expect(lastAudit()).toMatchObject({ action: "category.deleted", details: { name: "Kosong", slug: "hampa" } });
  });

  it("answers unknown ids with not-found", () => {
    expect(refusalOf(() => updateCategory(staff.editor, 987_654, { name: "X" })).reason).toBe("not-found");
    expect(refusalOf(() => moveCategory(staff.editor, 987_654, "up")).reason).toBe("not-found");
    expect(refusalOf(() => deleteCategory(staff.editor, 987_654)).reason).toBe("not-found");
    expect(refusalOf(() => getNewsroomCategory(staff.editor, 987_654)).reason).toBe("not-found");
  });

  it("refuses hostile input with a message on the field, changing nothing", () => {
    const before = traceCounts();
    const cases: [Parameters<typeof createCategory>[1], string][] = [
      [{ name: "<script>alert(1)</script>" }, "name"],
      [{ name: "Rubrik", description: "<img src=x onerror=alert(1)>" }, "description"],
      [{ name: "x".repeat(61) }, "name"],
      [{ name: "Rubrik", description: "x".repeat(301) }, "description"],
      [{ name: "   " }, "name"],
      [{ name: "Angka", slug: "2025" }, "slug"],
      [{ name: "Tanda", slug: "!!!" }, "slug"],
      [{ name: "🔥🔥" }, "name"],
      [{ name: "Baris\nbaru" }, "name"],
    ];
    for (const [input, field] of cases) {
      const refusal = refusalOf(() => createCategory(staff.editor, input));
      expect(refusal, JSON.stringify(input)).toMatchObject({ reason: "invalid", field });
      expect(refusal.message).toBeTruthy();
    }
    expect(traceCounts()).toEqual(before);
  });

  it("refuses reporters and contributors", () => {
    const id = listNewsroomCategories(staff.admin)[0]!.id;
    for (const role of ["reporter", "contributor"] as const) {
      expect(refusalOf(() => listNewsroomCategories(staff[role])).reason).toBe("forbidden");
      expect(refusalOf(() => createCategory(staff[role], { name: "Ilegal" })).reason).toBe("forbidden");
      expect(refusalOf(() => moveCategory(staff[role], id, "down")).reason).toBe("forbidden");
      expect(refusalOf(() => deleteCategory(staff[role], id)).reason).toBe("forbidden");
    }
  });
});
