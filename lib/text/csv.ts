// CSV as RFC 4180 writes it, for spreadsheets: a field with a comma, quote or line break is quoted.
// A text field that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return
// before one) starts with a single quote instead: an article title is reader-facing text, not code.

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null) return "";
  const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A header row and the rows, CRLF after each. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
