import { describe, expect, it } from "vitest";

import { indonesianMonthNumber, isoCalendarDate } from "@/lib/text/indonesian-date";

describe("indonesianMonthNumber", () => {
  it.each([
    ["Januari", 1],
    ["Februari", 2],
    ["Maret", 3],
    ["April", 4],
    ["Mei", 5],
    ["Juni", 6],
    ["Juli", 7],
    ["Agustus", 8],
    ["September", 9],
    ["Oktober", 10],
    ["November", 11],
    ["Desember", 12],
  ])("reads the full month name %s as %i", (name, month) => {
    expect(indonesianMonthNumber(name)).toBe(month);
  });

  it.each([
    ["Jan", 1],
    ["Feb", 2],
    ["Mar", 3],
    ["Apr", 4],
    ["Jun", 6],
    ["Jul", 7],
    ["Agu", 8],
    ["Agt", 8],
    ["Ags", 8],
    ["Sep", 9],
    ["Sept.", 9],
    ["Okt", 10],
    ["Nov", 11],
    ["Des", 12],
  ])("reads the abbreviation %s as %i", (name, month) => {
    expect(indonesianMonthNumber(name)).toBe(month);
  });

  it("reads the old spellings Pebruari and Nopember", () => {
    expect(indonesianMonthNumber("Pebruari")).toBe(2);
    expect(indonesianMonthNumber("Nopember")).toBe(11);
  });

  it("ignores case", () => {
    expect(indonesianMonthNumber("JUNI")).toBe(6);
    expect(indonesianMonthNumber("juni")).toBe(6);
  });

  it("returns null for English or unknown month names", () => {
    expect(indonesianMonthNumber("June")).toBeNull();
    expect(indonesianMonthNumber("Senin")).toBeNull();
    expect(indonesianMonthNumber("")).toBeNull();
  });
});

describe("isoCalendarDate", () => {
  it("formats a real date as zero-padded YYYY-MM-DD", () => {
    expect(isoCalendarDate(2025, 6, 18)).toBe("2025-06-18");
    expect(isoCalendarDate(2025, 1, 5)).toBe("2025-01-05");
  });

  it("rejects days past the end of the month", () => {
    expect(isoCalendarDate(2025, 2, 31)).toBeNull();
    expect(isoCalendarDate(2025, 4, 31)).toBeNull();
    expect(isoCalendarDate(2025, 12, 32)).toBeNull();
  });

  it("accepts 29 February only in leap years", () => {
    expect(isoCalendarDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoCalendarDate(2000, 2, 29)).toBe("2000-02-29");
    expect(isoCalendarDate(2025, 2, 29)).toBeNull();
    expect(isoCalendarDate(1900, 2, 29)).toBeNull();
  });

  it("rejects day 0, month 0, month 13 and non-integers", () => {
    expect(isoCalendarDate(2025, 6, 0)).toBeNull();
    expect(isoCalendarDate(2025, 0, 1)).toBeNull();
    expect(isoCalendarDate(2025, 13, 1)).toBeNull();
    expect(isoCalendarDate(2025, 6, 1.5)).toBeNull();
  });
});
