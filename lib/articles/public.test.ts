import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { tagsDeclaredBy } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { editedAfterPublishing, getPublishedArticle, listArticleLinks, listCommonHashtags, listRelatedArticles } from "./public";
import { addArticle, addCategory, addStaff, setStatus } from "./test-fixtures";

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 5, 18, 3);

describe("editedAfterPublishing", () => {
  it("shows an edit made well after publishing", () => {
    expect(editedAfterPublishing({ publishedAt: T0, createdAt: T0 - HOUR, updatedAt: T0 + HOUR })).toBe(T0 + HOUR);
  });

  it("ignores a save within ten minutes of publishing", () => {
    expect(editedAfterPublishing({ publishedAt: T0, createdAt: T0 - HOUR, updatedAt: T0 + 5 * 60_000 })).toBeNull();
  });

  it("ignores the first save of an archive article imported long after it was published", () => {
    const importedAt = T0 + 1000 * HOUR;
    expect(editedAfterPublishing({ publishedAt: T0, createdAt: importedAt, updatedAt: importedAt })).toBeNull();
    expect(editedAfterPublishing({ publishedAt: T0, createdAt: importedAt, updatedAt: importedAt + HOUR })).toBe(importedAt + HOUR);
  });
});

describe("article page reads", () => {
  let reviewId: number;
  let draftId: number;
  let seedSlug: string;
  let seedId: number;

  beforeAll(() => {
    openFreshDatabase();
    const international = addCategory("Internasional");
    const sports = addCategory("Olahraga");
    const reporter = addStaff("Setiawan S.TH");
    reviewId = addArticle({ title: "Ulasan film balap", publishedAt: T0 - 24 * HOUR, categoryId: sports, hashtags: ["film"] }).id;
    draftId = addArticle({ title: "Naskah yang belum terbit", status: "draft", publishedAt: T0, categoryId: international, hashtags: ["korea", "rusia"] }).id;
    const seed = addArticle({
      title: "Korea Utara kirim pekerja ke Kursk",
      publishedAt: T0,
      categoryId: international,
      hashtags: ["korea", "rusia", "kursk"],
      bacaJuga: [reviewId, draftId],
      credits: [
        { role: "pewarta", userId: reporter },
        { role: "editor", guestName: "Tamu Editor" },
      ],
    });
    seedSlug = seed.slug;
    seedId = seed.id;
    // Candidates for Berita Terkait: two hashtags shared beats one; then the newest; then the category.
    addArticle({ title: "Berbagi dua tagar, lama", publishedAt: T0 - 10 * HOUR, categoryId: sports, hashtags: ["korea", "rusia"] });
    addArticle({ title: "Berbagi satu tagar, baru", publishedAt: T0 - 1 * HOUR, categoryId: sports, hashtags: ["kursk"] });
    addArticle({ title: "Berbagi satu tagar, lebih lama", publishedAt: T0 - 5 * HOUR, categoryId: sports, hashtags: ["korea"] });
    addArticle({ title: "Sekategori tanpa tagar", publishedAt: T0 - 2 * HOUR, categoryId: international });
    addArticle({ title: "Kategori lain tanpa tagar", publishedAt: T0 - 3 * HOUR, categoryId: sports });
  });
  afterAll(() => closeDatabase());

  it("reads a published article with its credits, hashtags and Baca juga ids, as plain JSON", async () => {
    const article = await getPublishedArticle(seedSlug);
    expect(article).toMatchObject({
      id: seedId,
      title: "Korea Utara kirim pekerja ke Kursk",
      seoTitle: null,
      seoDescription: null,
      publishedAt: T0,
      updatedAt: null,
      category: { name: "Internasional", slug: "internasional" },
      credits: [
        { role: "pewarta", name: "Setiawan S.TH", authorSlug: "setiawan-s-th" },
        { role: "editor", name: "Tamu Editor", authorSlug: null },
      ],
      bacaJugaIds: [reviewId, draftId],
    });
    expect(article!.hashtags.map((h) => h.slug)).toEqual(["korea", "rusia", "kursk"]);
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });

  it("does not find an article that is not published", async () => {
    expect(await getPublishedArticle("naskah-yang-belum-terbit")).toBeNull();
    expect(await getPublishedArticle("tidak-ada")).toBeNull();
  });

  it("resolves Baca juga to current titles and URLs of published articles only", async () => {
    expect(await listArticleLinks([reviewId, draftId])).toEqual([{ id: reviewId, title: "Ulasan film balap", href: "/berita/ulasan-film-balap" }]);
    expect(await listArticleLinks([])).toEqual([]);
  });

  it("drops a Baca juga target once it is unpublished", async () => {
    setStatus(reviewId, "review");
    try {
      expect(await listArticleLinks([reviewId])).toEqual([]);
    } finally {
      setStatus(reviewId, "published");
    }
  });

  it("ranks Berita Terkait by shared hashtags, then newest, then fills from the category, never itself", async () => {
    const related = await listRelatedArticles((await getPublishedArticle(seedSlug))!, 5);
    expect(related.map((a) => a.title)).toEqual([
      "Berbagi dua tagar, lama",
      "Berbagi satu tagar, baru",
      "Berbagi satu tagar, lebih lama",
      "Sekategori tanpa tagar",
    ]);
  });

  it("stops at the limit and never offers an unpublished article", async () => {
    const seed = (await getPublishedArticle(seedSlug))!;
    expect((await listRelatedArticles(seed, 2)).map((a) => a.title)).toEqual(["Berbagi dua tagar, lama", "Berbagi satu tagar, baru"]);
    const all = await listRelatedArticles(seed, 50);
    expect(all.map((a) => a.id)).not.toContain(draftId);
    expect(all.map((a) => a.id)).not.toContain(seedId);
  });
});

describe("Berita Terkait and the hashtags a portal puts on nearly everything", () => {
  beforeAll(() => openFreshDatabase());
  afterAll(() => closeDatabase());

  it("ranks by topical hashtags only, and draws on the common ones only for an article that has no other", async () => {
    const desk = addCategory("Nasional");
    for (let i = 0; i < 60; i++) addArticle({ title: `Kabar umum ${i}`, publishedAt: T0 - (i + 10) * HOUR, categoryId: desk, hashtags: ["beritaterkini"] });
    addArticle({ title: "Sama topiknya", publishedAt: T0 - 100 * HOUR, hashtags: ["gempa"] });
    const subject = (await getPublishedArticle(addArticle({ title: "Gempa di Cianjur", publishedAt: T0, hashtags: ["beritaterkini", "gempa"] }).slug))!;

    expect(await listCommonHashtags(T0)).toEqual(["beritaterkini"]);
    expect((await listRelatedArticles(subject, 5)).map((a) => a.title)).toEqual(["Sama topiknya"]);
    // So a publish carrying only #beritaterkini leaves this page's list alone.
    const declared = await tagsDeclaredBy(() => listRelatedArticles(subject, 5));
    expect(declared).toContain(soft(tags.relatedByHashtag("gempa")));
    expect(declared).not.toContain(soft(tags.relatedByHashtag("beritaterkini")));

    const onlyCommon = (await getPublishedArticle(addArticle({ title: "Hanya tagar umum", publishedAt: T0 - HOUR, hashtags: ["beritaterkini"] }).slug))!;
    expect(await listRelatedArticles(onlyCommon, 2)).toHaveLength(2);
  });
});
