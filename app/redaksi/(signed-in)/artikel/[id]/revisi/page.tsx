import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { ProposalOutcome } from "@/components/redaksi/proposals";
import { RevisionDiffView } from "@/components/redaksi/revision-diff-view";
import { Timestamp } from "@/components/timestamp";
import { MAX_NOTE_LENGTH } from "@/lib/articles/workflow";
import { can } from "@/lib/auth/roles";
import { compareArticleRevisions, type CompareQuery } from "@/lib/articles/revision-diff";
import { readForPage, requireUser } from "@/lib/auth/request";
import type { RevisionRow } from "@/lib/articles/newsroom";
import { newsroomArticlePath, revisionComparePath } from "@/lib/newsroom/paths";
import { formatWibDateTime } from "@/lib/time";
import { recordIdParam } from "@/lib/route-params";
import { applyProposalAction, rejectProposalAction } from "../actions";

export const metadata: Metadata = { title: "Bandingkan revisi" };

const selectClass = "block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base";

function revisionLabel(revision: RevisionRow): string {
  return `Versi ${revision.version} · ${formatWibDateTime(revision.createdAt)} · ${revision.authorName ?? "Sistem"}`;
}

export default async function RevisionComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<CompareQuery> }) {
  const user = await requireUser();
  const id = await recordIdParam(params);
  const query = await searchParams;
  const { article, revisions, from, to, problem, diff, proposal } = readForPage(() => compareArticleRevisions(user, id, query));

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={newsroomArticlePath(article.id)} className="underline">← Kembali ke artikel</Link>
        </p>
        <h1 className="text-2xl font-bold">{proposal ? "Usulan perubahan" : "Bandingkan revisi"}: {article.title}</h1>
      </header>

      {proposal && diff && (
        <>
          <section aria-labelledby="proposal-about" className="space-y-2 rounded border border-neutral-200 bg-white p-3 text-sm">
            <h2 id="proposal-about" className="sr-only">Tentang usulan ini</h2>
            <p>
              Diusulkan oleh <strong>{proposal.authorName ?? "penulis"}</strong>, <Timestamp at={proposal.createdAt} />, pada versi{" "}
              {proposal.baseVersion}. Di bawah: perubahan dari versi yang tayang sekarang (versi {article.version}) ke usulan ini.
            </p>
            <p>
              Status: <ProposalOutcome proposal={proposal} />
            </p>
            {proposal.state === "open" && proposal.baseVersion !== article.version && (
              <p role="status" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
                Artikel sudah berubah sejak usulan ini dibuat (versi {proposal.baseVersion} → {article.version}). Menerapkannya juga
                membatalkan perubahan yang ditandai di bawah sebagai dihapus.
              </p>
            )}
          </section>
          <RevisionDiffView diff={diff} />
          {proposal.state === "open" && can(user.role, "changeLiveArticles") && (
            <section aria-labelledby="proposal-review" className="grid gap-4 rounded border border-neutral-200 bg-neutral-100 p-3 sm:grid-cols-2">
              <h2 id="proposal-review" className="text-lg font-semibold sm:col-span-2">Tinjau usulan</h2>
              <ActionForm
                action={applyProposalAction}
                hidden={{ articleId: article.id, proposalId: proposal.id, version: article.version }}
                fields={[]}
                submitLabel="Terapkan usulan"
                pendingLabel="Menerapkan…"
                className="space-y-3"
              />
              <ActionForm
                action={rejectProposalAction}
                hidden={{ articleId: article.id, proposalId: proposal.id }}
                fields={[
                  {
                    name: "note",
                    label: "Catatan untuk penulis",
                    kind: "textarea",
                    rows: 3,
                    maxLength: MAX_NOTE_LENGTH,
                    required: true,
                    hint: "Mengapa usulan ini tidak diterapkan; penulisnya membacanya di halaman artikel.",
                  },
                ]}
                idPrefix="reject-"
                submitLabel="Tolak usulan"
                pendingLabel="Menolak…"
                variant="danger"
                className="space-y-3"
              />
            </section>
          )}
        </>
      )}

{!proposal && (
              <form method="get" action={revisionComparePath(article.id)} aria-label="Pilih dua versi" className="grid gap-3 rounded border border-neutral-200 bg-white p-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          {(
            [
              ["dari", "Dari versi", from],
              ["ke", "Ke versi", to],
            ] as const
          ).map(([name, label, chosen]) => (
            <div key={name} className="space-y-1">
              <label htmlFor={`compare-${name}`} className="block text-sm font-semibold text-neutral-800">{label}</label>
              <select id={`compare-${name}`} name={name} defaultValue={chosen?.version} className={selectClass}>
                {revisions.map((revision) => (
                  <option key={revision.id} value={revision.version}>{revisionLabel(revision)}</option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded bg-neutral-900 px-4 py-2 text-sm font-semibold text-white">Bandingkan</button>
        </form>
      )}

      {problem && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">{problem}</p>
      )}
      {!proposal && from && to && diff && (
        <>
          <p className="text-sm text-neutral-700">
            Perubahan dari <strong>{revisionLabel(from)}</strong> ke <strong>{revisionLabel(to)}</strong>.
          </p>
          <RevisionDiffView diff={diff} />
        </>
      )}
    </article>
  );
}
