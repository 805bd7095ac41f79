import Link from "next/link";
import type { DayIndexPage } from "@/lib/articles/day-index";
import type { CategoryLink } from "@/lib/categories";
import { formatWibDate, wibToEpoch } from "@/lib/time";
import { DAY_INDEX_PATH, dayIndexPath } from "@/lib/urls";
import { ArticleListingView } from "./article-listing";

export const dayLabel = (day: string) => formatWibDate(wibToEpoch(day));

const FIELD = "rounded border border-neutral-500 bg-white px-3 py-2 text-base";

/** A plain GET form to /indeks, which sends it on to the day's page: works with JavaScript off. */
function DayIndexForm({ day, rubrikSlug, categories }: { day: string; rubrikSlug: string | null; categories: CategoryLink[] }) {
  return (
    <form action={DAY_INDEX_PATH} method="get" className="mt-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="indeks-tanggal" className="block text-sm font-semibold">
          Tanggal
        </label>
        <input id="indeks-tanggal" name="tanggal" type="date" required defaultValue={day} className={FIELD} />
      </div>
      <div>
        <label htmlFor="indeks-rubrik" className="block text-sm font-semibold">
          Rubrik
        </label>
        <select id="indeks-rubrik" name="rubrik" defaultValue={rubrikSlug ?? ""} className={FIELD}>
          <option value="">Semua rubrik</option>
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
        Tampilkan
      </button>
    </form>
  );
}

/** Indeks: a day's articles, links to the days before and after with news, and a form for any day. */
export function DayIndexView({ index, categories }: { index: DayIndexPage; categories: CategoryLink[] }) {
  const rubrikSlug = index.rubrik?.slug ?? null;
  const { previousDay, nextDay } = index;
  return (
    <ArticleListingView
      title={`Indeks Berita${index.rubrik ? ` ${index.rubrik.name}` : ""}, ${dayLabel(index.day)}`}
      intro={
        <>
          <DayIndexForm day={index.day} rubrikSlug={rubrikSlug} categories={categories} />
          {(previousDay || nextDay) && (
            <nav aria-label="Hari lain" className="mt-4 flex flex-wrap justify-between gap-3 text-sm font-semibold">
              {previousDay ? (
                <Link prefetch={false} href={dayIndexPath(previousDay, rubrikSlug)} className="text-brand hover:underline">
                  ‹ {dayLabel(previousDay)}
                </Link>
              ) : (
                <span />
              )}
              {nextDay && (
                <Link prefetch={false} href={dayIndexPath(nextDay, rubrikSlug)} className="text-brand hover:underline">
                  {dayLabel(nextDay)} ›
                </Link>
              )}
            </nav>
          )}
        </>
      }
      listing={index.listing}
      listingPath={dayIndexPath(index.day, rubrikSlug)}
      emptyMessage="Tidak ada berita yang terbit pada hari ini."
    />
  );
}
