import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { Timestamp } from "@/components/timestamp";
import { bodyForEditor } from "@/lib/articles/editor";
import { liveEntrySummary, type LiveEntryRow } from "@/lib/articles/live-reports";
import type { ActionState } from "@/lib/newsroom/action-state";
import { newsroomArticlePath } from "@/lib/newsroom/paths";
import { LiveEntryForm } from "./live-entry-form";

type Action = (state: ActionState, data: FormData) => Promise<ActionState>;

type Props = {
  articleId: number;
  published: boolean;
  endedAt: number | null;
  entries: LiveEntryRow[];
  /** The entry opened for a change (`?entri=`), if it is one of these. */
  editingId: number | null;
  /** Given only to those who may report live (editors, admins). */
  actions?: {
    add: Action;
    update: Action;
    mark: Action;
    remove: Action;
    end: Action;
    search: Parameters<typeof LiveEntryForm>[0]["searchAction"];
  };
};

/** The newsroom's side of a Live story: its entries with their moves, the form for the next one, and ending the coverage. */
export function LiveReportSection({ articleId, published, endedAt, entries, editingId, actions }: Props) {
  const editing = entries.find((entry) => entry.id === editingId);
  const open = endedAt === null;
  return (
    <section aria-labelledby="laporan-langsung" className="space-y-4">
      <h2 id="laporan-langsung" className="text-lg font-semibold">
        Laporan langsung
      </h2>
      <p className="text-sm text-neutral-700">
        {open ? (
          <>Berlangsung · {entries.length} entri. {published ? "Entri baru tayang seketika di halaman artikel." : "Entri tayang bersama artikel saat diterbitkan."}</>
        ) : (
          <>
            Berakhir <Timestamp at={endedAt} /> · {entries.length} entri.
          </>
        )}
      </p>
      {actions && published && (
        <ActionForm
          action={actions.end}
          hidden={{ articleId, ended: open ? "1" : "0" }}
          fields={[]}
          submitLabel={open ? "Akhiri laporan langsung" : "Lanjutkan laporan langsung"}
          pendingLabel="Menyimpan…"
          variant={open ? "danger" : "secondary"}
          className="space-y-2"
        />
      )}
      {actions && open && !editing && <LiveEntryForm action={actions.add} searchAction={actions.search} articleId={articleId} />}
      {actions && open && editing && (
        <div className="space-y-2">
          <LiveEntryForm
            key={editing.id}
            action={actions.update}
            searchAction={actions.search}
            articleId={articleId}
            entry={{ id: editing.id, updatedAt: editing.updatedAt, body: bodyForEditor(editing.body), isKey: editing.isKey }}
          />
          <p className="text-sm">
            <Link href={`${newsroomArticlePath(articleId)}#entri-${editing.id}`} className="underline">
              Selesai mengubah
            </Link>
          </p>
        </div>
      )}
      {entries.length === 0 ? (
        <p className="text-sm text-neutral-600">Belum ada entri.</p>
      ) : (
        <ol aria-label="Entri laporan, terbaru di atas" className="space-y-3">
          {entries.map((entry) => (
            <li key={entry.id} id={`entri-${entry.id}`} className={`border-l-4 px-3 py-2 text-sm ${entry.isKey ? "border-red-700 bg-red-50" : "border-neutral-300 bg-neutral-50"}`}>
              <p className="text-neutral-700">
                <Timestamp at={entry.createdAt} /> · {entry.createdByName ?? "Sistem"}
                {entry.isKey && <strong className="ml-2 font-semibold text-red-800">Momen penting</strong>}
              </p>
              <p className="mt-1 text-neutral-900">{liveEntrySummary(entry)}</p>
              {actions && (
                <div className="mt-2 flex flex-wrap items-center gap-2">
                  {open && (
                    <Link href={`${newsroomArticlePath(articleId)}?entri=${entry.id}#laporan-langsung`} className="text-sm font-semibold underline">
                      Ubah entri
                    </Link>
                  )}
                  <ActionForm
                    action={actions.mark}
                    hidden={{ entryId: entry.id, isKey: entry.isKey ? "0" : "1" }}
                    fields={[]}
                    submitLabel={entry.isKey ? "Lepas tanda penting" : "Tandai penting"}
                    variant="secondary"
                    className="flex items-center gap-2"
                  />
                  <ActionForm
                    action={actions.remove}
                    hidden={{ entryId: entry.id }}
                    fields={[]}
                    submitLabel="Hapus entri"
                    pendingLabel="Menghapus…"
                    variant="danger"
                    className="flex items-center gap-2"
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
