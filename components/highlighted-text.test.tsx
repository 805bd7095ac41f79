import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MATCH_END, MATCH_START } from "@/lib/search";
import { HighlightedText } from "./highlighted-text";

describe("HighlightedText", () => {
  it("wraps matched words in <mark> and escapes everything else", () => {
    const html = renderToStaticMarkup(<HighlightedText text={`<img src=x onerror=alert(1)> ${MATCH_START}banjir${MATCH_END} & <b>`} />);
    expect(html).toBe('&lt;img src=x onerror=alert(1)&gt; <mark class="bg-yellow-200 text-inherit">banjir</mark> &amp; &lt;b&gt;');
  });
});
