import { describe, expect, it } from "vitest";
import type { ArticleBody } from "@/lib/body/schema";
import { articleBodyToHtml } from "./body-html";

const context = {
  siteUrl: "https://berita.example",
  related: new Map([[7, { title: "Inflasi & <pangan>", path: "/berita/inflasi" }]]),
  images: new Map([[3, { url: "/media/pasar.jpg", width: 1200, height: 900, alt: 'Pasar "lama"' }]]),
};

const body = (content: ArticleBody["content"]): ArticleBody => ({ type: "doc", content });

describe("the body as feed HTML", () => {
  it("escapes text and renders bold, italic, breaks, headings, lists and quotes", () => {
    const html = articleBodyToHtml(
      body([
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "<Sub> & judul" }] },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "tebal", marks: [{ type: "bold" }] },
            { type: "hardBreak" },
            { type: "text", text: "miring", marks: [{ type: "italic" }] },
          ],
        },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "butir" }] }] }] },
        { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "kutipan" }] }] },
      ]),
      context,
    );
    expect(html).toBe(
      '<h2>&lt;Sub&gt; &amp; judul</h2>\n<p><strong>tebal</strong><br><em>miring</em></p>\n<ol start="3"><li><p>butir</p></li></ol>\n<blockquote><p>kutipan</p></blockquote>',
    );
  });

  it("keeps http, https and mailto links and leaves any other link as plain text", () => {
    const html = articleBodyToHtml(
      body([
        {
          type: "paragraph",
          content: [
            { type: "text", text: "aman", marks: [{ type: "link", attrs: { href: "https://a.example/?x=1&y=2" } }] },
            { type: "text", text: "jahat", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
            { type: "text", text: "surel", marks: [{ type: "link", attrs: { href: "mailto:redaksi@a.example" } }] },
          ],
        },
      ]),
      context,
    );
    expect(html).toBe('<p><a href="https://a.example/?x=1&amp;y=2">aman</a>jahat<a href="mailto:redaksi@a.example">surel</a></p>');
  });

  it("makes image and Baca juga URLs absolute, and drops blocks whose target is unknown or unpublished", () => {
    const html = articleBodyToHtml(
      body([
        { type: "image", attrs: { mediaId: 3, caption: "Pasar", credit: "Antara" } },
        { type: "image", attrs: { mediaId: 99 } },
        { type: "relatedArticle", attrs: { articleId: 7 } },
        { type: "relatedArticle", attrs: { articleId: 8 } },
        { type: "relatedArticle", attrs: { articleId: null, pendingTitle: "Belum" } },
      ]),
      context,
    );
    expect(html).toBe(
      '<figure><img src="https://berita.example/media/pasar.jpg" width="1200" height="900" alt="Pasar &quot;lama&quot;"><figcaption>Pasar Foto: Antara</figcaption></figure>\n' +
        '<p><strong>Baca juga:</strong> <a href="https://berita.example/berita/inflasi">Inflasi &amp; &lt;pangan&gt;</a></p>',
    );
  });

  it("links embedded posts to their own page and lists a gallery's known photos with captions and credits", () => {
    const html = articleBodyToHtml(
      body([
        { type: "embed", attrs: { provider: "youtube", id: "dQw4w9WgXcQ", title: "Banjir <Jakarta> & sekitarnya" } },
        { type: "embed", attrs: { provider: "x", id: "1790000000000000000" } },
        { type: "gallery", attrs: { items: [{ mediaId: 3, caption: "Pasar pagi", credit: "Antara" }, { mediaId: 99 }, { mediaId: 3 }] } },
      ]),
      context,
    );
    const img = '<img src="https://berita.example/media/pasar.jpg" width="1200" height="900" alt="Pasar &quot;lama&quot;">';
    expect(html).toBe(
      [
        '<p><a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Banjir &lt;Jakarta&gt; &amp; sekitarnya</a></p>',
        '<p><a href="https://x.com/i/status/1790000000000000000">Lihat unggahan di X</a></p>',
        `<figure>${img}<figcaption>Pasar pagi Foto: Antara</figcaption></figure><figure>${img}</figure>`,
      ].join("\n"),
    );
    expect(html).not.toContain("<iframe");
  });

  it("puts the dateline before the first non-empty paragraph, as the article page does", () => {
    const html = articleBodyToHtml(
      body([{ type: "paragraph" }, { type: "paragraph", content: [{ type: "text", text: "Isi." }] }]),
      { ...context, dateline: "Jakarta, 18 Juni 2025" },
    );
    expect(html).toBe("<p><strong>Jakarta, 18 Juni 2025</strong> — Isi.</p>");
  });
});
