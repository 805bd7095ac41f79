import Link from "next/link";
import type { NewsroomArticleRow } from "@/lib/articles/newsroom";
import { newsroomArticlePath } from "@/lib/newsroom/paths";
import { formatWibDateTime } from "@/lib/time";
import { StateBadge } from "./state-badge";
import { DataTable, NARROW_ONLY, WIDE_ONLY } from "@/components/redaksi/data-table";

/** The time that matters for the article's state: when it goes live, went live, or was last changed. */
function stateTime(row: NewsroomArticleRow): string {
  if (row.state === "scheduled" && row.scheduledAt) return `Tayang ${formatWibDateTime(row.scheduledAt)}`;
  if (row.state === "published" && row.publishedAt) return `Terbit ${formatWibDateTime(row.publishedAt)}`;
  return `Diubah ${formatWibDateTime(row.updatedAt)}`;
}

const viewsText = (views: number) => `${views.toLocaleString("id-ID")} kali dibaca`;

export function ArticleTable({ rows, caption }: { rows: NewsroomArticleRow[]; caption: string }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-600">Tidak ada artikel.</p>;
  return (
    <DataTable caption={caption} columns={["Judul", "Status", "Rubrik", "Penulis", "Waktu", "Dibaca"]} wideOnly={["Status", "Rubrik", "Penulis", "Waktu", "Dibaca"]}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-neutral-200 align-top">
          <td className="py-2 pr-3">
            <Link href={newsroomArticlePath(row.id)} className="font-medium text-neutral-900 underline-offset-2 hover:underline">
              {row.title}
            </Link>
            <p className={`${NARROW_ONLY} mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-neutral-700`}>
              <StateBadge state={row.state} />
              {row.categoryName && <span>{row.categoryName}</span>}
              {row.authorName && <span>{row.authorName}</span>}
              <span>{stateTime(row)}</span>
              {row.views > 0 && <span>{viewsText(row.views)}</span>}
            </p>
          </td>
          <td className={`py-2 pr-3 ${WIDE_ONLY}`}>
            <StateBadge state={row.state} />
          </td>
          <td className={`py-2 pr-3 ${WIDE_ONLY}`}>{row.categoryName ?? "—"}</td>
          <td className={`py-2 pr-3 ${WIDE_ONLY}`}>{row.authorName ?? "—"}</td>
          <td className={`py-2 pr-3 whitespace-nowrap text-neutral-700 ${WIDE_ONLY}`}>{stateTime(row)}</td>
          <td className={`py-2 text-right tabular-nums text-neutral-700 ${WIDE_ONLY}`}>{row.views.toLocaleString("id-ID")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
