import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleCorrections } from "@/components/article-corrections";
import { wibToEpoch } from "@/lib/time";

describe("ArticleCorrections", () => {
  it("renders nothing for an article without corrections", () => {
    expect(renderToStaticMarkup(<ArticleCorrections corrections={[]} />)).toBe("");
  });

  it("shows each note under a Koreksi heading with its kind and WIB date, markup as text", () => {
    const html = renderToStaticMarkup(
      <ArticleCorrections
        corrections={[{ id: 1, kind: "koreksi", note: "Ditulis <b>5</b> & <script>x()</script>", replyUrl: null, createdAt: wibToEpoch("2025-06-18", "14:05") }]}
      />,
    );
    expect(html).toContain(">Koreksi</h2>");
    expect(html).toContain("<strong class=\"font-semibold text-neutral-900\">Koreksi</strong> · ");
    expect(html).toContain('<time dateTime="2025-06-18T14:05:00+07:00">Rabu, 18 Juni 2025 14:05 WIB</time>');
    expect(html).toContain("Ditulis &lt;b&gt;5&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });

  it("names every kind present in its heading, and links a right of reply to where it is published", () => {
    const at = wibToEpoch("2025-06-19", "09:00");
    const html = renderToStaticMarkup(
      <ArticleCorrections
        corrections={[
          { id: 1, kind: "ralat", note: "Nama ditulis keliru.", replyUrl: null, createdAt: at },
          { id: 2, kind: "hak-jawab", note: "PT Maju menanggapi.", replyUrl: "https://berita.example/berita/hak-jawab-pt-maju", createdAt: at },
        ]}
      />,
    );
    expect(html).toContain(">Ralat dan Hak Jawab</h2>");
    expect(html).toContain('<a href="https://berita.example/berita/hak-jawab-pt-maju" class="font-semibold text-brand underline">Baca hak jawab selengkapnya</a>');
  });
});
