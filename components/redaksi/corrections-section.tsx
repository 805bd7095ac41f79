import { ActionForm } from "@/components/redaksi/action-form";
import { Timestamp } from "@/components/timestamp";
import { CORRECTION_KIND_LABELS, CORRECTION_NOTE_MAX, type CorrectionRow } from "@/lib/articles/corrections";
import { CORRECTION_KINDS } from "@/db/schema";
import type { ActionState } from "@/lib/newsroom/action-state";

type Props = {
  articleId: number;
  corrections: CorrectionRow[];
  /** Given only to those who may add one, and only while the article is published. */
  addAction?: (state: ActionState, data: FormData) => Promise<ActionState>;
};

/** The newsroom's view of an article's public notes (Koreksi, Ralat, Hak Jawab), and the form that adds one. */
export function CorrectionsSection({ articleId, corrections, addAction }: Props) {
  return (
    <section aria-labelledby="corrections" className="space-y-3">
      <h2 id="corrections" className="text-lg font-semibold">Koreksi, ralat dan hak jawab</h2>
      {corrections.length === 0 ? (
        <p className="text-sm text-neutral-600">Belum ada koreksi.</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {corrections.map((correction) => (
            <li key={correction.id} className="border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
              <p className="text-neutral-700">
                <strong className="font-semibold text-neutral-900">{CORRECTION_KIND_LABELS[correction.kind]}</strong> · <Timestamp at={correction.createdAt} /> ·{" "}
                {correction.createdByName ?? "Sistem"}
              </p>
              <p className="whitespace-pre-line">{correction.note}</p>
              {correction.replyUrl && (
                <p>
                  <a href={correction.replyUrl} className="underline">
                    {correction.replyUrl}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {addAction && (
        <ActionForm
          action={addAction}
          hidden={{ articleId }}
          fields={[
            {
              name: "kind",
              label: "Jenis",
              kind: "select",
              defaultValue: "koreksi",
              options: CORRECTION_KINDS.map((kind) => ({ value: kind, label: CORRECTION_KIND_LABELS[kind] })),
            },
            {
              name: "note",
              label: "Isi catatan",
              kind: "textarea",
              rows: 3,
              maxLength: CORRECTION_NOTE_MAX,
              required: true,
              hint: "Tampil di akhir artikel dengan jenis dan tanggal hari ini. Teks biasa, tanpa HTML.",
            },
            {
              name: "replyUrl",
              label: "Tautan hak jawab (opsional)",
              kind: "url",
              maxLength: 500,
              hint: "Hanya untuk hak jawab: alamat tempat tanggapan itu dimuat utuh.",
            },
          ]}
          idPrefix="correction-"
          submitLabel="Tambahkan catatan"
          className="space-y-3 rounded border border-neutral-200 bg-white p-3"
        />
      )}
    </section>
  );
}
