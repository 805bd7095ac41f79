import { describe, expect, it } from "vitest";
import { ARTICLE_KINDS, isSponsored, kindLabel, KIND_LABELS } from "./kinds";

describe("story kinds", () => {
  it("label every kind but plain news for readers, in Indonesian", () => {
    expect(ARTICLE_KINDS.map((kind) => kindLabel(kind))).toEqual([null, "Opini", "Advertorial", "Rilis Pers", "Foto", "Video", "Live"]);
    expect(KIND_LABELS.berita).toBe("Berita");
  });

  it("count only the Advertorial as sponsored content", () => {
    expect(ARTICLE_KINDS.filter(isSponsored)).toEqual(["advertorial"]);
  });
});
