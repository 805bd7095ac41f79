import { describe, expect, it } from "vitest";
import {
  MAX_BODY_BYTES,
  MAX_BODY_DEPTH,
  bodyToPlainText,
  isSafeHref,
  mediaIds,
  paragraphsToBody,
  parseArticleBody,
  relatedArticleIds,
  type ArticleBody,
} from "./schema";

const UNSAFE_LINK_MESSAGE = "Isi artikel tidak valid: tautan hanya boleh http, https, atau mailto.";

/** A document using every node and mark the schema allows. */
const everyNodeDoc: ArticleBody = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Pembuka " },
        { type: "text", text: "tebal", marks: [{ type: "bold" }] },
        { type: "text", text: " dan " },
        { type: "text", text: "miring", marks: [{ type: "italic" }] },
        { type: "hardBreak" },
        { type: "text", text: "tautan", marks: [{ type: "link", attrs: { href: "https://example.com/a" } }] },
        { type: "text", text: "surel", marks: [{ type: "bold" }, { type: "link", attrs: { href: "mailto:redaksi@example.com" } }] },
      ],
    },
    { type: "paragraph" },
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Subjudul" }] },
    { type: "heading", attrs: { level: 3 }, content: [{ type: "text", text: "Sub-subjudul" }] },
    {
      type: "bulletList",
      content: [
        {
          type: "listItem",
          content: [
            { type: "paragraph", content: [{ type: "text", text: "butir satu" }] },
            {
              type: "orderedList",
              attrs: { start: 3 },
              content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "bersarang" }] }] }],
            },
          ],
        },
      ],
    },
    { type: "orderedList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
    {
      type: "blockquote",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "kutipan" }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
      ],
    },
    { type: "image", attrs: { mediaId: 7, caption: "Keterangan", credit: "Antara" } },
    { type: "image", attrs: { mediaId: 8, caption: null, credit: null } },
    { type: "image", attrs: { mediaId: 9 } },
    { type: "relatedArticle", attrs: { articleId: 42 } },
    { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul yang disebut naskah" } },
    { type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", title: "Siaran langsung" } },
    { type: "embed", attrs: { provider: "x", id: "1790000000000000000" } },
    {
      type: "gallery",
      attrs: { items: [{ mediaId: 7, caption: "Satu", credit: "Antara" }, { mediaId: 10, caption: null, credit: null }, { mediaId: 11 }] },
    },
  ],
};

function doc(...content: unknown[]): unknown {
  return { type: "doc", content };
}

function paragraph(...content: unknown[]): unknown {
  return { type: "paragraph", content };
}

function linkedText(href: string): unknown {
  return { type: "text", text: "klik", marks: [{ type: "link", attrs: { href } }] };
}

function expectRefused(input: unknown): string {
  const result = parseArticleBody(input);
  if (result.ok) throw new Error("expected the body to be refused");
  expect(result.message).toMatch(/^Isi artikel tidak valid: /);
  return result.message;
}

function expectAccepted(input: unknown): ArticleBody {
  const result = parseArticleBody(input);
  if (!result.ok) throw new Error(`expected the body to be accepted, got: ${result.message}`);
  return result.body;
}

/** `levels` bullet lists, each holding the next in its only list item, built without recursion. */
function nestedLists(levels: number, innermost: unknown = paragraph({ type: "text", text: "paling dalam" })): unknown {
  let node = innermost;
  for (let i = 0; i < levels; i++) {
    node = { type: "bulletList", content: [{ type: "listItem", content: [node] }] };
  }
  return doc(node);
}

describe("parseArticleBody: accepted documents", () => {
  it("round-trips a document using every node and mark unchanged", () => {
    expect(expectAccepted(everyNodeDoc)).toEqual(everyNodeDoc);
  });

  it("round-trips through JSON, as a stored row does", () => {
    expect(expectAccepted(JSON.parse(JSON.stringify(everyNodeDoc)))).toEqual(everyNodeDoc);
  });

  it("accepts an empty document (a draft with no text yet)", () => {
    expect(expectAccepted(doc())).toEqual({ type: "doc", content: [] });
  });

  it("accepts headings of level 2 and 3", () => {
    for (const level of [2, 3]) {
      expectAccepted(doc({ type: "heading", attrs: { level }, content: [{ type: "text", text: "x" }] }));
    }
  });

  it.each(["https://example.com/berita?id=1#a", "http://example.com", "HTTPS://EXAMPLE.COM", "mailto:redaksi@example.com"])(
    "accepts a link to %s",
    (href) => {
      expectAccepted(doc(paragraph(linkedText(href))));
    },
  );

  it("accepts a pending Baca juga reference (null id with the title named in the copy)", () => {
    const body = expectAccepted(doc({ type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul lama" } }));
    expect(body.content[0]).toEqual({ type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul lama" } });
  });
});

describe("parseArticleBody: extra attributes from Tiptap", () => {
  it("strips link target, rel, class and unknown keys instead of refusing them", () => {
    const body = expectAccepted(
      doc(
        paragraph({
          type: "text",
          text: "klik",
          marks: [
            {
              type: "link",
              attrs: { href: "https://example.com", target: "_blank", rel: "noopener noreferrer nofollow", class: null, onclick: "x" },
            },
          ],
        }),
      ),
    );
    expect(body).toEqual(doc(paragraph(linkedText("https://example.com"))));
  });

  it("strips unknown attrs on nodes (alignment, ordered list type, image src)", () => {
    const body = expectAccepted(
      doc(
        { type: "paragraph", attrs: { textAlign: "center" }, content: [{ type: "text", text: "a" }] },
        { type: "orderedList", attrs: { start: 1, type: null }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "image", attrs: { mediaId: 3, src: "javascript:alert(1)", title: "t" } },
      ),
    );
    expect(body).toEqual(
      doc(
        { type: "paragraph", content: [{ type: "text", text: "a" }] },
        { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] },
        { type: "image", attrs: { mediaId: 3 } },
      ),
    );
  });
});

describe("parseArticleBody: refused structure", () => {
  it("refuses an unknown block type with an Indonesian message", () => {
    expect(expectRefused(doc({ type: "table", content: [] }))).toBe("Isi artikel tidak valid: jenis blok tidak dikenal.");
  });

  it("refuses an unknown inline node type", () => {
    expectRefused(doc(paragraph({ type: "mention", attrs: { id: 1 } })));
  });

  it("refuses an unknown mark type", () => {
    expectRefused(doc(paragraph({ type: "text", text: "x", marks: [{ type: "underline" }] })));
  });

  it("refuses blocks where they are not allowed (heading in a list item, image in a quote)", () => {
    expectRefused(
      doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "heading", attrs: { level: 2 } }] }] }),
    );
    expectRefused(doc({ type: "blockquote", content: [{ type: "image", attrs: { mediaId: 1 } }] }));
  });

  it("refuses heading levels other than 2 and 3", () => {
    expect(expectRefused(doc({ type: "heading", attrs: { level: 1 }, content: [] }))).toContain("tingkat 2 atau 3");
    expectRefused(doc({ type: "heading", attrs: { level: 4 } }));
  });

  it("refuses an empty list, an empty text node and an ordered list starting below 1", () => {
    expectRefused(doc({ type: "bulletList", content: [] }));
    expectRefused(doc(paragraph({ type: "text", text: "" })));
    expectRefused(doc({ type: "orderedList", attrs: { start: 0 }, content: [{ type: "listItem", content: [{ type: "paragraph" }] }] }));
  });

  it("refuses images and Baca juga blocks whose ids are not positive integers", () => {
    expectRefused(doc({ type: "image", attrs: { mediaId: 0 } }));
    expectRefused(doc({ type: "image", attrs: { mediaId: 1.5 } }));
    expectRefused(doc({ type: "relatedArticle", attrs: { articleId: -1 } }));
    expectRefused(doc({ type: "relatedArticle", attrs: {} }));
  });

  it.each([null, "teks", 42, [], { type: "paragraph" }, { type: "doc" }])("refuses %j as a body", (input) => {
    expectRefused(input);
  });
});

describe("parseArticleBody: embeds and galleries", () => {
  const embed = (attrs: unknown) => doc({ type: "embed", attrs });
  const gallery = (count: number) => doc({ type: "gallery", attrs: { items: Array.from({ length: count }, (_, index) => ({ mediaId: index + 1 })) } });

  it("accepts each provider with its own id shape and drops anything else the editor sends", () => {
    for (const attrs of [
      { provider: "youtube", id: "aB3_-x9Zz0Q" },
      { provider: "instagram", id: "C1a2B3c4D5e" },
      { provider: "x", id: "20" },
      { provider: "tiktok", id: "7300000000000000000" },
      { provider: "facebook", id: "1234567890123456" },
    ]) {
      expectAccepted(embed(attrs));
    }
    const body = expectAccepted(embed({ provider: "youtube", id: "dQw4w9WgXcQ", src: "https://evil.example/", html: "<iframe>" }));
    expect(body.content[0]).toEqual({ type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ" } });
  });

  it("refuses other providers, ids of the wrong shape, and overlong titles", () => {
    expect(expectRefused(embed({ provider: "vimeo", id: "123" }))).toBe(
      "Isi artikel tidak valid: sematan hanya dari YouTube, Instagram, X, TikTok, atau Facebook.",
    );
    for (const attrs of [
      { provider: "youtube", id: "dQw4w9WgXc" },
      { provider: "youtube", id: "javascript:x" },
      { provider: "youtube", id: '"><script>' },
      { provider: "x", id: "dQw4w9WgXcQ" },
      { provider: "instagram", id: "../../p/x" },
      { provider: "facebook", id: "https://www.facebook.com/watch/?v=1" },
      { provider: "tiktok", id: 7300000000000000000 },
      { provider: "youtube" },
    ]) {
      expectRefused(embed(attrs));
    }
    expect(expectRefused(embed({ provider: "youtube", id: "dQw4w9WgXcQ", title: "x".repeat(301) }))).toContain("judul sematan paling banyak 300 karakter");
  });

  it("keeps an embed's title as one trimmed line of plain text, an empty one as none, and refuses markup", () => {
    const titled = (title: unknown) => expectAccepted(embed({ provider: "x", id: "20", title })).content[0];
    expect(titled("  Unggahan\n  resmi\tBMKG  ")).toEqual({ type: "embed", attrs: { provider: "x", id: "20", title: "Unggahan resmi BMKG" } });
    expect(titled("Skor 3 < 4 & 5 > 2")).toMatchObject({ attrs: { title: "Skor 3 < 4 & 5 > 2" } });
    expect(titled("   ")).toMatchObject({ attrs: { title: null } });
    expect(titled(" " + "x".repeat(300) + " ")).toMatchObject({ attrs: { title: "x".repeat(300) } });
    for (const title of ["<b>Gempa</b>", "Gempa <script>alert(1)</script>", "<!-- x -->", "Gempa\u0000"]) {
      expect(expectRefused(embed({ provider: "x", id: "20", title }))).toBe("Isi artikel tidak valid: judul sematan harus teks biasa, tanpa tag HTML.");
    }
    expectRefused(embed({ provider: "x", id: "20", title: 42 }));
  });

  it("takes galleries of 2 to 30 library images, and no other", () => {
    expectAccepted(gallery(2));
    expectAccepted(gallery(30));
    expect(expectRefused(gallery(1))).toContain("paling sedikit 2 foto");
    expect(expectRefused(gallery(31))).toContain("paling banyak berisi 30 foto");
    expectRefused(doc({ type: "gallery", attrs: { items: [{ mediaId: 1 }, { mediaId: 0 }] } }));
    expectRefused(doc({ type: "gallery", attrs: { items: [{ mediaId: 1 }, { mediaId: "2" }] } }));
    expectRefused(doc({ type: "gallery", content: [{ type: "image", attrs: { mediaId: 1 } }] }));
    expectRefused(doc({ type: "blockquote", content: [{ type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ" } }] }));
  });
});

describe("parseArticleBody: unsafe links", () => {
  it.each([
    ["javascript:", "javascript:alert(1)"],
    ["mixed case", "JaVaScRiPt:alert(1)"],
    ["leading spaces", "   javascript:alert(1)"],
    ["a tab inside the scheme", "java\tscript:alert(1)"],
    ["a newline inside the scheme", "java\nscript:alert(1)"],
    ["a leading control character", "\u0001javascript:alert(1)"],
    ["data:", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
    ["vbscript:", "VBScript:msgbox(1)"],
    ["an entity-encoded colon", "javascript&#58;alert(1)"],
    ["an entity-encoded letter", "&#106;avascript:alert(1)"],
    ["a relative path", "/berita/1"],
    ["a protocol-relative URL", "//evil.example"],
    ["ftp:", "ftp://example.com/file"],
  ])("refuses a link with %s", (_case, href) => {
    expect(isSafeHref(href)).toBe(false);
    expect(expectRefused(doc(paragraph(linkedText(href))))).toBe(UNSAFE_LINK_MESSAGE);
  });

  it("refuses an unsafe link nested deep in a quote's list", () => {
    const input = doc({
      type: "blockquote",
      content: [{ type: "bulletList", content: [{ type: "listItem", content: [paragraph(linkedText("javascript:void(0)"))] }] }],
    });
    expect(expectRefused(input)).toBe(UNSAFE_LINK_MESSAGE);
  });
});

describe("isSafeHref", () => {
  it.each(["https://example.com", "http://example.com/a?b=c", " https://example.com", "MAILTO:redaksi@example.com"])(
    "allows %j",
    (href) => {
      expect(isSafeHref(href)).toBe(true);
    },
  );
});

describe("parseArticleBody: cheap refusals before validation", () => {
  it("accepts nodes exactly MAX_BODY_DEPTH levels deep and refuses one level deeper", () => {
    // doc(1) › bulletList(2) › listItem(3) › … : n lists put their innermost paragraph at 2n + 2, its text at 2n + 3.
    const lists = (MAX_BODY_DEPTH - 2) / 2;
    expect(Number.isInteger(lists)).toBe(true);
    expectAccepted(nestedLists(lists, { type: "paragraph" }));
    expect(expectRefused(nestedLists(lists))).toBe(
      `Isi artikel tidak valid: dokumen terlalu bertingkat (maksimal ${MAX_BODY_DEPTH} tingkat).`,
    );
  });

  it("refuses 10 000 nested lists without a stack overflow", () => {
    expect(expectRefused(nestedLists(10_000))).toContain("terlalu bertingkat");
  });

  it("refuses absurd nesting outside `content` without throwing", () => {
    // Deep enough to overflow JSON.stringify, small enough (~300 kB) to pass the size limit.
    let junk: unknown = {};
    for (let i = 0; i < 50_000; i++) junk = { a: junk };
    expectRefused(doc({ type: "image", attrs: { mediaId: 1, extra: junk } }));
  });

  it("refuses a 5 MB body", () => {
    const input = doc(paragraph({ type: "text", text: "a".repeat(5 * 1024 * 1024) }));
    expect(expectRefused(input)).toContain("ukuran melebihi batas");
  });

  it("counts UTF-8 bytes, not characters, against MAX_BODY_BYTES", () => {
    // "é" is 2 bytes in UTF-8: fewer characters than the limit, more bytes.
    const text = "é".repeat(Math.ceil(MAX_BODY_BYTES * 0.6));
    expect(expectRefused(doc(paragraph({ type: "text", text })))).toContain("ukuran melebihi batas");
  });

  it("accepts a large body under the limit", () => {
    expectAccepted(doc(paragraph({ type: "text", text: "a".repeat(MAX_BODY_BYTES - 200) })));
  });

  it("refuses a cyclic object without throwing", () => {
    const node: { type: string; content: unknown[]; self?: unknown } = { type: "paragraph", content: [] };
    node.self = node;
    expectRefused(doc(node));
  });
});

describe("bodyToPlainText", () => {
  it("separates blocks with blank lines, puts list items on their own lines and turns hardBreaks into newlines", () => {
    expect(bodyToPlainText(everyNodeDoc)).toBe(
      [
        "Pembuka tebal dan miring\ntautansurel",
        "Subjudul",
        "Sub-subjudul",
        "butir satu\nbersarang",
        "kutipan",
      ].join("\n\n"),
    );
  });

  it("gives nothing for images, embeds, galleries and Baca juga blocks, leaving no stray blank lines", () => {
    const body = paragraphsToBody([
      { kind: "paragraph", text: "Satu" },
      { kind: "relatedArticle", articleId: 5, pendingTitle: null },
      { kind: "paragraph", text: "Dua" },
    ]);
    body.content.push({ type: "image", attrs: { mediaId: 1, caption: "Keterangan foto", credit: "Antara" } });
    body.content.push({ type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", title: "Judul video" } });
    body.content.push({ type: "gallery", attrs: { items: [{ mediaId: 1, caption: "Satu" }, { mediaId: 2 }] } });
    expect(bodyToPlainText(body)).toBe("Satu\n\nDua");
  });

  it("puts every item of a multi-item list on its own line", () => {
    const body = expectAccepted(
      doc({
        type: "orderedList",
        content: ["a", "b", "c"].map((text) => ({ type: "listItem", content: [paragraph({ type: "text", text })] })),
      }),
    );
    expect(bodyToPlainText(body)).toBe("a\nb\nc");
  });
});

describe("paragraphsToBody", () => {
  it("builds paragraphs and Baca juga blocks that pass validation", () => {
    const body = paragraphsToBody([
      { kind: "paragraph", text: "Paragraf pertama." },
      { kind: "relatedArticle", articleId: 12, pendingTitle: null },
      { kind: "relatedArticle", articleId: null, pendingTitle: "Judul yang belum ada" },
      { kind: "paragraph", text: "" },
    ]);
    expect(body).toEqual({
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "Paragraf pertama." }] },
        { type: "relatedArticle", attrs: { articleId: 12, pendingTitle: null } },
        { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul yang belum ada" } },
        { type: "paragraph" },
      ],
    });
    expect(expectAccepted(body)).toEqual(body);
  });

  it("turns newlines inside a paragraph into hardBreaks, so the plain text comes back", () => {
    const body = paragraphsToBody([{ kind: "paragraph", text: "baris satu\nbaris dua" }]);
    expect(body.content[0]).toEqual({
      type: "paragraph",
      content: [{ type: "text", text: "baris satu" }, { type: "hardBreak" }, { type: "text", text: "baris dua" }],
    });
    expect(bodyToPlainText(body)).toBe("baris satu\nbaris dua");
  });
});

describe("relatedArticleIds and mediaIds", () => {
  it("list each referenced id once, in document order, skipping pending references", () => {
    const body = expectAccepted(
      doc(
        { type: "relatedArticle", attrs: { articleId: 9 } },
        { type: "image", attrs: { mediaId: 4 } },
        { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "x" } },
        { type: "relatedArticle", attrs: { articleId: 3 } },
        { type: "image", attrs: { mediaId: 2 } },
        { type: "relatedArticle", attrs: { articleId: 9 } },
        { type: "image", attrs: { mediaId: 4 } },
        { type: "gallery", attrs: { items: [{ mediaId: 6 }, { mediaId: 2 }, { mediaId: 5 }] } },
      ),
    );
    expect(relatedArticleIds(body)).toEqual([9, 3]);
    expect(mediaIds(body)).toEqual([4, 2, 6, 5]);
  });

  it("are empty for a body without references", () => {
    expect(relatedArticleIds(paragraphsToBody([{ kind: "paragraph", text: "x" }]))).toEqual([]);
    expect(mediaIds(paragraphsToBody([{ kind: "paragraph", text: "x" }]))).toEqual([]);
  });
});
