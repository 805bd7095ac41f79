import { z } from "zod";
import { USER_ROLES } from "@/db/schema";
import { pageParam } from "@/lib/pagination";
import { toWibIsoString } from "@/lib/time";

// Zod builders for newsroom form fields, with the Indonesian messages the forms show.

const HTML_TAG = /<\s*\/?\s*[a-z!?][^>]*>/i;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LINE_BREAK = /[\r\n]/;

function text(max: number, multiline: boolean) {
  return z
    .string({ error: "Isian ini wajib ada." })
    .trim()
    .max(max, { error: `Maksimal ${max} karakter.` })
    .refine((value) => !HTML_TAG.test(value), { error: "Tidak boleh berisi tag HTML atau skrip." })
    .refine((value) => !CONTROL_CHARS.test(value), { error: "Berisi karakter yang tidak diizinkan." })
    .refine((value) => multiline || !LINE_BREAK.test(value), { error: "Harus satu baris." });
}

/** Required plain text: no markup (everything is shown escaped anyway, but a tag here is a mistake or an attack). */
export function requiredText(max: number, { multiline = false } = {}) {
  return text(max, multiline).min(1, { error: "Wajib diisi." });
}

/** Optional plain text; empty becomes null. */
export function optionalText(max: number, { multiline = false } = {}) {
  return text(max, multiline).transform((value) => value || null);
}

export const emailField = z
  .string({ error: "Email wajib diisi." })
  .trim()
  .toLowerCase()
  .max(254, { error: "Email terlalu panjang." })
  .pipe(z.email({ error: "Alamat email tidak valid." }));

const httpUrl = z
  .string()
  .trim()
  .max(500, { error: "Alamat terlalu panjang." })
  .refine((value) => value === "" || (URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)), {
    error: "Harus alamat lengkap yang diawali http:// atau https://.",
  });

/** An http(s) address, without a trailing slash. */
export const urlField = httpUrl.min(1, { error: "Wajib diisi." }).transform((value) => value.replace(/\/+$/, ""));

/** An http(s) address, or empty (null). */
export const optionalUrlField = httpUrl.transform((value) => value || null);

/** A database id from a form: a positive integer. */
export const idField = z.coerce.number({ error: "Tidak valid." }).int({ error: "Tidak valid." }).positive({ error: "Tidak valid." });

/** An HTML checkbox: present ("on") or absent. */
export const checkboxField = z
  .string()
  .optional()
  .transform((value) => value === "on");

/** A `datetime-local` value read as WIB wall-clock time ("2025-06-18T10:00") -> epoch ms. */
export const wibDateTimeField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Tanggal dan jam tidak valid." })
  .transform((value, context) => {
    const epoch = Date.parse(`${value}:00+07:00`);
    // Date.parse rolls "02-31" over into March; a real date reads back the same.
    if (Number.isNaN(epoch) || toWibIsoString(epoch).slice(0, 16) !== value) {
      context.addIssue({ code: "custom", message: "Tanggal dan jam tidak valid." });
      return z.NEVER;
    }
    return epoch;
  });

export const roleField = z.enum(USER_ROLES, { error: "Pilih peran." });

/** `?q=…&page=…` of a searchable newsroom list; anything malformed is ignored. */
export const searchListParams = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: pageParam.optional().catch(undefined),
});

/** The list's address for these words and page (page 1 and no words leave the query out). */
export function searchListHref(path: string, q: string | undefined, page: number): string {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  return query.size ? `${path}?${query}` : path;
}
