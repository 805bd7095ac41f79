import { describe, expect, it } from "vitest";
import { currentHour, formatWibDate, formatWibDateTime, toWibIsoString, wibDay, wibToEpoch } from "./time";

describe("WIB time", () => {
  const tenAmWib = Date.UTC(2025, 5, 18, 3, 0);

  it("formats an instant as an Indonesian date and time in WIB", () => {
    expect(formatWibDateTime(tenAmWib)).toBe("Rabu, 18 Juni 2025 10:00 WIB");
    expect(formatWibDate(tenAmWib)).toBe("18 Juni 2025");
  });

  it("puts a late-evening UTC instant on the next WIB day", () => {
    expect(wibDay(Date.UTC(2025, 5, 17, 18, 30))).toBe("2025-06-18");
  });

  it("turns WIB wall-clock time into the right instant and back to ISO with +07:00", () => {
    expect(wibToEpoch("2025-06-18", "10:00")).toBe(tenAmWib);
    expect(toWibIsoString(tenAmWib)).toBe("2025-06-18T10:00:00+07:00");
    expect(() => wibToEpoch("2025-13-45")).toThrow(RangeError);
  });

  it("rounds down to the start of the hour, so hourly reads share one cache key", () => {
    expect(currentHour(Date.UTC(2025, 5, 18, 3, 59, 59, 999))).toBe(tenAmWib);
    expect(currentHour(tenAmWib)).toBe(tenAmWib);
  });
});
