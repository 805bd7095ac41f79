// Feeds and sitemaps are written as strings; everything that goes into them passes through here.

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const XML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// Characters XML 1.0 forbids even when escaped (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
// a pasted control character in a title would otherwise make the whole feed unparseable.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/** A CDATA section holding `text` verbatim; a `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML_CHAR, "").replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;
}

/** `<name>escaped text</name>`, or "" when there is no text. */
export function textElement(name: string, text: string | null | undefined): string {
  return text ? `<${name}>${escapeXml(text)}</${name}>` : "";
}
