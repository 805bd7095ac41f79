import Link from "next/link";
import { Timestamp } from "@/components/timestamp";
import type { ProposalState } from "@/db/schema";
import type { ProposalRow } from "@/lib/articles/proposals";
import { proposalComparePath } from "@/lib/newsroom/paths";
import { DataTable, NARROW_ONLY, WIDE_ONLY } from "./data-table";

const STATE_LABELS: Record<ProposalState, string> = {
  open: "Menunggu redaktur",
  applied: "Diterapkan",
  rejected: "Ditolak",
};

/** What happened to a proposal, with the editor's note when it was rejected. */
export function ProposalOutcome({ proposal }: { proposal: ProposalRow }) {
  return (
    <>
      <strong>{STATE_LABELS[proposal.state]}</strong>
      {proposal.state !== "open" && proposal.reviewedAt && (
        <>
          {" "}
          oleh {proposal.reviewerName ?? "redaktur"}, <Timestamp at={proposal.reviewedAt} />
        </>
      )}
      {proposal.state === "rejected" && proposal.reviewNote && (
        <span className="mt-1 block border-l-4 border-red-300 bg-red-50 px-2 py-1 whitespace-pre-line" data-testid="proposal-note">
          Catatan redaktur: {proposal.reviewNote}
        </span>
      )}
    </>
  );
}

/** An article's proposed changes, in the article page. */
export function ProposalsSection({ proposals }: { proposals: ProposalRow[] }) {
  if (proposals.length === 0) return null;
  return (
    <section aria-labelledby="proposals" className="space-y-2">
      <h2 id="proposals" className="text-lg font-semibold">Usulan perubahan</h2>
      <ol className="space-y-2 text-sm">
        {proposals.map((proposal) => (
          <li key={proposal.id} className="rounded border border-neutral-200 bg-white p-3">
            <p>
              {proposal.authorName ?? "Penulis"} · <Timestamp at={proposal.createdAt} /> · pada versi {proposal.baseVersion} ·{" "}
              <ProposalOutcome proposal={proposal} />
            </p>
            <Link href={proposalComparePath(proposal.articleId, proposal.id)} className="underline">
              {proposal.state === "open" ? "Bandingkan dengan versi tayang" : "Lihat usulan"}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Open proposals on the dashboard. */
export function ProposalTable({ rows, caption }: { rows: ProposalRow[]; caption: string }) {
  if (rows.length === 0) return <p className="text-sm text-neutral-600">Tidak ada usulan yang menunggu.</p>;
  return (
    <DataTable caption={caption} columns={["Artikel", "Pengusul", "Diusulkan"]} wideOnly={["Pengusul", "Diusulkan"]}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-neutral-200 align-top">
          <td className="py-2 pr-3">
            <Link href={proposalComparePath(row.articleId, row.id)} className="font-medium text-neutral-900 underline-offset-2 hover:underline">
              {row.articleTitle}
            </Link>
            <p className={`${NARROW_ONLY} mt-1 text-xs text-neutral-700`}>
              {row.authorName ?? "Penulis"} · <Timestamp at={row.createdAt} />
            </p>
          </td>
          <td className={`py-2 pr-3 ${WIDE_ONLY}`}>{row.authorName ?? "—"}</td>
          <td className={`py-2 whitespace-nowrap text-neutral-700 ${WIDE_ONLY}`}>
            <Timestamp at={row.createdAt} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
