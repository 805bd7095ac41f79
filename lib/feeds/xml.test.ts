import { describe, expect, it } from "vitest";
import { parseXml } from "./testing";
import { cdata, escapeXml, textElement } from "./xml";

describe("XML escaping", () => {
  it("escapes markup characters so the text comes back unchanged from a parser", () => {
    const text = `A & B <c> "d" 'e' ]]>`;
    expect(escapeXml(text)).toBe("A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; ]]&gt;");
    expect(parseXml(`<t a="${escapeXml(text)}">${escapeXml(text)}</t>`)).toMatchObject({ text, attributes: { a: text } });
  });

  it("drops characters XML forbids even escaped, such as a pasted control character", () => {
    expect(escapeXml("Judul\u0000\u0008\u000bbaru\uFFFE")).toBe("Judulbaru");
    expect(() => parseXml(`<t>${escapeXml("a\u0001b")}</t>`)).not.toThrow();
  });

  it('keeps "]]>" inside CDATA by splitting the section', () => {
    const html = "<p>a ]]> b</p>";
    const xml = `<t>${cdata(html)}</t>`;
    expect(xml).toBe("<t><![CDATA[<p>a ]]]]><![CDATA[> b</p>]]></t>");
    expect(parseXml(xml).text).toBe(html);
  });

  it("writes no element for empty text", () => {
    expect(textElement("description", "")).toBe("");
    expect(textElement("description", null)).toBe("");
    expect(textElement("title", "a&b")).toBe("<title>a&amp;b</title>");
  });

  it("has a test parser that rejects what real parsers reject", () => {
    for (const bad of ["<t>a & b</t>", "<t>a < b</t>", "<t>]]></t>", "<a><b></a></b>", "<t>&nbsp;</t>", "<t a=x/>", "<t/><u/>"]) {
      expect(() => parseXml(bad), bad).toThrow(SyntaxError);
    }
  });
});
