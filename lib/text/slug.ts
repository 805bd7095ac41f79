export const DEFAULT_SLUG_MAX_LENGTH = 80;
export const HASHTAG_SLUG_MAX_LENGTH = 100;
/** Longest slug a URL may carry: a `slugify` result plus room for a uniqueness suffix ("-2"). */
export const URL_SLUG_MAX_LENGTH = 120;

const COMBINING_MARKS = /\p{M}/gu;
const NON_SLUG_CHAR_RUNS = /[^a-z0-9]+/g;
const NON_HASHTAG_SLUG_CHARS = /[^a-z0-9_]+/g;
const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HASHTAG_SLUG_SHAPE = /^[a-z0-9_]+$/;
const LETTER_OR_DIGIT = /[a-z0-9]/;

// Latin letters that NFKD does not decompose; without these "Straße" would become "stra-e".
const ASCII_FALLBACKS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};
const LETTERS_WITH_ASCII_FALLBACK = /[ßæœøđðþłı]/g;

/**
 * URL slug for articles, categories and authors: "Seoul, Korea Selatan" -> "seoul-korea-selatan".
 * Cut to `maxLength` on a word boundary when that keeps at least half of the room.
 * Returns "" when nothing usable is left; callers decide on a fallback.
 */
export function slugify(text: string, maxLength: number = DEFAULT_SLUG_MAX_LENGTH): string {
  if (typeof text !== "string") return "";
  const limit = Math.floor(maxLength);
  if (!(limit >= 1)) return "";
  const slug = trimHyphens(foldToLowercaseAscii(text).replace(NON_SLUG_CHAR_RUNS, "-"));
  return truncateSlug(slug, limit);
}

/** `base`, or `base` with the first "-2", "-3"… suffix that is not taken. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Normalized hashtag slug: "#Ri_News" -> "ri_news", "#Jakarta🔥" -> "jakarta", "#café" -> "cafe".
 * "" when no letter or digit is left ("#🔥", "#___").
 */
export function hashtagSlug(name: string): string {
  if (typeof name !== "string") return "";
  // Leading "#"s (also fullwidth "＃", which NFKD folds to "#") go with the other non-slug chars.
  const slug = foldToLowercaseAscii(name)
    .replace(NON_HASHTAG_SLUG_CHARS, "")
    .slice(0, HASHTAG_SLUG_MAX_LENGTH);
  return LETTER_OR_DIGIT.test(slug) ? slug : "";
}

/**
 * True when `s` has the shape of a slug we could have issued (lowercase words joined by single
 * hyphens). Length is checked against URL_SLUG_MAX_LENGTH, not 80, because stored slugs may
 * carry a "-2" suffix on top of a full-length `slugify` result.
 */
export function isValidSlug(s: unknown): boolean {
  return typeof s === "string" && s.length <= URL_SLUG_MAX_LENGTH && SLUG_SHAPE.test(s);
}

/** True when `s` is exactly what `hashtagSlug` produces. */
export function isValidHashtagSlug(s: unknown): boolean {
  return (
    typeof s === "string" &&
    s.length <= HASHTAG_SLUG_MAX_LENGTH &&
    HASHTAG_SLUG_SHAPE.test(s) &&
    LETTER_OR_DIGIT.test(s)
  );
}

function foldToLowercaseAscii(text: string): string {
  // Lowercase after NFKD and before stripping marks: "İ" lowercases to "i" + a combining dot.
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(COMBINING_MARKS, "")
    .replace(LETTERS_WITH_ASCII_FALLBACK, (letter) => ASCII_FALLBACKS[letter] ?? "");
}

function truncateSlug(slug: string, limit: number): string {
  if (slug.length <= limit) return slug;
  const hardCut = slug.slice(0, limit);
  if (slug[limit] === "-") return hardCut;
  const lastWordBreak = hardCut.lastIndexOf("-");
  const cut = lastWordBreak >= limit / 2 ? hardCut.slice(0, lastWordBreak) : hardCut;
  return trimHyphens(cut);
}

function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "-") start++;
  while (end > start && text[end - 1] === "-") end--;
  return text.slice(start, end);
}
