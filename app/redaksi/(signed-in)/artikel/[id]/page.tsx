import type { Metadata } from "next";
import Link from "next/link";
import { SubjectHistory } from "@/components/redaksi/audit-list";
import { StateBadge } from "@/components/redaksi/state-badge";
import { WorkflowPanel } from "@/components/redaksi/workflow-panel";
import { ActionForm } from "@/components/redaksi/action-form";
import { ArticleEditor } from "@/components/redaksi/article-editor";
import { CorrectionsSection } from "@/components/redaksi/corrections-section";
import { LiveReportSection } from "@/components/redaksi/live-report-section";
import { editorFields } from "@/components/redaksi/editor-fields";
import { listCorrections, mayCorrect } from "@/lib/articles/corrections";
import { ProposalsSection } from "@/components/redaksi/proposals";
import { getArticleForEditing, listEditorChoices, mayEdit, savesAsProposal } from "@/lib/articles/editor";
import { listLiveEntries, mayReportLive } from "@/lib/articles/live-reports";
import { listArticleProposals } from "@/lib/articles/proposals";
import { can } from "@/lib/auth/roles";
import { availableTransitions } from "@/lib/articles/workflow";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getNewsroomArticle, listArticleRevisions } from "@/lib/articles/newsroom";
import { articlePreviewPath, revisionComparePath } from "@/lib/newsroom/paths";
import { formatWibDateTime, toWibIsoString } from "@/lib/time";
import { articlePath } from "@/lib/urls";
import { parseParams, recordIdParam } from "@/lib/route-params";
import { idField } from "@/lib/newsroom/form-fields";
import { z } from "zod";
import { pasteCopyAction, restoreRevisionAction, saveArticleAction, searchRelatedAction, suggestHashtagsAction } from "../actions";
import {
  addCorrectionAction,
  addLiveEntryAction,
  deleteLiveEntryAction,
  endLiveReportAction,
  markLiveEntryAction,
  moveArticleAction,
  updateLiveEntryAction,
} from "./actions";

export const metadata: Metadata = { title: "Artikel" };

const PREVIEW_CHARS = 600;

/** `?entri=<id>`: the Live story's entry opened for a change; anything else opens none. */
const querySchema = z.object({ entri: idField.optional().catch(undefined) });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewsroomArticlePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const id = await recordIdParam(params);
  const query = parseParams(querySchema, await searchParams);
  const article = readForPage(() => getNewsroomArticle(user, id));
  const revisions = listArticleRevisions(user, article.id);
  const editable = mayEdit(user, article) && article.state !== "trashed" && article.state !== "withdrawn";
  const corrections = listCorrections(article.id);
  const proposals = listArticleProposals(user, article.id);
  const editing = editable ? getArticleForEditing(user, article.id) : null;
  const preview = article.bodyText.length > PREVIEW_CHARS ? `${article.bodyText.slice(0, PREVIEW_CHARS)}…` : article.bodyText;

  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/redaksi/artikel" className="underline">← Semua artikel</Link>
        </p>
        <h1 className="text-2xl font-bold">{article.title}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm text-neutral-700">
          <StateBadge state={article.state} />
          <span>Versi {article.version}</span>
          <Link href={articlePreviewPath(article.id)} className="underline">Pratinjau</Link>
          {(article.state === "published" || article.state === "withdrawn") && (
            // Not prefetched: every newsroom load of a live story would have the reader page rendered, a version
            // the edits that follow at once make stale.
            <Link href={articlePath(article.slug)} prefetch={false} className="underline">Lihat di situs</Link>
          )}
        </div>
      </header>

      {article.state === "scheduled" && article.scheduledVersion !== article.version && (
        <p role="status" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          Artikel ini diubah setelah dijadwalkan (dijadwalkan pada versi {article.scheduledVersion ?? "?"}, sekarang versi {article.version}).
          Penjadwal tidak akan menayangkannya sampai redaktur menjadwalkannya ulang.
        </p>
      )}

      <section aria-labelledby="workflow" className="rounded border border-neutral-200 bg-neutral-100 p-4">
        <h2 id="workflow" className="mb-3 text-lg font-semibold">Alur kerja</h2>
        <WorkflowPanel
          articleId={article.id}
          version={article.version}
          transitions={availableTransitions(user, article)}
          scheduledAt={article.scheduledAt ? toWibIsoString(article.scheduledAt).slice(0, 16) : null}
          action={moveArticleAction}
        />
      </section>

      <section aria-labelledby="details">
        <h2 id="details" className="mb-2 text-lg font-semibold">Rincian</h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Penulis</dt>
          <dd>{article.authorName ?? "—"}</dd>
          <dt className="font-semibold">Rubrik</dt>
          <dd>{article.categoryName ?? "—"}</dd>
          <dt className="font-semibold">Slug</dt>
          <dd className="break-all">{article.slug}</dd>
          {article.scheduledAt && (
            <>
              <dt className="font-semibold">Jadwal tayang</dt>
              <dd>{formatWibDateTime(article.scheduledAt)}</dd>
            </>
          )}
          {article.publishedAt && (
            <>
              <dt className="font-semibold">Terbit pertama</dt>
              <dd>{formatWibDateTime(article.publishedAt)}</dd>
            </>
          )}
          {article.withdrawnAt && (
            <>
              <dt className="font-semibold">Dicabut</dt>
              <dd>{formatWibDateTime(article.withdrawnAt)}</dd>
              <dt className="font-semibold">Alasan pencabutan</dt>
              <dd className="whitespace-pre-line">{article.withdrawalReason}</dd>
            </>
          )}
          <dt className="font-semibold">Terakhir diubah</dt>
          <dd>{formatWibDateTime(article.updatedAt)}</dd>
        </dl>
        {!editable && (
          <>
            {article.dek && <p className="mt-4 font-medium">{article.dek}</p>}
            <p className="mt-2 whitespace-pre-line text-neutral-800">{preview}</p>
          </>
        )}
      </section>

      <ProposalsSection proposals={proposals} />

      {editing && (
        <section aria-labelledby="editor">
          <h2 id="editor" className="mb-2 text-lg font-semibold">Naskah</h2>
          <ArticleEditor
            userId={user.id}
            articleId={article.id}
            version={editing.article.version}
            autosave={article.state === "draft"}
            proposes={savesAsProposal(user, article)}
            proposalWaiting={editing.proposalWaiting}
            mayReleaseOldAddress={can(user.role, "releaseOldAddresses")}
            initial={editorFields(editing)}
            choices={listEditorChoices()}
            saveAction={saveArticleAction}
            searchAction={searchRelatedAction}
            pasteAction={pasteCopyAction}
            suggestHashtagsAction={suggestHashtagsAction}
          />
        </section>
      )}

      {article.kind === "live" && article.state !== "trashed" && article.state !== "withdrawn" && (
        <LiveReportSection
          articleId={article.id}
          published={article.state === "published"}
          endedAt={article.liveEndedAt}
          entries={listLiveEntries(article.id)}
          editingId={query?.entri ?? null}
          actions={
            mayReportLive(user)
              ? { add: addLiveEntryAction, update: updateLiveEntryAction, mark: markLiveEntryAction, remove: deleteLiveEntryAction, end: endLiveReportAction, search: searchRelatedAction }
              : undefined
          }
        />
      )}

      {/* Corrections stay listed after an unpublish; only a published article takes a new one. */}
      {(article.state === "published" || corrections.length > 0) && (
        <CorrectionsSection
          articleId={article.id}
          corrections={corrections}
          addAction={article.state === "published" && mayCorrect(user) ? addCorrectionAction : undefined}
        />
      )}

      <SubjectHistory subjectType="article" subjectId={article.id} title="Riwayat" caption="Riwayat alur kerja artikel ini" />

      <section aria-labelledby="revisions">
        <h2 id="revisions" className="mb-2 text-lg font-semibold">Revisi</h2>
        {revisions.length > 1 && (
          <p className="mb-2 text-sm">
            <Link href={revisionComparePath(article.id)} className="underline">Bandingkan dua revisi</Link>
          </p>
        )}
        <ol className="space-y-1 text-sm">
          {revisions.map((revision) => (
            <li key={revision.id} className="flex flex-wrap items-center gap-2">
              <span>
                Versi {revision.version} · {formatWibDateTime(revision.createdAt)} · {revision.authorName ?? "Sistem"}
                {revision.note && <> · <q className="italic">{revision.note}</q></>}
              </span>
              {revision.version !== article.version && (
                <Link href={revisionComparePath(article.id, { from: revision.version, to: article.version })} className="underline">
                  Bandingkan versi {revision.version} dengan versi sekarang
                </Link>
              )}
              {editable && revision.version !== article.version && (
                <ActionForm
                  action={restoreRevisionAction}
                  hidden={{ articleId: article.id, revisionId: revision.id, version: article.version }}
                  fields={[]}
                  submitLabel={`Pulihkan versi ${revision.version}`}
                  pendingLabel="Memulihkan…"
                  variant="secondary"
                  className="flex items-center gap-2"
                />
              )}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
