import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleCorrections } from "@/components/article-corrections";
import { wibToEpoch } from "@/lib/time";

describe("ArticleCorrections", () => {
  it("renders nothing for an article without corrections", () => {
    expect(renderToStaticMarkup(<ArticleCorrections corrections={[]} />)).toBe("");
  });

  it("shows each note under a Koreksi heading with its WIB date, markup as text", () => {
    const html = renderToStaticMarkup(
      <ArticleCorrections corrections={[{ id: 1, note: "Ditulis <b>5</b> & <script>x()</script>", createdAt: wibToEpoch("2025-06-18", "14:05") }]} />,
    );
    expect(html).toContain(">Koreksi</h2>");
    expect(html).toContain('<time dateTime="2025-06-18T14:05:00+07:00">Rabu, 18 Juni 2025 14:05 WIB</time>');
    expect(html).toContain("Ditulis &lt;b&gt;5&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;");
    expect(html).not.toContain("<script>");
  });
});
