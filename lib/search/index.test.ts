import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { addArticle, setStatus } from "@/lib/articles/test-fixtures";
import { highlightSegments, MATCH_END, MATCH_START, matchExpression, searchArticles, searchTerms } from "./index";

const HOUR = 3_600_000;
const T0 = Date.UTC(2025, 5, 18, 3);

const HOSTILE_QUERIES = [
  '"',
  '"banjir',
  "banjir AND",
  "AND",
  "OR OR OR",
  "NOT banjir",
  "banjir NEAR jakarta",
  "NEAR(banjir jakarta, 2)",
  "banjir*",
  "*",
  "^banjir",
  "title:banjir",
  "{title dek}: banjir",
  "((banjir",
  "banjir))",
  "'; DROP TABLE articles; --",
  "1' OR '1'='1",
  "🌊🌊 banjir 🇮🇩",
  "🔥",
  "banjir".repeat(1000),
  "a ".repeat(2500),
  "x".repeat(5000),
  "\u0000banjir\u0000",
  "\uE000banjir\uE001",
  "   ",
  "Bánjír",
  "-banjir +jakarta",
  "banjir | jakarta & bandung",
];

describe("searchTerms and matchExpression", () => {
  it("keeps words only, lowercased and unique, at most eight", () => {
    expect(searchTerms('Banjir "Jakarta" AND (Bekasi*) banjir')).toEqual(["banjir", "jakarta", "and", "bekasi"]);
    expect(searchTerms("satu dua tiga empat lima enam tujuh delapan sembilan")).toHaveLength(8);
    expect(searchTerms("🔥 -- ** ()")).toEqual([]);
  });

  it("quotes every term, so FTS5 operators are searched as words", () => {
    expect(matchExpression(["banjir", "near", "and"])).toBe('"banjir" "near" "and"');
    expect(matchExpression(['a"b'])).toBe('"a""b"');
  });

  it("splits highlighted text into matched and plain runs", () => {
    expect(highlightSegments(`Banjir di ${MATCH_START}Jakarta${MATCH_END} surut`)).toEqual([
      { text: "Banjir di ", match: false },
      { text: "Jakarta", match: true },
      { text: " surut", match: false },
    ]);
    expect(highlightSegments("<b>tanpa</b> sorotan")).toEqual([{ text: "<b>tanpa</b> sorotan", match: false }]);
  });
});

describe("searchArticles", () => {
  let inTitle: number;
  let inBody: number;
  let draft: number;

  beforeAll(() => {
    openFreshDatabase();
    inBody = addArticle({
      title: "Warga mengungsi",
      publishedAt: T0,
      paragraphs: ["Ratusan warga mengungsi setelah banjir merendam permukiman di Jakarta Timur sejak Selasa malam."],
    }).id;
    inTitle = addArticle({ title: "Banjir rendam Jakarta Timur", publishedAt: T0 - 48 * HOUR, paragraphs: ["Air setinggi satu meter."] }).id;
    addArticle({ title: "Hujan deras semalaman", dek: "Hujan deras memicu banjir di Bekasi.", publishedAt: T0 - 24 * HOUR, paragraphs: ["Isi lain."] });
    draft = addArticle({ title: "Banjir dalam naskah draf", status: "draft", publishedAt: T0 }).id;
    // Equal text, different times: recency breaks the tie.
    addArticle({ title: "Gempa Cianjur", publishedAt: T0 - 5 * HOUR, paragraphs: ["Gempa terasa."] });
    addArticle({ title: "Gempa Cianjur", publishedAt: T0 - 1 * HOUR, paragraphs: ["Gempa terasa."] });
  });
  afterAll(() => closeDatabase());

  it("ranks a title match above a dek match above a body match", async () => {
    const results = await searchArticles(["banjir"], 1);
    expect(results!.items.map((hit) => hit.title)).toEqual(["Banjir rendam Jakarta Timur", "Hujan deras semalaman", "Warga mengungsi"]);
    expect(results!.total).toBe(3);
    expect(results!.truncated).toBe(false);
  });

  it("puts the newer of two equally relevant articles first", async () => {
    const results = await searchArticles(["gempa", "cianjur"], 1);
    expect(results!.items.map((hit) => hit.publishedAt)).toEqual([T0 - 1 * HOUR, T0 - 5 * HOUR]);
  });

  it("requires every term", async () => {
    const results = await searchArticles(["banjir", "bekasi"], 1);
    expect(results!.items.map((hit) => hit.title)).toEqual(["Hujan deras semalaman"]);
  });

  it("highlights matches in the title and in an excerpt of the body, or of the dek when only it matched", async () => {
    const hits = (await searchArticles(["banjir"], 1))!.items;
    expect(hits[0]!.highlightedTitle).toBe(`${MATCH_START}Banjir${MATCH_END} rendam Jakarta Timur`);
    expect(hits[1]!.excerpt).toContain(`memicu ${MATCH_START}banjir${MATCH_END} di Bekasi`);
    expect(hits[2]!.excerpt).toContain(`setelah ${MATCH_START}banjir${MATCH_END} merendam`);
    expect(hits[2]!.highlightedTitle).toBe("Warga mengungsi");
  });

  it("finds words without their diacritics", async () => {
    expect((await searchArticles(searchTerms("BÁNJÍR"), 1))!.total).toBe(3);
  });

  it("never returns an article that is not published", async () => {
    const found = (await searchArticles(["banjir"], 1))!.items.map((hit) => hit.id);
    expect(found).not.toContain(draft);
    setStatus(inBody, "draft");
    try {
      expect((await searchArticles(["banjir"], 1))!.items.map((hit) => hit.id)).toEqual([inTitle, expect.any(Number)]);
    } finally {
      setStatus(inBody, "published");
    }
  });

  it("has a first page with no results, and no page past the last", async () => {
    expect(await searchArticles(["tidakadasamasekali"], 1)).toMatchObject({ items: [], total: 0, pageCount: 1 });
    expect(await searchArticles(["banjir"], 2)).toBeNull();
    expect(await searchArticles([], 1)).toBeNull();
  });

  it.each(HOSTILE_QUERIES)("answers %j with results or none, never an error", async (query) => {
    const results = await searchArticles(searchTerms(query), 1);
    if (results) expect(Array.isArray(results.items)).toBe(true);
  });

  it("pages through many matches without duplicates, ranking only the newest 1000", async () => {
    const insert = getDb().$client.prepare(
      "insert into articles (slug, title, body, body_text, status, published_at, updated_at) values (?, ?, '{\"type\":\"doc\",\"content\":[]}', ?, 'published', ?, ?)",
    );
    getDb().$client.transaction(() => {
      for (let i = 0; i < 1005; i++) insert.run(`arsip-${i}`, `Arsip ${i}`, "laporan arsip tahunan", T0 - i * HOUR, T0);
    })();
    const first = await searchArticles(["arsip"], 1);
    expect(first).toMatchObject({ total: 1000, pageCount: 50, truncated: true });
    const last = await searchArticles(["arsip"], 50);
    expect(last!.items).toHaveLength(20);
    expect(await searchArticles(["arsip"], 51)).toBeNull();
    const ids = [...first!.items, ...last!.items].map((hit) => hit.id);
    expect(new Set(ids).size).toBe(40);
  });
});
