import type { Metadata } from "next";
import { z } from "zod";
import { DayIndexView, dayLabel } from "@/components/day-index";
import { getDayIndexPage, parseIndexDay } from "@/lib/articles/day-index";
import { listCategories } from "@/lib/categories";
import { pageParam } from "@/lib/pagination";
import { listingPageLoader, slugParam } from "@/lib/route-params";
import { dayIndexMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";

// What /indeks/<day> and /indeks/<day>/<rubrik> (and their ?page=N, rewritten by next.config.ts)
// share: a future, malformed or impossible day, an unknown rubrik or a page past the end is a 404.

export type DayIndexProps = { params: Promise<{ day: string; rubrik?: string; page: string }> };

const loadDayIndex = listingPageLoader(
  z.object({ day: z.string(), rubrik: slugParam.optional(), page: pageParam }),
  ({ day, rubrik, page }) => {
    const valid = parseIndexDay(day, Date.now());
    return valid ? getDayIndexPage(valid, rubrik ?? null, page) : Promise.resolve(null);
  },
);

export async function dayIndexRouteMetadata({ params }: DayIndexProps): Promise<Metadata> {
  const [site, index] = await Promise.all([getCachedSiteSettings(), loadDayIndex(params)]);
  return dayIndexMetadata(site, {
    day: index.day,
    dayLabel: dayLabel(index.day),
    rubrik: index.rubrik,
    page: index.listing.page,
    totalPages: index.listing.pageCount,
    empty: index.listing.total === 0,
  });
}

export async function renderDayIndex({ params }: DayIndexProps) {
  const [index, categories] = await Promise.all([loadDayIndex(params), listCategories()]);
  return <DayIndexView index={index} categories={categories} />;
}
