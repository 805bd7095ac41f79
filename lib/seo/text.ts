/** `text` cut to at most `max` characters (code points) on a word boundary, with "…" when cut. */
export function truncateText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  if (chars.length <= max) return chars.join("");
  const room = chars.slice(0, max - 1).join("");
  const lastSpace = room.lastIndexOf(" ");
  const cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.\-–—]+$/u, "")}…`;
}

/** The first sentence of plain text (for a description when an article has no dek), at most `max` characters. */
export function firstSentence(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  // A sentence ends at . ! ? followed by a space and a capital letter, digit or opening quote;
  // "Rp1.000" and "S.TH" do not end one.
  const end = flat.search(/[.!?](?=\s+["“'(\p{Lu}\d])/u);
  return truncateText(end === -1 ? flat : flat.slice(0, end + 1), max);
}
