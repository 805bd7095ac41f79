import { describe, expect, it } from "vitest";
import type { ArticleBody } from "@/lib/body/schema";
import { ARTICLE_KINDS, isSponsored, kindLabel, KIND_LABELS, leadMediaIndex } from "./kinds";

describe("story kinds", () => {
  it("label every kind but plain news for readers, in Indonesian", () => {
    expect(ARTICLE_KINDS.map((kind) => kindLabel(kind))).toEqual([null, "Opini", "Advertorial", "Rilis Pers", "Foto", "Video", "Live"]);
    expect(KIND_LABELS.berita).toBe("Berita");
  });

  it("count only the Advertorial as sponsored content", () => {
    expect(ARTICLE_KINDS.filter(isSponsored)).toEqual(["advertorial"]);
  });
});

describe("lead media", () => {
  const body: ArticleBody = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Pembuka." }] },
      { type: "gallery", attrs: { items: [{ mediaId: 1 }, { mediaId: 2 }] } },
      { type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ" } },
      { type: "embed", attrs: { provider: "x", id: "20" } },
    ],
  };

  it("is a Video story's first embed and a Foto story's first gallery, and nothing for other kinds", () => {
    expect(leadMediaIndex("video", body)).toBe(2);
    expect(leadMediaIndex("foto", body)).toBe(1);
    expect(ARTICLE_KINDS.filter((kind) => kind !== "video" && kind !== "foto").map((kind) => leadMediaIndex(kind, body))).toEqual([-1, -1, -1, -1, -1]);
    expect(leadMediaIndex("video", { type: "doc", content: [body.content[1]!] })).toBe(-1);
  });
});
