// Every time is stored as UTC epoch ms and shown in Western Indonesia Time (UTC+7, no DST).
export const SITE_TIME_ZONE = "Asia/Jakarta";
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

const dateParts = new Intl.DateTimeFormat("id-ID", {
  timeZone: SITE_TIME_ZONE,
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function wibParts(epochMs: number) {
  const parts = Object.fromEntries(dateParts.formatToParts(epochMs).map((p) => [p.type, p.value]));
  return parts as Record<"weekday" | "day" | "month" | "year" | "hour" | "minute", string>;
}

/** "Rabu, 18 Juni 2025 10:00 WIB" */
export function formatWibDateTime(epochMs: number): string {
  const p = wibParts(epochMs);
  return `${p.weekday}, ${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute} WIB`;
}

/** "10:05" (WIB) */
export function formatWibTime(epochMs: number): string {
  const p = wibParts(epochMs);
  return `${p.hour}:${p.minute}`;
}

/** "18 Juni 2025" */
export function formatWibDate(epochMs: number): string {
  const p = wibParts(epochMs);
  return `${p.day} ${p.month} ${p.year}`;
}

/** The WIB calendar day of an instant, "2025-06-18". */
export function wibDay(epochMs: number): string {
  return new Date(epochMs + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The WIB calendar month of an instant, "2025-06". */
export function wibMonth(epochMs: number): string {
  return wibDay(epochMs).slice(0, 7);
}

/** The instant of a WIB wall-clock time: ("2025-06-18", "10:00") -> epoch ms. */
export function wibToEpoch(isoDate: string, time = "00:00"): number {
  const epoch = Date.parse(`${isoDate}T${time}:00+07:00`);
  if (Number.isNaN(epoch)) throw new RangeError(`Invalid WIB date/time: ${isoDate} ${time}`);
  return epoch;
}

/** ISO 8601 with the +07:00 offset, as feeds and structured data want it. */
export function toWibIsoString(epochMs: number): string {
  return new Date(epochMs + WIB_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, "+07:00");
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * The start of the current hour. Time-window reads (most read, trending) take this instead of the
 * exact time, so their cache key stays the same for an hour.
 */
export function currentHour(now = Date.now()): number {
  return Math.floor(now / HOUR_MS) * HOUR_MS;
}

/** The start of the current minute: a cache key that changes once a minute. */
export function currentMinute(now = Date.now()): number {
  return Math.floor(now / 60_000) * 60_000;
}
