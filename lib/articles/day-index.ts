import { and, count, desc, eq, gte, lt, max, min } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, categories } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";
import { wibDay, wibToEpoch } from "@/lib/time";
import { withCards, readListingPage, type ArticleListing, type ListingIndex } from "./listings";
import { isPublished } from "./summaries";

// The Indeks: every article published on one WIB day, newest first, in all rubrik or one. A day's
// membership changes only with a publish, unpublish or new publication time on that day (hard
// `index-day:<day>`); a rubrik's day is one of that category's listing pages (`category:<slug>`).
// The links to the days before and after with news change with publishes on other days, so they
// are soft (`~latest`).

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day a `yyyy-mm-dd` names, if it is a real calendar day no later than today in WIB. */
export function parseIndexDay(text: string, now: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const start = Date.parse(`${text}T00:00:00+07:00`);
  // Date.parse rolls an impossible day over (2026-02-30 is 2 March): such a day is not this one.
  if (Number.isNaN(start) || wibDay(start) !== text) return null;
  return text <= wibDay(now) ? text : null;
}

function dayIndex(day: string, categoryId: number | null): ListingIndex {
  const start = wibToEpoch(day);
  const onDay = and(
    isPublished,
    gte(articles.publishedAt, start),
    lt(articles.publishedAt, start + DAY_MS),
    ...(categoryId === null ? [] : [eq(articles.categoryId, categoryId)]),
  );
  return {
    count: () => getDb().select({ n: count() }).from(articles).where(onDay),
    ids: (offset, limit) =>
      getDb().select({ id: articles.id }).from(articles).where(onDay).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(limit).offset(offset),
  };
}

/** The nearest days before and after `day` with news (in the rubrik, when there is one). */
function neighbourDays(day: string, categoryId: number | null): { previous: string | null; next: string | null } {
  const start = wibToEpoch(day);
  const inRubrik = categoryId === null ? [] : [eq(articles.categoryId, categoryId)];
  const db = getDb();
  const before = db.select({ at: max(articles.publishedAt) }).from(articles).where(and(isPublished, lt(articles.publishedAt, start), ...inRubrik)).get()?.at;
  const after = db.select({ at: min(articles.publishedAt) }).from(articles).where(and(isPublished, gte(articles.publishedAt, start + DAY_MS), ...inRubrik)).get()?.at;
  return { previous: before == null ? null : wibDay(before), next: after == null ? null : wibDay(after) };
}

type DayIndexIds = {
  rubrik: { name: string; slug: string } | null;
  listing: NonNullable<ReturnType<typeof readListingPage>>;
};

const dayIndexListing = cachedRead(
  "day-index",
  (day: string, rubrikSlug: string | null, page: number): DayIndexIds | null => {
    const rubrik = rubrikSlug === null ? null : getDb().select({ id: categories.id, name: categories.name, slug: categories.slug }).from(categories).where(eq(categories.slug, rubrikSlug)).get();
    if (rubrik === undefined) return null;
    const listing = readListingPage(dayIndex(day, rubrik?.id ?? null), page);
    return listing && { rubrik: rubrik && { name: rubrik.name, slug: rubrik.slug }, listing };
  },
  // A rubrik's day is one of its category's listing pages: dropped with them, and moved by a new slug.
  (day, rubrikSlug) => [rubrikSlug === null ? tags.dayIndex(day) : tags.category(rubrikSlug)],
);

const dayIndexNeighbours = cachedRead(
  "day-index-neighbours",
  (day: string, rubrikSlug: string | null) => {
    const rubrik = rubrikSlug === null ? null : getDb().select({ id: categories.id }).from(categories).where(eq(categories.slug, rubrikSlug)).get();
    return neighbourDays(day, rubrik?.id ?? null);
  },
  () => [soft(tags.latest)],
);

export type DayIndexPage = {
  day: string;
  rubrik: { name: string; slug: string } | null;
  listing: ArticleListing;
  previousDay: string | null;
  nextDay: string | null;
};

/** One page of a day's index; null for an unknown rubrik or a page past the end. */
export async function getDayIndexPage(day: string, rubrikSlug: string | null, page: number): Promise<DayIndexPage | null> {
  const found = await dayIndexListing(day, rubrikSlug, page);
  if (!found) return null;
  const [listing, neighbours] = await Promise.all([withCards(found.listing), dayIndexNeighbours(day, rubrikSlug)]);
  return listing && { day, rubrik: found.rubrik, listing, previousDay: neighbours.previous, nextDay: neighbours.next };
}
