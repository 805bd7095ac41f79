import { describe, expect, it } from "vitest";

import { URL_SLUG_MAX_LENGTH, hashtagSlug, isValidHashtagSlug, isValidSlug, slugify } from "@/lib/text/slug";

describe("slugify", () => {
  it("lowercases and joins words with single hyphens", () => {
    expect(slugify("Seoul, Korea Selatan")).toBe("seoul-korea-selatan");
  });

  it("collapses runs of spaces, punctuation and symbols into one hyphen", () => {
    expect(slugify("Korea  Utara -- & Rusia!!  (Kursk)")).toBe("korea-utara-rusia-kursk");
  });

  it("trims hyphens from both ends", () => {
    expect(slugify("  “F1” — ulasan film!  ")).toBe("f1-ulasan-film");
  });

  it("strips diacritics after NFKD", () => {
    expect(slugify("Café Müller à Señor Ñoño")).toBe("cafe-muller-a-senor-nono");
  });

  it("folds compatibility characters such as fullwidth letters and ligatures", () => {
    expect(slugify("ｆｕｌｌ ﬁnal ①")).toBe("full-final-1");
  });

  it("transliterates Latin letters that NFKD leaves alone", () => {
    expect(slugify("Straße Ærø Łódź Đà Nẵng")).toBe("strasse-aero-lodz-da-nang");
  });

  it("lowercases dotted capital I without leaving a stray mark", () => {
    expect(slugify("İSTANBUL")).toBe("istanbul");
  });

  it("keeps digits", () => {
    expect(slugify("Pemilu 2024: 15.000 TPS")).toBe("pemilu-2024-15-000-tps");
  });

  it("returns an empty string when nothing usable is left", () => {
    expect(slugify("🔥🔥 — !!")).toBe("");
    expect(slugify("")).toBe("");
    expect(slugify("한국어")).toBe("");
  });

  it("cuts long slugs at a word boundary and never ends with a hyphen", () => {
    const slug = slugify("kata ".repeat(40), 80);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug).toBe(Array(16).fill("kata").join("-"));
  });

  it("keeps a cut that already falls exactly between two words", () => {
    expect(slugify("abcd efgh ijkl", 9)).toBe("abcd-efgh");
  });

  it("cuts inside the word when a word boundary would waste more than half the room", () => {
    expect(slugify(`ab ${"x".repeat(100)}`, 20)).toBe(`ab-${"x".repeat(17)}`);
    expect(slugify("x".repeat(100), 20)).toBe("x".repeat(20));
  });

  it("defaults to a maximum of 80 characters", () => {
    expect(slugify("panjang ".repeat(50)).length).toBeLessThanOrEqual(80);
  });

  it("returns an empty string for a non-positive or invalid maxLength", () => {
    expect(slugify("jakarta", 0)).toBe("");
    expect(slugify("jakarta", Number.NaN)).toBe("");
  });

  it("returns an empty string for non-string input instead of throwing", () => {
    expect(slugify(undefined as unknown as string)).toBe("");
  });

  it("handles a 1 MB string", () => {
    expect(slugify("a—".repeat(500_000)).length).toBeLessThanOrEqual(80);
  });
});

describe("hashtagSlug", () => {
  it.each([
    ["#Ri_News", "ri_news"],
    ["#Jakarta🔥", "jakarta"],
    ["#café", "cafe"],
    ["##Banjir", "banjir"],
    ["＃Fullwidth", "fullwidth"],
    ["#tag!", "tag"],
    ["#Pemilu-2024", "pemilu2024"],
    ["rinewsadvertaising", "rinewsadvertaising"],
  ])("normalizes %s to %s", (name, expected) => {
    expect(hashtagSlug(name)).toBe(expected);
  });

  it.each(["#", "#🔥", "#___", "", "#!!"])("returns an empty string for %j", (name) => {
    expect(hashtagSlug(name)).toBe("");
  });

  it("caps the slug at 100 characters", () => {
    expect(hashtagSlug(`#${"a".repeat(150)}`)).toBe("a".repeat(100));
  });
});

describe("isValidSlug", () => {
  it.each(["jakarta", "seoul-korea-selatan", "pemilu-2024", "a"])("accepts %s", (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each(["", "Jakarta", "-jakarta", "jakarta-", "korea--utara", "ri_news", "café", "a%20b", "a b"])(
    "rejects %j",
    (slug) => {
      expect(isValidSlug(slug)).toBe(false);
    },
  );

  it("rejects non-strings", () => {
    expect(isValidSlug(undefined)).toBe(false);
    expect(isValidSlug(["jakarta"])).toBe(false);
  });

  it("accepts a full-length slug with a uniqueness suffix but rejects absurdly long ones", () => {
    expect(isValidSlug(`${slugify("kata ".repeat(40))}-2`)).toBe(true);
    expect(isValidSlug("a".repeat(URL_SLUG_MAX_LENGTH))).toBe(true);
    expect(isValidSlug("a".repeat(URL_SLUG_MAX_LENGTH + 1))).toBe(false);
  });

  it("accepts every non-empty slugify result and nothing slugify would change", () => {
    const samples = ["Seoul, Korea Selatan", "jakarta", "Jakarta", "korea--utara", "ri_news", "-a", "Café", "x".repeat(100)];
    for (const sample of samples) {
      const slug = slugify(sample);
      if (slug !== "") expect(isValidSlug(slug)).toBe(true);
      if (sample.length <= 80) expect(isValidSlug(sample)).toBe(slug === sample);
    }
  });
});

describe("isValidHashtagSlug", () => {
  it.each(["ri_news", "jakarta", "2024", "_tag"])("accepts %s", (slug) => {
    expect(isValidHashtagSlug(slug)).toBe(true);
  });

  it.each(["", "___", "Ri_News", "#tag", "ri-news", "café", "a".repeat(101)])("rejects %j", (slug) => {
    expect(isValidHashtagSlug(slug)).toBe(false);
  });

  it("rejects non-strings", () => {
    expect(isValidHashtagSlug(null)).toBe(false);
  });

  it("agrees with hashtagSlug: valid exactly when hashtagSlug leaves the string unchanged", () => {
    const samples = ["ri_news", "Ri_News", "___", "#tag", "a".repeat(101), "tag_"];
    for (const sample of samples) {
      expect(isValidHashtagSlug(sample)).toBe(hashtagSlug(sample) === sample);
    }
  });
});
