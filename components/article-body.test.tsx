import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody, type BodyImage, type RelatedArticleLink } from "@/components/article-body";
import type { ArticleBody as ArticleBodyDocument, BodyBlock, InlineNode } from "@/lib/body/schema";

const HOSTILE = "<script>alert(1)</script>";
const ESCAPED_HOSTILE = "&lt;script&gt;alert(1)&lt;/script&gt;";

function render(
  blocks: BodyBlock[],
  options: {
    related?: ReadonlyMap<number, RelatedArticleLink>;
    images?: ReadonlyMap<number, BodyImage>;
    dateline?: string;
    sponsored?: boolean;
  } = {},
): string {
  const body: ArticleBodyDocument = { type: "doc", content: blocks };
  return renderToStaticMarkup(
    <ArticleBody
      body={body}
      related={options.related ?? new Map()}
      images={options.images ?? new Map()}
      dateline={options.dateline}
      sponsored={options.sponsored}
    />,
  );
}

function text(value: string, marks?: Extract<InlineNode, { type: "text" }>["marks"]): InlineNode {
  return marks ? { type: "text", text: value, marks } : { type: "text", text: value };
}

function paragraph(...content: InlineNode[]): Extract<BodyBlock, { type: "paragraph" }> {
  return { type: "paragraph", content };
}

function link(value: string, href: string): InlineNode {
  return text(value, [{ type: "link", attrs: { href } }]);
}

/** The markup inside the wrapper element, to compare blocks exactly. */
function inner(html: string): string {
  return html.replace(/^<div[^>]*>/, "").replace(/<\/div>$/, "");
}

/** Drops class attributes, so structure assertions do not depend on styling. */
function withoutClasses(html: string): string {
  return html.replace(/ class="[^"]*"/g, "");
}

describe("ArticleBody: blocks and marks", () => {
  it("maps paragraphs, headings, bold, italic and hardBreak to their elements", () => {
    const html = render([
      paragraph(text("a "), text("tebal", [{ type: "bold" }]), text("miring", [{ type: "italic" }]), { type: "hardBreak" }, text("b")),
      { type: "heading", attrs: { level: 2 }, content: [text("Dua")] },
      { type: "heading", attrs: { level: 3 }, content: [text("Tiga")] },
    ]);
    expect(withoutClasses(inner(html))).toBe(
      "<p>a <strong>tebal</strong><em>miring</em><br/>b</p><h2>Dua</h2><h3>Tiga</h3>",
    );
  });

  it("nests italic inside bold when a text has both", () => {
    const html = render([paragraph(text("keduanya", [{ type: "italic" }, { type: "bold" }]))]);
    expect(withoutClasses(inner(html))).toBe("<p><strong><em>keduanya</em></strong></p>");
  });

  it("renders bullet and ordered lists with items, nesting and the start number", () => {
    const html = render([
      {
        type: "bulletList",
        content: [
          {
            type: "listItem",
            content: [
              paragraph(text("satu")),
              { type: "orderedList", attrs: { start: 4 }, content: [{ type: "listItem", content: [paragraph(text("empat"))] }] },
            ],
          },
        ],
      },
      { type: "orderedList", attrs: { start: 1 }, content: [{ type: "listItem", content: [paragraph(text("x"))] }] },
    ]);
    expect(withoutClasses(inner(html))).toBe(
      '<ul><li><p>satu</p><ol start="4"><li><p>empat</p></li></ol></li></ul><ol><li><p>x</p></li></ol>',
    );
  });

  it("renders a blockquote around its paragraphs", () => {
    const html = render([{ type: "blockquote", content: [paragraph(text("kata narasumber"))] }]);
    expect(withoutClasses(inner(html))).toBe("<blockquote><p>kata narasumber</p></blockquote>");
  });

  it("renders nothing for empty paragraphs and headings", () => {
    const html = render([{ type: "paragraph" }, { type: "heading", attrs: { level: 2 }, content: [] }, paragraph(text("isi"))]);
    expect(withoutClasses(inner(html))).toBe("<p>isi</p>");
  });

  it("gives paragraphs readable article typography", () => {
    expect(render([paragraph(text("x"))])).toContain('<p class="text-lg leading-relaxed">');
  });
});

describe("ArticleBody: links", () => {
  it("opens https links in a new tab with rel noopener noreferrer", () => {
    const html = render([paragraph(link("situs", "https://example.com/a?b=1&c=2"))]);
    expect(html).toMatch(/<a href="https:\/\/example.com\/a\?b=1&amp;c=2" rel="noopener noreferrer" target="_blank"[^>]*>situs<\/a>/);
  });

  it("marks every link of sponsored content rel=sponsored, in paragraphs, headings and lists", () => {
    const html = render(
      [
        paragraph(link("produk", "https://merek.example/promo")),
        { type: "heading", attrs: { level: 2 }, content: [link("toko", "https://toko.example")] },
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(link("daftar", "https://daftar.example"))] }] },
      ],
      { sponsored: true },
    );
    expect(html.match(/rel="sponsored noopener noreferrer"/g)).toHaveLength(3);
    expect(render([paragraph(link("produk", "https://merek.example/promo"))])).not.toContain("sponsored");
  });

  it("keeps mailto links in the same tab", () => {
    const html = render([paragraph(link("surel", "mailto:redaksi@example.com"))]);
    expect(html).toMatch(/<a href="mailto:redaksi@example.com" rel="noopener noreferrer"[^>]*>surel<\/a>/);
    expect(html).not.toContain("target=");
  });

  it("joins consecutive text under the same link into one anchor", () => {
    const href = "https://example.com";
    const html = render([
      paragraph(
        link("baca ", href),
        text("ini", [{ type: "bold" }, { type: "link", attrs: { href } }]),
        text(" lalu"),
      ),
    ]);
    expect(withoutClasses(inner(html))).toBe(
      '<p><a href="https://example.com" rel="noopener noreferrer" target="_blank">baca <strong>ini</strong></a> lalu</p>',
    );
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "   javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/relatif",
  ])("renders a link to %j as plain text when fed directly", (href) => {
    const html = render([paragraph(text("sebelum "), link("klik", href), text(" sesudah", [{ type: "bold" }]))]);
    expect(withoutClasses(inner(html))).toBe("<p>sebelum klik<strong> sesudah</strong></p>");
  });
});

describe("ArticleBody: dateline", () => {
  const dateline = "Seoul, Korea Selatan, 18 Juni 2025";

  it("opens the first paragraph with the dateline and an em dash", () => {
    const html = render([paragraph(text("Presiden tiba.")), paragraph(text("Kedua."))], { dateline });
    expect(withoutClasses(inner(html))).toBe(
      `<p><span>${dateline}</span> — Presiden tiba.</p><p>Kedua.</p>`,
    );
    expect(html).toContain(`<span class="dateline">${dateline}</span> — Presiden tiba.`);
  });

  it("goes into the first paragraph with text, after a leading heading or empty paragraph", () => {
    const html = render(
      [{ type: "heading", attrs: { level: 2 }, content: [text("Judul")] }, { type: "paragraph" }, paragraph(text("Isi."))],
      { dateline },
    );
    expect(withoutClasses(inner(html))).toBe(`<h2>Judul</h2><p><span>${dateline}</span> — Isi.</p>`);
  });

  it("stands alone when the body has no paragraph to open", () => {
    const html = render([{ type: "heading", attrs: { level: 2 }, content: [text("Judul")] }], { dateline });
    expect(withoutClasses(inner(html))).toBe(`<p><span>${dateline}</span></p><h2>Judul</h2>`);
  });

  it("is absent when not given", () => {
    expect(render([paragraph(text("Isi."))])).not.toContain("dateline");
  });
});

describe("ArticleBody: Baca juga", () => {
  const related = new Map<number, RelatedArticleLink>([[42, { title: "Judul terkini", href: "/berita/42-judul-terkini" }]]);

  it("links a published article by its current title and URL", () => {
    const html = render([{ type: "relatedArticle", attrs: { articleId: 42, pendingTitle: "Judul lama di naskah" } }], { related });
    expect(html).toContain(
      '<aside class="baca-juga" aria-label="Baca juga"><span>Baca juga:</span> <a href="/berita/42-judul-terkini"',
    );
    expect(html).toContain(">Judul terkini</a></aside>");
    expect(html).not.toContain("Judul lama");
  });

  it("renders nothing at all for a pending reference", () => {
    const html = render([paragraph(text("a")), { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Judul" } }], {
      related,
    });
    expect(withoutClasses(inner(html))).toBe("<p>a</p>");
  });

  it("renders nothing at all for an article that is not published (not in the map)", () => {
    const html = render([paragraph(text("a")), { type: "relatedArticle", attrs: { articleId: 7 } }], { related });
    expect(withoutClasses(inner(html))).toBe("<p>a</p>");
    expect(html).not.toContain("aside");
    expect(html).not.toContain("Baca juga");
  });
});

describe("ArticleBody: images", () => {
  const images = new Map<number, BodyImage>([[5, { src: "/media/5.jpg", width: 1200, height: 800, alt: "Suasana sidang" }]]);

  it("renders a known image as a lazy figure with caption and photo credit", () => {
    const html = render([{ type: "image", attrs: { mediaId: 5, caption: "Sidang dibuka.", credit: "Antara" } }], { images });
    expect(withoutClasses(inner(html))).toBe(
      '<figure><img src="/media/5.jpg" width="1200" height="800" alt="Suasana sidang" loading="lazy" decoding="async"/>' +
        "<figcaption>Sidang dibuka. <span>Foto: Antara</span></figcaption></figure>",
    );
  });

  it("leaves out the figcaption when there is neither caption nor credit", () => {
    const html = render([{ type: "image", attrs: { mediaId: 5, caption: null } }], { images });
    expect(html).toContain("<figure");
    expect(html).not.toContain("figcaption");
  });

  it("renders the credit alone when there is no caption", () => {
    const html = render([{ type: "image", attrs: { mediaId: 5, credit: "Reuters" } }], { images });
    expect(withoutClasses(html)).toContain("<figcaption><span>Foto: Reuters</span></figcaption>");
  });

  it("offers an upload's stored sizes as AVIF, WebP and JPEG in a <picture>", () => {
    const key = "0123456789abcdef0123456789abcdef";
    const uploaded = new Map<number, BodyImage>([[7, { src: `/media/${key}/1000.jpg`, width: 1000, height: 600, alt: "Banjir" }]]);
    const html = withoutClasses(inner(render([{ type: "image", attrs: { mediaId: 7, caption: "Banjir.", credit: "Andi" } }], { images: uploaded })));
    const set = (ext: string) => `/media/${key}/400.${ext} 400w, /media/${key}/800.${ext} 800w, /media/${key}/1000.${ext} 1000w`;
    expect(html).toContain(
      `<picture><source type="image/avif" srcSet="${set("avif")}" sizes="(min-width: 1024px) 640px, 100vw"/>` +
        `<source type="image/webp" srcSet="${set("webp")}" sizes="(min-width: 1024px) 640px, 100vw"/>` +
        `<img src="/media/${key}/1000.jpg" srcSet="${set("jpg")}" sizes="(min-width: 1024px) 640px, 100vw" width="1000" height="600" alt="Banjir" loading="lazy" decoding="async"/></picture>`,
    );
  });

  it("renders nothing for an unknown media id", () => {
    const html = render([paragraph(text("a")), { type: "image", attrs: { mediaId: 99, caption: "Hilang" } }], { images });
    expect(withoutClasses(inner(html))).toBe("<p>a</p>");
  });
});

describe("ArticleBody: hostile text", () => {
  it("escapes script in text, caption, credit, related title, alt and dateline", () => {
    const html = render(
      [
        paragraph(text(HOSTILE)),
        { type: "image", attrs: { mediaId: 1, caption: HOSTILE, credit: HOSTILE } },
        { type: "relatedArticle", attrs: { articleId: 2 } },
      ],
      {
        dateline: HOSTILE,
        images: new Map([[1, { src: "/m.jpg", width: 1, height: 1, alt: '" onerror="alert(1)' }]]),
        related: new Map([[2, { title: HOSTILE, href: "/berita/2" }]]),
      },
    );
    expect(html).not.toContain("<script");
    // Once each in the dateline, paragraph text, caption, credit and related title.
    expect(html.split(ESCAPED_HOSTILE)).toHaveLength(6);
    expect(html).toContain('alt="&quot; onerror=&quot;alert(1)"');
    expect(html).not.toContain("onerror=\"");
  });
});

describe("ArticleBody: what follows the Nth paragraph (the in-article ad)", () => {
  const AD = <aside aria-label="Iklan">iklan</aside>;
  const renderWith = (blocks: BodyBlock[], n: number) =>
    renderToStaticMarkup(<ArticleBody body={{ type: "doc", content: blocks }} related={new Map()} images={new Map()} afterParagraph={{ paragraph: n, content: AD }} />);
  const blocks: BodyBlock[] = [
    paragraph(text("Satu")),
    { type: "paragraph" },
    { type: "heading", attrs: { level: 2 }, content: [text("Subjudul")] },
    { type: "blockquote", content: [paragraph(text("Kutipan"))] },
    paragraph(text("Dua")),
    paragraph(text("Tiga")),
  ];

  it("comes right after the Nth paragraph of the body, counting neither empty ones nor those inside other blocks", () => {
    expect(renderWith(blocks, 1)).toContain('<p class="text-lg leading-relaxed">Satu</p><aside aria-label="Iklan">iklan</aside>');
    expect(renderWith(blocks, 2)).toContain("Dua</p><aside");
    expect(renderWith(blocks, 3)).toMatch(/Tiga<\/p><aside aria-label="Iklan">iklan<\/aside><\/div>$/);
    expect(renderWith(blocks, 2).split('aria-label="Iklan"')).toHaveLength(2);
  });

  it("is left out of a body with fewer paragraphs", () => {
    expect(renderWith(blocks, 4)).not.toContain("Iklan");
  });
});

describe("ArticleBody: embedded posts", () => {
  const youtube: BodyBlock = { type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", title: null } };

  it("is a link to the post with YouTube's still, carrying the player's address for the island", () => {
    const html = withoutClasses(inner(render([youtube])));
    expect(html).toContain(
      '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" target="_blank" rel="noopener noreferrer" ' +
        'data-embed-frame="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-embed-title="Tonton video di YouTube" data-embed-class="aspect-video w-full">' +
        '<img src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg" width="480" height="360" alt="" loading="lazy" decoding="async"/>',
    );
    expect(html).toContain("<span>Tonton video di YouTube</span>");
    expect(html).toContain('<script src="/islands/embed.js" async=""></script>');
    expect(html).not.toContain("<iframe");
  });

  it("shows the writer's title, escaped, and no still for providers without one", () => {
    const html = render([{ type: "embed", attrs: { provider: "x", id: "1790000000000000000", title: HOSTILE } }]);
    expect(html).toContain('href="https://x.com/i/status/1790000000000000000"');
    expect(html).toContain('data-embed-frame="https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000"');
    expect(html).toContain(ESCAPED_HOSTILE);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
  });

  it("is left out where the heading already shows it as the lead", () => {
    const blocks: BodyBlock[] = [paragraph(text("Satu")), youtube];
    const html = renderToStaticMarkup(<ArticleBody body={{ type: "doc", content: blocks }} related={new Map()} images={new Map()} omitBlock={1} />);
    expect(withoutClasses(inner(html))).toBe("<p>Satu</p>");
  });
});

describe("ArticleBody: galleries", () => {
  const images = new Map<number, BodyImage>([
    [5, { src: "/media/5.jpg", width: 1200, height: 800, alt: "Penari kecak" }],
    [6, { src: "/media/6.jpg", width: 1200, height: 800, alt: "Penonton" }],
  ]);

  it("is a keyboard-scrollable, snapping strip of the known photos, each with its alt, caption and credit", () => {
    const html = render([{ type: "gallery", attrs: { items: [{ mediaId: 5, caption: "Tari kecak.", credit: "Made" }, { mediaId: 99 }, { mediaId: 6 }] } }], { images });
    expect(html).toContain('<div role="region" tabindex="0" aria-label="Galeri foto, 2 foto; geser untuk melihat semuanya" class="overflow-x-auto snap-x snap-mandatory">');
    expect(html.match(/<li class="[^"]*shrink-0 snap-center">/g)).toHaveLength(2);
    expect(withoutClasses(html)).toContain(
      '<li><figure><img src="/media/5.jpg" width="1200" height="800" alt="Penari kecak" loading="lazy" decoding="async"/><figcaption>Tari kecak. <span>Foto: Made</span></figcaption></figure></li>' +
        '<li><figure><img src="/media/6.jpg" width="1200" height="800" alt="Penonton" loading="lazy" decoding="async"/></figure></li>',
    );
  });

  it("renders nothing when none of its photos is known", () => {
    expect(withoutClasses(inner(render([{ type: "gallery", attrs: { items: [{ mediaId: 98 }, { mediaId: 99 }] } }], { images })))).toBe("");
  });
});
