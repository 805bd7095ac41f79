import { describe, expect, it } from "vitest";
import { bodyOutline, sameBody } from "./outline";
import type { ArticleBody, BodyBlock } from "./schema";

const doc = (...content: BodyBlock[]): ArticleBody => ({ type: "doc", content });
const paragraph = (text: string): BodyBlock => ({ type: "paragraph", content: [{ type: "text", text }] });
const noTitles = () => undefined;

describe("bodyOutline", () => {
  it("names every image, embed, gallery photo and Baca juga block with what it stores", () => {
    const body = doc(
      paragraph("Pembuka."),
      { type: "image", attrs: { mediaId: 4, caption: "Banjir di Garut", credit: "Antara" } },
      { type: "embed", attrs: { provider: "x", id: "20", title: " Unggahan BMKG " } },
      { type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", title: null } },
      { type: "gallery", attrs: { items: [{ mediaId: 1, caption: "Satu" }, { mediaId: 2, credit: "Made" }] } },
      { type: "relatedArticle", attrs: { articleId: 9, pendingTitle: null } },
      { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul impor" } },
    );
    expect(bodyOutline(body, (id) => (id === 9 ? "Artikel sembilan" : undefined))).toEqual([
      "Pembuka.",
      "[Gambar: Banjir di Garut · Foto: Antara · media #4]",
      "[Unggahan X: 20 · Judul: Unggahan BMKG]",
      "[Video YouTube: dQw4w9WgXcQ]",
      "[Galeri: 2 foto — Satu · media #1; Foto: Made · media #2]",
      "Baca juga: Artikel sembilan",
      "Baca juga: Judul impor",
    ]);
  });

  it("tells apart bodies whose text is the same and whose media differ", () => {
    const text = paragraph("Teks yang sama.");
    const gallery = (ids: number[]): BodyBlock => ({ type: "gallery", attrs: { items: ids.map((mediaId) => ({ mediaId })) } });
    const outline = (...blocks: BodyBlock[]) => bodyOutline(doc(text, ...blocks), noTitles).join("\n");
    expect(outline(gallery([1, 2]))).not.toBe(outline(gallery([2, 1])));
    expect(outline({ type: "embed", attrs: { provider: "instagram", id: "C1a2B3c4D5e" } })).not.toBe(outline({ type: "embed", attrs: { provider: "instagram", id: "Zz9y8X7w6V5" } }));
    expect(outline({ type: "embed", attrs: { provider: "x", id: "20", title: "A" } })).not.toBe(outline({ type: "embed", attrs: { provider: "x", id: "20", title: "B" } }));
    expect(outline({ type: "image", attrs: { mediaId: 1, caption: "Sama" } })).not.toBe(outline({ type: "image", attrs: { mediaId: 2, caption: "Sama" } }));
  });
});

describe("sameBody", () => {
  it("ignores what only the editor shows, and absent against empty values", () => {
    const stored = { type: "doc", content: [{ type: "image", attrs: { mediaId: 4, caption: "Keterangan" } }, { type: "embed", attrs: { provider: "x", id: "20" } }] };
    const inEditor = {
      type: "doc",
      content: [
        { type: "image", attrs: { mediaId: 4, caption: "Keterangan", credit: null, src: "/media/abc/640.jpg", alt: "Banjir" } },
        { type: "embed", attrs: { provider: "x", id: "20", title: null } },
      ],
    };
    expect(sameBody(stored, inEditor)).toBe(true);
  });

  it("sees a difference in formatting alone, and in bodies the schema refuses", () => {
    const plain = doc(paragraph("Kata"));
    const bold = doc({ type: "paragraph", content: [{ type: "text", text: "Kata", marks: [{ type: "bold" }] }] });
    expect(sameBody(plain, bold)).toBe(false);
    expect(sameBody({ type: "doc", content: [{ type: "video", attrs: { id: 1 } }] }, { type: "doc", content: [{ type: "video", attrs: { id: 2 } }] })).toBe(false);
  });
});
