import { ArticleBody, type BodyImage, type RelatedArticleLink } from "@/components/article-body";
import { Timestamp } from "@/components/timestamp";
import { liveEntrySummary, type LiveReportView } from "@/lib/articles/live-reports";
import { formatWibDate, formatWibTime, toWibIsoString } from "@/lib/time";

/** What changes when the report does: the island (public/islands/live.js) compares it with a fresh copy. */
export function liveReportVersion(report: LiveReportView): string {
  const lastChange = Math.max(0, ...report.entries.map((entry) => entry.updatedAt));
  return `${report.entries.length}-${lastChange}-${report.endedAt ?? "live"}`;
}

/**
 * A Live story's entries below its introduction: whether it is still running, the key moments
 * (linked to their entries), then every entry newest first with its WIB time. While it runs, a small
 * island refreshes this section in an open page; without JavaScript a reload does the same.
 */
export function LiveReport({
  report,
  related,
  images,
}: {
  report: LiveReportView;
  related: ReadonlyMap<number, RelatedArticleLink>;
  images: ReadonlyMap<number, BodyImage>;
}) {
  const keyEntries = report.entries.filter((entry) => entry.isKey);
  return (
    <section aria-labelledby="laporan-langsung" className="mt-10" data-live-report={liveReportVersion(report)} data-live-ended={report.endedAt === null ? undefined : ""}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b-2 border-brand pb-1">
        <h2 id="laporan-langsung" className="text-xl font-bold">
          Laporan langsung
        </h2>
        {report.endedAt === null ? (
          <p className="text-sm font-semibold text-red-800">
            <span aria-hidden="true" className="mr-1 inline-block size-2 rounded-full bg-red-700" />
            Berlangsung · {report.entries.length} entri
          </p>
        ) : (
          <p className="text-sm text-neutral-700">
            Berakhir <Timestamp at={report.endedAt} />
          </p>
        )}
      </div>
      <p role="status" aria-live="polite" data-live-status className="sr-only" />
      {keyEntries.length > 0 && (
        <nav aria-labelledby="momen-penting" className="mt-4 rounded bg-neutral-100 px-4 py-3">
          <h3 id="momen-penting" className="font-bold">
            Momen penting
          </h3>
          <ol className="mt-2 space-y-2">
            {keyEntries.map((entry) => (
              <li key={entry.id}>
                <a href={`#entri-${entry.id}`} className="underline underline-offset-2 hover:text-brand">
                  <time dateTime={toWibIsoString(entry.createdAt)} className="mr-2 font-semibold tabular-nums">
                    {formatWibTime(entry.createdAt)}
                  </time>
                  {liveEntrySummary(entry)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {report.entries.length === 0 ? (
        <p className="mt-4 text-neutral-700">Belum ada kabar terbaru. Laporan akan diperbarui di sini.</p>
      ) : (
        <ol aria-label="Entri laporan, terbaru di atas" className="mt-4 space-y-6">
          {report.entries.map((entry) => (
            <li key={entry.id} id={`entri-${entry.id}`} className={`scroll-mt-4 border-l-4 pl-4 ${entry.isKey ? "border-red-700" : "border-neutral-300"}`}>
              <p className="text-sm text-neutral-700">
                <time dateTime={toWibIsoString(entry.createdAt)}>
                  <strong className="text-base text-neutral-900 tabular-nums">{formatWibTime(entry.createdAt)} WIB</strong> · {formatWibDate(entry.createdAt)}
                </time>
                {entry.isKey && <strong className="ml-2 rounded bg-red-700 px-1.5 py-0.5 text-xs font-bold text-white">Penting</strong>}
              </p>
              <div className="mt-2">
                <ArticleBody body={entry.body} related={related} images={images} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {report.endedAt === null && <script src="/islands/live.js" async />}
    </section>
  );
}
