/**
 * Indonesian month names as newsrooms write them in datelines: full names, the old
 * spellings still seen in copy (Pebruari, Nopember) and the usual abbreviations.
 */
const MONTH_NUMBER_BY_NAME: ReadonlyMap<string, number> = new Map([
  ["januari", 1],
  ["jan", 1],
  ["februari", 2],
  ["pebruari", 2],
  ["feb", 2],
  ["maret", 3],
  ["mar", 3],
  ["april", 4],
  ["apr", 4],
  ["mei", 5],
  ["juni", 6],
  ["jun", 6],
  ["juli", 7],
  ["jul", 7],
  ["agustus", 8],
  ["agu", 8],
  ["agt", 8],
  ["ags", 8],
  ["september", 9],
  ["sept", 9],
  ["sep", 9],
  ["oktober", 10],
  ["okt", 10],
  ["november", 11],
  ["nopember", 11],
  ["nov", 11],
  ["desember", 12],
  ["des", 12],
]);

/**
 * Regex source (no flags, no groups) matching any known month name. Longest names first
 * so an alternation never settles for "sep" when "september" is written.
 */
export const INDONESIAN_MONTH_PATTERN: string = [...MONTH_NUMBER_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .join("|");

/** 1–12 for an Indonesian month name or abbreviation (case-insensitive, optional trailing "."), else null. */
export function indonesianMonthNumber(name: string): number | null {
  const key = name.trim().toLowerCase().replace(/\.$/, "");
  return MONTH_NUMBER_BY_NAME.get(key) ?? null;
}

/**
 * "YYYY-MM-DD" for a real calendar date, else null (31 Februari, day 0, month 13).
 * Pure calendar arithmetic on purpose: a dateline names a day in WIB, and going through
 * `Date` would let the server's time zone shift it.
 */
export function isoCalendarDate(year: number, month: number, day: number): string | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}
