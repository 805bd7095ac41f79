import { INDONESIAN_MONTH_PATTERN, isoCalendarDate, indonesianMonthNumber } from "./indonesian-date";
import { HASHTAG_SLUG_MAX_LENGTH, hashtagSlug } from "./slug";

/*
 * Parser for the portal's plain-text "house format":
 *
 *   RI News Portal. Seoul, Korea Selatan 18 Juni 2025 — First paragraph…
 *   More paragraphs, one per non-empty line.
 *   Baca juga : <title of a related article>
 *   Pewarta : <name>
 *   #tag1, #tag2,
 *   #tag3
 *
 * Everything here runs in linear time: copy is pasted by reporters, so a 1 MB single
 * line must not be able to stall the server.
 */

export type CreditRole = "pewarta" | "editor" | "penerjemah" | "fotografer" | "kontributor";
export type CopyBlock = { kind: "paragraph"; text: string } | { kind: "bacaJuga"; title: string };
export type CopyIssue = { code: string; message: string };
export type Credit = { role: CreditRole; name: string };
export type Hashtag = { name: string; slug: string };
export type HouseCopy = {
  title: string | null;
  datelinePlace: string | null;
  /** ISO calendar date ("2025-06-18") of the dateline, a day in WIB. */
  datelineDate: string | null;
  blocks: CopyBlock[];
  credits: Credit[];
  hashtags: Hashtag[];
  /** Messages are in Indonesian: they are shown to reporters. */
  warnings: CopyIssue[];
};
export type ParseResult = { ok: true; copy: HouseCopy } | { ok: false; error: CopyIssue };
export type ParseHouseCopyOptions = { portalNames?: readonly string[] };

export const MAX_HOUSE_COPY_CHARS = 1_000_000;
export const DEFAULT_PORTAL_NAMES: readonly string[] = ["RI News Portal"];

const MAX_PLACE_CHARS = 100;
const TOO_LONG_MESSAGE = `Naskah terlalu panjang (maksimal ${new Intl.NumberFormat("id-ID").format(
  MAX_HOUSE_COPY_CHARS,
)} karakter).`;

/** Parses house-format copy. Never throws; problems come back as `error` or `warnings`. */
export function parseHouseCopy(text: unknown, options?: ParseHouseCopyOptions): ParseResult {
  try {
    return parseCheckedInput(text, options);
  } catch {
    // Last-resort guard for the "never throws" contract: a parser bug must not break saving.
    return failure("internal-error", "Naskah tidak dapat diproses. Silakan hubungi tim teknis.");
  }
}

function parseCheckedInput(text: unknown, options: ParseHouseCopyOptions | undefined): ParseResult {
  if (typeof text !== "string") return failure("not-text", "Naskah harus berupa teks.");
  if (text.length > MAX_HOUSE_COPY_CHARS) return failure("too-long", TOO_LONG_MESSAGE);

  const lines = normalizeToLines(text);
  if (lines.length === 0) return failure("empty", "Naskah kosong.");

  const warnings: CopyIssue[] = [];
  const head = readHead(lines, portalNamesFrom(options), warnings);
  const body = readBody(head.bodyLines, warnings);
  if (!body.blocks.some((block) => block.kind === "paragraph")) {
    return failure("no-paragraphs", "Naskah tidak berisi paragraf.");
  }

  return {
    ok: true,
    copy: {
      title: head.title,
      datelinePlace: head.datelinePlace,
      datelineDate: head.datelineDate,
      blocks: body.blocks,
      credits: body.credits,
      hashtags: body.hashtags,
      warnings,
    },
  };
}

function failure(code: string, message: string): ParseResult {
  return { ok: false, error: { code, message } };
}

// ---------------------------------------------------------------------------
// Normalization

// Zero-width characters, BOM, soft hyphen and control characters other than line breaks.
const INVISIBLE_CHARS = /[\u200B-\u200D\u2060\uFEFF\u00AD\u0000-\u0008\u000E-\u001F\u007F]/g;
const LINE_BREAKS = /\r\n?|[\v\f\u0085\u2028\u2029]/g;
const SPACE_LIKE_CHARS = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const SPACE_RUNS = / {2,}/g;

/** Non-empty, trimmed lines with single spaces; blank lines are only spacing in this format. */
function normalizeToLines(text: string): string[] {
  return text
    .replace(INVISIBLE_CHARS, "")
    .replace(LINE_BREAKS, "\n")
    .replace(SPACE_LIKE_CHARS, " ")
    .replace(SPACE_RUNS, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

function portalNamesFrom(options: ParseHouseCopyOptions | undefined): string[] {
  const names = Array.isArray(options?.portalNames) ? options.portalNames : DEFAULT_PORTAL_NAMES;
  return names
    .filter((name): name is string => typeof name === "string")
    .map((name) => name.replace(/\s+/g, " ").trim())
    .filter((name) => name !== "")
    .sort((a, b) => b.length - a.length); // "RI News Portal" must win over "RI News"
}

// ---------------------------------------------------------------------------
// Head: portal prefix, optional title, dateline

type Head = {
  title: string | null;
  datelinePlace: string | null;
  datelineDate: string | null;
  bodyLines: string[];
};

type Dateline = { place: string; dateAsWritten: string; day: number; month: number; year: number; rest: string };

function readHead(normalizedLines: string[], portalNames: string[], warnings: CopyIssue[]): Head {
  const lines = withoutPortalPrefixLine(normalizedLines, portalNames);
  const [first, second, ...others] = lines;
  if (first === undefined) return { title: null, datelinePlace: null, datelineDate: null, bodyLines: [] };

  const datelineOnFirst = matchDateline(first);
  if (datelineOnFirst) return headWithDateline(null, datelineOnFirst, lines.slice(1), warnings);

  if (second !== undefined) {
    // The prefix may also sit in front of the dateline when a title comes first.
    const datelineOnSecond = matchDateline(withoutPortalPrefix(second, portalNames));
    if (datelineOnSecond) return headWithDateline(first, datelineOnSecond, others, warnings);
  }

  warnings.push({
    code: "no-dateline",
    message:
      "Dateline tidak ditemukan; awali paragraf pertama dengan tempat dan tanggal, " +
      "misalnya “Jakarta, 18 Juni 2025 —”.",
  });
  return { title: null, datelinePlace: null, datelineDate: null, bodyLines: lines };
}

function headWithDateline(
  title: string | null,
  dateline: Dateline,
  linesAfterDateline: string[],
  warnings: CopyIssue[],
): Head {
  const date = isoCalendarDate(dateline.year, dateline.month, dateline.day);
  if (date === null) {
    warnings.push({
      code: "invalid-dateline-date",
      message: `Tanggal dateline “${dateline.dateAsWritten}” tidak valid; tanggal dikosongkan.`,
    });
  }
  const bodyLines = dateline.rest === "" ? linesAfterDateline : [dateline.rest, ...linesAfterDateline];
  return { title, datelinePlace: dateline.place, datelineDate: date, bodyLines };
}

const PREFIX_SEPARATOR = /^ ?(?:[.,:]|--|[-–—])? ?/;
const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

function withoutPortalPrefixLine(lines: string[], portalNames: string[]): string[] {
  const [first, ...rest] = lines;
  if (first === undefined) return lines;
  const stripped = withoutPortalPrefix(first, portalNames);
  // A prefix alone on its own line leaves nothing behind.
  return stripped === "" ? rest : [stripped, ...rest];
}

function withoutPortalPrefix(line: string, portalNames: string[]): string {
  for (const name of portalNames) {
    if (line.slice(0, name.length).toLowerCase() !== name.toLowerCase()) continue;
    const rest = line.slice(name.length);
    // "RI News Portalku" is another word, not the prefix.
    if (STARTS_WITH_LETTER_OR_DIGIT.test(rest)) continue;
    return rest.replace(PREFIX_SEPARATOR, "").trim();
  }
  return line;
}

/*
 * "<place>[,] <day> <month> <year> <dash>". The place is lazy and capped, and the regex
 * only ever sees the start of the line, so a 2 MB line costs the same as a short one.
 */
const DATELINE_WINDOW_CHARS = MAX_PLACE_CHARS + 40;
const DATELINE = new RegExp(
  String.raw`^(\p{L}.{0,${MAX_PLACE_CHARS - 1}}?)(?:, ?| )(\d{1,2}) (${INDONESIAN_MONTH_PATTERN})\.? (\d{4}) ?(?:--|[-–—])`,
  "iu",
);
const TRAILING_COMMAS = /[ ,]+$/;

function matchDateline(line: string): Dateline | null {
  const match = DATELINE.exec(line.slice(0, DATELINE_WINDOW_CHARS));
  if (!match) return null;
  const [matched, place = "", day = "", monthName = "", year = ""] = match;
  const month = indonesianMonthNumber(monthName);
  if (month === null) return null;
  return {
    place: place.replace(TRAILING_COMMAS, ""),
    dateAsWritten: `${day} ${monthName} ${year}`,
    day: Number(day),
    month,
    year: Number(year),
    rest: line.slice(matched.length).trim(),
  };
}

// ---------------------------------------------------------------------------
// Body: paragraphs, "Baca juga", credits, hashtags

type BodyLine =
  | CopyBlock
  | { kind: "credit"; role: CreditRole; name: string }
  | { kind: "hashtags"; names: string[] }
  | { kind: "spacing" };

type Body = { blocks: CopyBlock[]; credits: Credit[]; hashtags: Hashtag[] };

const CREDIT_LINE = /^(pewarta|editor|penerjemah|fotografer|kontributor) ?: ?(.*)$/i;
const BACA_JUGA_LINE = /^baca ?juga\b ?[:\-–—]? ?(.*)$/i;
const HASHTAG_SEPARATORS = /[ ,]+/;

function readBody(lines: string[], warnings: CopyIssue[]): Body {
  const classified = lines.map(classifyLine);
  warnAboutHashtagsInsideBody(classified, warnings);
  return {
    blocks: collectBlocks(classified, warnings),
    credits: collectCredits(classified, warnings),
    hashtags: collectHashtags(classified, warnings),
  };
}

function classifyLine(line: string): BodyLine {
  const credit = CREDIT_LINE.exec(line);
  if (credit) {
    const role = (credit[1] ?? "").toLowerCase() as CreditRole;
    return { kind: "credit", role, name: (credit[2] ?? "").trim() };
  }

  const bacaJuga = BACA_JUGA_LINE.exec(line);
  if (bacaJuga) return { kind: "bacaJuga", title: (bacaJuga[1] ?? "").trim() };

  const chunks = line.split(HASHTAG_SEPARATORS).filter((chunk) => chunk !== "");
  // A line of bare commas is debris from splitting a hashtag block across lines.
  if (chunks.length === 0) return { kind: "spacing" };
  if (chunks.every((chunk) => chunk.startsWith("#"))) {
    return { kind: "hashtags", names: chunks.flatMap(hashtagNamesInChunk) };
  }

  return { kind: "paragraph", text: line };
}

/** "#tag" -> ["tag"], "##tag" -> ["tag"], "#a#b" -> ["a", "b"], "#" -> [""]. */
function hashtagNamesInChunk(chunk: string): string[] {
  return chunk.replace(/^#+/, "").split(/#+/);
}

function collectBlocks(lines: BodyLine[], warnings: CopyIssue[]): CopyBlock[] {
  const blocks: CopyBlock[] = [];
  for (const line of lines) {
    if (line.kind === "paragraph") blocks.push(line);
    if (line.kind !== "bacaJuga") continue;
    if (line.title === "") {
      warnings.push({ code: "empty-baca-juga", message: "Baris “Baca juga” tanpa judul diabaikan." });
    } else {
      blocks.push(line);
    }
  }
  return blocks;
}

function collectCredits(lines: BodyLine[], warnings: CopyIssue[]): Credit[] {
  const credits: Credit[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (line.kind !== "credit") continue;
    if (line.name === "") {
      warnings.push({
        code: "empty-credit-name",
        message: `Baris kredit “${capitalize(line.role)} :” tidak berisi nama dan diabaikan.`,
      });
      continue;
    }
    const key = `${line.role}:${line.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    credits.push({ role: line.role, name: line.name });
  }
  return credits;
}

function warnAboutHashtagsInsideBody(lines: BodyLine[], warnings: CopyIssue[]): void {
  const firstHashtagLine = lines.findIndex((line) => line.kind === "hashtags");
  if (firstHashtagLine === -1) return;
  const textFollows = lines
    .slice(firstHashtagLine)
    .some((line) => line.kind === "paragraph" || line.kind === "bacaJuga");
  if (textFollows) {
    warnings.push({
      code: "hashtags-inside-body",
      message: "Baris tagar ditemukan di tengah naskah; tagar sebaiknya diletakkan di akhir naskah.",
    });
  }
}

function collectHashtags(lines: BodyLine[], warnings: CopyIssue[]): Hashtag[] {
  const hashtags: Hashtag[] = [];
  const seenSlugs = new Set<string>();
  let emptyCount = 0;
  let tooLongCount = 0;
  const withoutLetters: string[] = [];

  for (const line of lines) {
    if (line.kind !== "hashtags") continue;
    for (const rawName of line.names) {
      const name = trimPunctuation(rawName);
      if (name === "") {
        emptyCount++;
        continue;
      }
      if (name.length > HASHTAG_SLUG_MAX_LENGTH) {
        tooLongCount++;
        continue;
      }
      const slug = hashtagSlug(name);
      if (slug === "") {
        withoutLetters.push(`#${name}`);
        continue;
      }
      if (seenSlugs.has(slug)) continue;
      seenSlugs.add(slug);
      hashtags.push({ name, slug });
    }
  }

  // One warning per kind of problem: a pasted block can hold hundreds of bad tokens.
  if (emptyCount > 0) {
    warnings.push({ code: "empty-hashtag", message: `${emptyCount} tagar kosong (“#”) diabaikan.` });
  }
  if (withoutLetters.length > 0) {
    warnings.push({
      code: "hashtag-without-letters",
      message: `Tagar tanpa huruf atau angka diabaikan: ${listForMessage(withoutLetters)}.`,
    });
  }
  if (tooLongCount > 0) {
    warnings.push({
      code: "hashtag-too-long",
      message: `${tooLongCount} tagar lebih dari ${HASHTAG_SLUG_MAX_LENGTH} karakter diabaikan.`,
    });
  }
  return hashtags;
}

// "_" is part of hashtags like #ri_news, so it is not trimmed.
const isTrimmablePunctuation = (char: string): boolean => char !== "_" && /^\p{P}$/u.test(char);

/** Strips punctuation from both ends ("banjir." -> "banjir"). A loop, not a regex, to stay linear. */
function trimPunctuation(text: string): string {
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  while (start < end && isTrimmablePunctuation(chars[start] ?? "")) start++;
  while (end > start && isTrimmablePunctuation(chars[end - 1] ?? "")) end--;
  return chars.slice(start, end).join("");
}

function listForMessage(items: string[], shown = 5): string {
  const listed = items.slice(0, shown).join(", ");
  const hidden = items.length - shown;
  return hidden > 0 ? `${listed}, dan ${hidden} lainnya` : listed;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
