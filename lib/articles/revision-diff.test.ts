import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { paragraphsToBody } from "@/lib/body/schema";
import { makeArticle, refusalOf, seededStaff } from "@/lib/newsroom/testing";
import type { UserRole } from "@/db/schema";
import { getArticleForEditing, saveArticle } from "./editor";
import { comparableRevision, compareArticleRevisions, DIFF_LIMITS, diffList, diffParagraphs, diffRevisions, diffText, type ComparableRevision } from "./revision-diff";

const inserted = (text: string) => ({ kind: "inserted", text });
const deleted = (text: string) => ({ kind: "deleted", text });
const same = (text: string) => ({ kind: "same", text });

/** Text of random six-letter words, about `chars` long: two such texts share almost no word. */
function randomText(chars: number, seed: number): string {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words: string[] = [];
  for (let length = 0; length < chars; length += 7) words.push(Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join(""));
  return words.join(" ");
}

const editedWords = (segments: { kind: string; text: string }[]) =>
  segments.filter((segment) => segment.kind !== "same").reduce((words, segment) => words + segment.text.trim().split(/\s+/).length, 0);

describe("diffText", () => {
  it("marks the words inserted and deleted, keeping the rest", () => {
    expect(diffText("Hujan deras turun di Garut.", "Hujan lebat turun di Garut Selatan.")).toEqual([
      same("Hujan "),
      deleted("deras"),
      inserted("lebat"),
      same(" turun di Garut "),
      inserted("Selatan"),
      same("."),
    ]);
  });

  it("an unchanged text is one unchanged segment, and an empty one none", () => {
    expect(diffText("Sama.", "Sama.")).toEqual([same("Sama.")]);
    expect(diffText("", "")).toEqual([]);
  });

  it("a field filled in or emptied is wholly inserted or deleted", () => {
    expect(diffText("", "Dek baru")).toEqual([inserted("Dek baru")]);
    expect(diffText("Dek lama", "")).toEqual([deleted("Dek lama")]);
  });
});

describe("diffList", () => {
  it("marks items added and removed, one segment an item", () => {
    expect(diffList(["#banjir", "#garut", "#bmkg"], ["#banjir", "#bmkg", "#cuaca"])).toEqual([
      same("#banjir"),
      deleted("#garut"),
      same("#bmkg"),
      inserted("#cuaca"),
    ]);
  });
});

describe("diffParagraphs", () => {
  it("keeps unchanged paragraphs, diffs a rewritten one word by word, and marks whole paragraphs new or gone", () => {
    const from = ["Paragraf satu.", "Warga mengungsi ke masjid.", "Paragraf yang dihapus.", "Penutup."];
    const to = ["Paragraf satu.", "Ratusan warga mengungsi ke balai desa.", "Penutup.", "Paragraf tambahan."];
    expect(diffParagraphs(from, to).paragraphs).toEqual([
      { kind: "same", segments: [same("Paragraf satu.")] },
      {
        kind: "changed",
        segments: [deleted("Warga"), inserted("Ratusan warga"), same(" mengungsi ke "), deleted("masjid"), inserted("balai desa"), same(".")],
      },
      { kind: "deleted", segments: [deleted("Paragraf yang dihapus.")] },
      { kind: "same", segments: [same("Penutup.")] },
      { kind: "inserted", segments: [inserted("Paragraf tambahan.")] },
    ]);
  });

  it("from nothing, every paragraph is new; to nothing, every one is gone", () => {
    expect(diffParagraphs([], ["A.", "B."]).paragraphs.map((p) => p.kind)).toEqual(["inserted", "inserted"]);
    expect(diffParagraphs(["A.", "B."], []).paragraphs.map((p) => p.kind)).toEqual(["deleted", "deleted"]);
  });
});

describe("bounded diffs: no pair of revisions stalls the server", () => {
  it("two unrelated 200 KB paragraphs are shown replaced whole, not word by word", () => {
    const [before, after] = [randomText(200_000, 1), randomText(200_000, 2)];
    const { paragraphs, replaced } = diffParagraphs([before], [after]);
    expect(replaced).toBe(false);
    expect(paragraphs).toEqual([{ kind: "replaced", segments: [deleted(before), inserted(after)] }]);
  });

  it("two unrelated paragraphs short enough to diff stop at the edit limit and are shown replaced whole", () => {
    const [before, after] = [randomText(4_000, 3), randomText(4_000, 4)];
    expect(before.length + after.length).toBeLessThan(DIFF_LIMITS.wordDiffChars);
    expect(diffParagraphs([before], [after]).paragraphs).toEqual([{ kind: "replaced", segments: [deleted(before), inserted(after)] }]);
  });

  it("one comparison diffs at most its allowance of words: later rewritten paragraphs are shown replaced", () => {
    const from = Array.from({ length: 40 }, (_, i) => randomText(600, 100 + i));
    const to = from.map((text, i) => `${text.slice(0, 300)} ${randomText(300, 200 + i)}`);
    const { paragraphs } = diffParagraphs(from, to);
    const kinds = paragraphs.map((paragraph) => paragraph.kind);
    const changed = paragraphs.filter((paragraph) => paragraph.kind === "changed");
    expect(changed.length).toBeGreaterThan(0);
    expect(kinds).toEqual([...changed.map(() => "changed"), ...Array(40 - changed.length).fill("replaced")]);
    expect(changed.reduce((words, paragraph) => words + editedWords(paragraph.segments), 0)).toBeLessThanOrEqual(DIFF_LIMITS.wordEditsPerComparison);
  });

  it("two 1 MB bodies that share no paragraph are shown as the old body deleted and the new one inserted", () => {
    const from = Array.from({ length: 1_000 }, (_, i) => randomText(1_000, 1_000 + i));
    const to = Array.from({ length: 1_000 }, (_, i) => randomText(1_000, 5_000 + i));
    const { paragraphs, replaced } = diffParagraphs(from, to);
    expect(replaced).toBe(true);
    expect(paragraphs).toEqual([
      ...from.map((text) => ({ kind: "deleted", segments: [deleted(text)] })),
      ...to.map((text) => ({ kind: "inserted", segments: [inserted(text)] })),
    ]);
  });

  it("a long article with a few edited paragraphs is still diffed word by word", () => {
    const from = Array.from({ length: 300 }, (_, i) => randomText(1_500, 9_000 + i));
    const to = from.map((text, i) => (i % 50 === 0 ? `Tambahan ${text}` : text));
    const { paragraphs, replaced } = diffParagraphs(from, to);
    expect(replaced).toBe(false);
    expect(paragraphs.filter((paragraph) => paragraph.kind === "changed")).toHaveLength(6);
    expect(paragraphs.filter((paragraph) => paragraph.kind === "same")).toHaveLength(294);
  });

  it("a field past the limits is shown replaced whole", () => {
    const [before, after] = [randomText(6_000, 7), randomText(6_000, 8)];
    expect(diffText(before, after)).toEqual([deleted(before), inserted(after)]);
  });
});

describe("diffRevisions", () => {
  const base: ComparableRevision = {
    title: "Banjir di Garut",
    dek: "",
    slug: "banjir-di-garut",
    datelinePlace: "Garut",
    kind: "Berita",
    category: "Nasional",
    seoTitle: "",
    seoDescription: "",
    hashtags: ["#banjir"],
    credits: ["Pewarta: Setiawan S.TH"],
    paragraphs: ["Hujan turun."],
  };

  it("flags exactly the fields that changed, and the body", () => {
    const diff = diffRevisions(base, { ...base, title: "Banjir Bandang di Garut", credits: ["Pewarta: Setiawan S.TH", "Editor: Tamu"] });
    expect(diff.fields.filter((field) => field.changed).map((field) => field.label)).toEqual(["Judul", "Kredit"]);
    expect(diff.fields.find((field) => field.label === "Judul")!.segments).toEqual([same("Banjir "), inserted("Bandang "), same("di Garut")]);
    expect(diff.bodyChanged).toBe(false);
    expect(diffRevisions(base, { ...base, paragraphs: ["Hujan deras turun."] }).bodyChanged).toBe(true);
  });
});

describe("comparableRevision", () => {
  it("names embeds and galleries on lines of their own", () => {
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Pembuka." }] },
        { type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ" } },
        { type: "embed", attrs: { provider: "instagram", id: "C1a2B3c4D5e" } },
        { type: "gallery", attrs: { items: [{ mediaId: 1 }, { mediaId: 2 }, { mediaId: 3 }] } },
      ],
    };
    const names = { categories: new Map(), users: new Map(), articles: new Map() };
    const article = { title: "T", dek: null, slug: "t", datelinePlace: null, kind: "video", categoryId: null, seoTitle: null, seoDescription: null, body };
    expect(comparableRevision({ article: article as never, credits: [], hashtags: [] }, names).paragraphs).toEqual([
      "Pembuka.",
      "[Video YouTube: dQw4w9WgXcQ]",
      "[Unggahan Instagram: C1a2B3c4D5e]",
      "[Galeri: 3 foto — media #1; media #2; media #3]",
    ]);
  });
});

describe("compareArticleRevisions", () => {
  let staff: Record<UserRole, StaffUser>;
  let articleId: number;
  let otherArticleId: number;

  function save(user: StaffUser, id: number, fields: { title: string; paragraphs: string[]; hashtags?: string[] }) {
    const { article } = getArticleForEditing(user, id);
    const result = saveArticle(user, {
      articleId: id,
      version: article.version,
      title: fields.title,
      hashtags: (fields.hashtags ?? []).map((name) => ({ name, slug: name })),
      body: paragraphsToBody(fields.paragraphs.map((text) => ({ kind: "paragraph", text }))),
    });
    if (!result.ok) throw new Error("conflict");
  }

  beforeAll(async () => {
    await seedFreshDatabase();
    staff = seededStaff();
    articleId = makeArticle("draft", staff.contributor.id).id;
    save(staff.contributor, articleId, { title: "Festival kopi", paragraphs: ["Petani kopi berkumpul.", "Acara dibuka bupati."], hashtags: ["kopi"] });
    save(staff.contributor, articleId, { title: "Festival kopi Gayo", paragraphs: ["Ratusan petani kopi berkumpul.", "Acara dibuka bupati."], hashtags: ["kopi", "gayo"] });
    otherArticleId = makeArticle("draft", staff.editor.id).id;
    for (let i = 0; i < 4; i++) save(staff.editor, otherArticleId, { title: `Artikel lain ${i}`, paragraphs: ["Isi."] });
  });
  afterAll(() => closeDatabase());

  it("without a query compares the newest revision with the one before it", () => {
    const result = compareArticleRevisions(staff.editor, articleId, {});
    expect([result.from?.version, result.to?.version]).toEqual([2, 3]);
    expect(result.problem).toBeUndefined();
    const title = result.diff!.fields.find((field) => field.label === "Judul")!;
    expect(title.segments).toEqual([same("Festival kopi "), inserted("Gayo")]);
    expect(result.diff!.fields.find((field) => field.label === "Tagar")!.segments).toEqual([same("#kopi"), inserted("#gayo")]);
    expect(result.diff!.body[0]).toEqual({ kind: "changed", segments: [deleted("Petani"), inserted("Ratusan petani"), same(" kopi berkumpul.")] });
  });

  it("compares any two versions, older against newer or the other way round", () => {
    const forward = compareArticleRevisions(staff.reporter, articleId, { dari: "1", ke: "3" });
    expect(forward.diff!.body.map((p) => p.kind)).toEqual(["changed", "inserted"]);
    const backward = compareArticleRevisions(staff.reporter, articleId, { dari: "3", ke: "1" });
    expect(backward.diff!.body.map((p) => p.kind)).toEqual(["changed", "deleted"]);
  });

  const bad: [string, Record<string, string | string[]>, RegExp][] = [
    ["a version that is not a number", { dari: "abc", ke: "2" }, /nomor versi/],
    ["a negative version", { dari: "-1", ke: "2" }, /nomor versi/],
    ["an unknown version", { dari: "1", ke: "99" }, /Versi 99 tidak ada/],
    ["a version only another article has", { dari: "5", ke: "1" }, /Versi 5 tidak ada/],
  ];
  for (const [name, query, message] of bad) {
    it(`${name} is answered with a message, not a diff`, () => {
      const result = compareArticleRevisions(staff.editor, articleId, query);
      expect(result.diff).toBeUndefined();
      expect(result.problem).toMatch(message);
      expect(result.revisions.map((revision) => revision.version)).toEqual([3, 2, 1]);
    });
  }

  it("the first revision alone has nothing before it", () => {
    expect(compareArticleRevisions(staff.editor, articleId, { ke: "1" }).problem).toMatch(/Belum ada versi sebelumnya/);
  });

  it("takes the first of a repeated parameter", () => {
    expect(compareArticleRevisions(staff.editor, articleId, { dari: ["1", "x"], ke: "2" }).from?.version).toBe(1);
  });

  it("two saved revisions of unrelated near-1 MB bodies compare with the body shown replaced", () => {
    const id = makeArticle("draft", staff.editor.id).id;
    const body = (seed: number) => Array.from({ length: 750 }, (_, i) => randomText(1_000, seed + i));
    save(staff.editor, id, { title: "Naskah besar", paragraphs: [randomText(200_000, 42), ...body(20_000)] });
    save(staff.editor, id, { title: "Naskah besar", paragraphs: [randomText(200_000, 43), ...body(30_000)] });
    const diff = compareArticleRevisions(staff.editor, id, {}).diff!;
    expect(diff.bodyReplaced).toBe(true);
    expect(diff.body.map((paragraph) => paragraph.kind)).toEqual([...Array(751).fill("deleted"), ...Array(751).fill("inserted")]);
  });

  it("a contributor may compare their own article's revisions, not someone else's; a missing article is not found", () => {
    expect(compareArticleRevisions(staff.contributor, articleId, {}).diff).toBeDefined();
    expect(refusalOf(() => compareArticleRevisions(staff.contributor, otherArticleId, {})).reason).toBe("forbidden");
    expect(refusalOf(() => compareArticleRevisions(staff.editor, 999_999, {})).reason).toBe("not-found");
  });
});
