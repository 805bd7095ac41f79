import { formatWibDateTime, toWibIsoString } from "@/lib/time";

/** "Rabu, 18 Juni 2025 10:00 WIB", machine-readable in `dateTime`. */
export function Timestamp({ at }: { at: number }) {
  return <time dateTime={toWibIsoString(at)}>{formatWibDateTime(at)}</time>;
}
