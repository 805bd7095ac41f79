import { z } from "zod";

export const PAGE_SIZE = 20;

/** One page of a listing: its items, how many there are in all, and where this page sits. */
export type Paginated<T> = { items: T[]; total: number; page: number; pageCount: number };

// Only the canonical spelling ("2", never "02" or "+2"): every page has one URL and one cache entry.
export const pageParam = z.string().regex(/^[1-9][0-9]{0,5}$/).transform(Number);

/** The page number a URL segment or query value names, or null when it is not one. */
export function parsePageParam(value: unknown): number | null {
  const parsed = pageParam.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** An empty listing still has its first page (it says there is nothing yet). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function pageOffset(page: number): number {
  return (page - 1) * PAGE_SIZE;
}

const NEIGHBOURS = 2;

/** Page numbers a pagination bar offers: the first, the last, and the current page with its neighbours; null marks a gap. */
export function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = [1, pageCount];
  for (let n = page - NEIGHBOURS; n <= page + NEIGHBOURS; n++) wanted.push(n);
  const numbers = [...new Set(wanted)].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i > 0 && n - numbers[i - 1]! > 1 ? [null, n] : [n]));
}
