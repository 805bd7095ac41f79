import type { Metadata } from "next";
import Link from "next/link";
import { RevisionDiffView } from "@/components/redaksi/revision-diff-view";
import { compareArticleRevisions, type CompareQuery } from "@/lib/articles/revision-diff";
import { readForPage, requireUser } from "@/lib/auth/request";
import type { RevisionRow } from "@/lib/newsroom/articles";
import { newsroomArticlePath, revisionComparePath } from "@/lib/newsroom/paths";
import { formatWibDateTime } from "@/lib/time";
import { recordIdParam } from "@/lib/route-params";

export const metadata: Metadata = { title: "Bandingkan revisi" };

const selectClass = "block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base";

function revisionLabel(revision: RevisionRow): string {
  return `Versi ${revision.version} · ${formatWibDateTime(revision.createdAt)} · ${revision.authorName ?? "Sistem"}`;
}

export default async function RevisionComparePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<CompareQuery> }) {
  const user = await requireUser();
  const id = await recordIdParam(params);
  const query = await searchParams;
  const { article, revisions, from, to, problem, diff } = readForPage(() => compareArticleRevisions(user, id, query));

  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href={newsroomArticlePath(article.id)} className="underline">← Kembali ke artikel</Link>
        </p>
        <h1 className="text-2xl font-bold">Bandingkan revisi: {article.title}</h1>
      </header>

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

      {problem && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">{problem}</p>
      )}
      {from && to && diff && (
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
