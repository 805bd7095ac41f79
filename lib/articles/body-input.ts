import { z } from "zod";
import type { DbExecutor } from "@/db/client";
import { MAX_BODY_DEPTH, mediaIds, parseArticleBody, type ArticleBody } from "@/lib/body/schema";
import { missingMediaIds } from "@/lib/media/missing";
import { Refusal } from "@/lib/newsroom/refusal";

// A body document as the newsroom's forms send it (the article editor, a live report's entry):
// JSON text, parsed with limits, validated, and refused when it names images the library lacks.

/** JSON nesting allowed in a form's JSON fields: a body node level is an object and its content array, and text adds marks and attrs. */
const MAX_JSON_NESTING = 4 * MAX_BODY_DEPTH;

/**
 * Whether the JSON text nests arrays and objects deeper than `max`, by one pass over its characters.
 * JSON.parse is linear but slow on nesting (about 2 s for 500 000 levels here), so a hostile body is
 * refused before it is parsed.
 */
function jsonNestingExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // backslash: the next character is escaped
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > max) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

/** A form field holding JSON (a body document, a credit list), parsed; refused when it nests too deep or does not parse. */
export const jsonText = z.string().transform((value, context) => {
  if (jsonNestingExceeds(value, MAX_JSON_NESTING)) {
    context.addIssue({ code: "custom", message: `Data terlalu bertingkat (maksimal ${MAX_BODY_DEPTH} tingkat).` });
    return z.NEVER;
  }
  try {
    return JSON.parse(value) as unknown;
  } catch {
    context.addIssue({ code: "custom", message: "Data tidak terbaca." });
    return z.NEVER;
  }
});

/** A body document as sent by the editor, validated (lib/body/schema.ts); refused under the field `body`. */
export function checkedBody(input: unknown): ArticleBody {
  const parsed = parseArticleBody(input);
  if (!parsed.ok) throw new Refusal("invalid", parsed.message, "body");
  return parsed.body;
}

/** Refuses a body whose images are not (or no longer) in the media library. */
export function refuseMissingBodyMedia(db: DbExecutor, body: ArticleBody): void {
  const missing = missingMediaIds(db, mediaIds(body));
  if (missing.length) {
    throw new Refusal("invalid", `Gambar di isi artikel tidak ada di pustaka media (#${missing.join(", #")}). Hapus gambarnya lalu sisipkan lagi dari pustaka.`, "body");
  }
}
