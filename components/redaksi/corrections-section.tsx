import { ActionForm } from "@/components/redaksi/action-form";
import { Timestamp } from "@/components/timestamp";
import { CORRECTION_NOTE_MAX, type CorrectionRow } from "@/lib/articles/corrections";
import type { ActionState } from "@/lib/newsroom/action-state";

type Props = {
  articleId: number;
  corrections: CorrectionRow[];
  /** Given only to those who may add one, and only while the article is published. */
  addAction?: (state: ActionState, data: FormData) => Promise<ActionState>;
};

/** The newsroom's view of an article's Koreksi notes, and the form that adds one. */
export function CorrectionsSection({ articleId, corrections, addAction }: Props) {
  return (
    <section aria-labelledby="corrections" className="space-y-3">
      <h2 id="corrections" className="text-lg font-semibold">Koreksi</h2>
      {corrections.length === 0 ? (
        <p className="text-sm text-neutral-600">Belum ada koreksi.</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {corrections.map((correction) => (
            <li key={correction.id} className="border-l-4 border-amber-500 bg-amber-50 px-3 py-2">
              <p className="text-neutral-700">
                <Timestamp at={correction.createdAt} /> · {correction.createdByName ?? "Sistem"}
              </p>
              <p className="whitespace-pre-line">{correction.note}</p>
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
              name: "note",
              label: "Catatan koreksi",
              kind: "textarea",
              rows: 3,
              maxLength: CORRECTION_NOTE_MAX,
              required: true,
              hint: "Tampil di akhir artikel dengan tanggal hari ini. Teks biasa, tanpa HTML.",
            },
          ]}
          idPrefix="correction-"
          submitLabel="Tambahkan koreksi"
          className="space-y-3 rounded border border-neutral-200 bg-white p-3"
        />
      )}
    </section>
  );
}
