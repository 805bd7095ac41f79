import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, NARROW_ONLY, WIDE_ONLY } from "@/components/redaksi/data-table";
import { requireUser } from "@/lib/auth/request";
import { newsroomArticlePath, statisticsDownloadPath, statisticsPath } from "@/lib/newsroom/paths";
import {
  getViewStatistics,
  PERIOD_LABELS,
  periodParam,
  STATISTICS_LIMIT,
  STATISTICS_PERIODS,
  type GroupViewsRow,
  type StatisticsKind,
  type StatisticsPeriod,
} from "@/lib/newsroom/statistics";
import { formatWibDate, wibToEpoch } from "@/lib/time";

export const metadata: Metadata = { title: "Statistik" };

const number = (value: number) => value.toLocaleString("id-ID");
const dayText = (day: string) => formatWibDate(wibToEpoch(day));

function DownloadLink({ period, kind }: { period: StatisticsPeriod; kind: StatisticsKind }) {
  return (
    <a href={`${statisticsDownloadPath}?${new URLSearchParams({ periode: period, jenis: kind })}`} className="text-sm underline" download>
      Unduh CSV
    </a>
  );
}

function LimitNote({ shown }: { shown: number }) {
  if (shown < STATISTICS_LIMIT) return null;
  return <p className="mt-2 text-sm text-neutral-600">Hanya {STATISTICS_LIMIT} teratas yang ditampilkan; berkas CSV memuat lebih banyak.</p>;
}

function GroupTable({ rows, caption, nameColumn }: { rows: GroupViewsRow[]; caption: string; nameColumn: string }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-600">Belum ada yang dibaca.</p>;
  return (
    <DataTable caption={caption} columns={[nameColumn, "Artikel dibaca", "Dibaca"]}>
      {rows.map((row) => (
        <tr key={row.id ?? "none"} className="border-b border-neutral-200">
          <td className="py-2 pr-3">{row.name}</td>
          <td className="py-2 pr-3 tabular-nums">{number(row.articles)}</td>
          <td className="py-2 tabular-nums">{number(row.views)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<{ periode?: string | string[] }> }) {
  const user = await requireUser("viewStatistics");
  const period = periodParam.parse((await searchParams).periode);
  const stats = getViewStatistics(user, period);
  const range = stats.from === stats.to ? dayText(stats.to) : `${dayText(stats.from)} – ${dayText(stats.to)}`;

  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Statistik</h1>
      <nav aria-label="Periode" className="mb-4 flex flex-wrap gap-1">
        {STATISTICS_PERIODS.map((option) => (
          <Link
            key={option}
            href={`${statisticsPath}?periode=${option}`}
            aria-current={option === period ? "page" : undefined}
            className="rounded border border-neutral-300 px-3 py-1.5 text-sm font-medium aria-[current=page]:border-neutral-900 aria-[current=page]:bg-neutral-900 aria-[current=page]:text-white"
          >
            {PERIOD_LABELS[option]}
          </Link>
        ))}
      </nav>
      <p className="mb-6 text-sm text-neutral-700">
        {PERIOD_LABELS[period]} ({range} WIB): <strong data-testid="total-views">{number(stats.totalViews)}</strong> kali dibaca,{" "}
        {number(stats.articlesRead)} artikel. Hanya artikel yang sedang tayang yang dihitung.
      </p>

      <section aria-labelledby="per-artikel" className="mb-8">
        <div className="mb-2 flex items-baseline justify-between gap-3">
          <h2 id="per-artikel" className="text-lg font-semibold">Per artikel</h2>
          <DownloadLink period={period} kind="artikel" />
        </div>
        {stats.articles.length === 0 ? (
          <p className="text-sm text-neutral-600">Belum ada yang dibaca.</p>
        ) : (
          <DataTable caption={`Artikel paling banyak dibaca, ${PERIOD_LABELS[period].toLowerCase()}`} columns={["Judul", "Rubrik", "Tayang", "Dibaca"]} wideOnly={["Rubrik", "Tayang"]}>
            {stats.articles.map((row) => (
              <tr key={row.id} className="border-b border-neutral-200 align-top">
                <td className="py-2 pr-3">
                  <Link href={newsroomArticlePath(row.id)} className="font-medium underline-offset-2 hover:underline">
                    {row.title}
                  </Link>
                  <p className={`mt-1 text-xs text-neutral-600 ${NARROW_ONLY}`}>{row.categoryName ?? "Tanpa rubrik"}</p>
                </td>
                <td className={`py-2 pr-3 ${WIDE_ONLY}`}>{row.categoryName ?? "—"}</td>
                <td className={`py-2 pr-3 whitespace-nowrap text-neutral-700 ${WIDE_ONLY}`}>{row.publishedAt === null ? "—" : formatWibDate(row.publishedAt)}</td>
                <td className="py-2 tabular-nums">{number(row.views)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <LimitNote shown={stats.articles.length} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="per-rubrik">
          <div className="mb-2 flex items-baseline justify-between gap-3">
            <h2 id="per-rubrik" className="text-lg font-semibold">Per rubrik</h2>
            <DownloadLink period={period} kind="rubrik" />
          </div>
          <GroupTable rows={stats.categories} caption="Dibaca per rubrik" nameColumn="Rubrik" />
        </section>
        <section aria-labelledby="per-penulis">
          <div className="mb-2 flex items-baseline justify-between gap-3">
            <h2 id="per-penulis" className="text-lg font-semibold">Per penulis</h2>
            <DownloadLink period={period} kind="penulis" />
          </div>
          <p className="mb-2 text-sm text-neutral-600">Setiap staf yang tercantum di kredit artikel; artikel dengan beberapa penulis dihitung untuk masing-masing.</p>
          <GroupTable rows={stats.authors} caption="Dibaca per penulis" nameColumn="Penulis" />
          <LimitNote shown={stats.authors.length} />
        </section>
      </div>
    </>
  );
}
