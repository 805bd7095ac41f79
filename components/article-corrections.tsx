import { Timestamp } from "@/components/timestamp";
import { CORRECTION_KIND_LABELS, correctionsHeading, type CorrectionView } from "@/lib/articles/corrections";

/** The article's public notes (Koreksi, Ralat, Hak Jawab), oldest first, each with its kind and time; the note is plain text. */
export function ArticleCorrections({ corrections }: { corrections: CorrectionView[] }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="koreksi" className="mt-8 border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
      <h2 id="koreksi" className="text-lg font-bold">
        {correctionsHeading(corrections)}
      </h2>
      <ol className="mt-2 space-y-3">
        {corrections.map((correction) => (
          <li key={correction.id}>
            <p className="text-sm text-neutral-700">
              <strong className="font-semibold text-neutral-900">{CORRECTION_KIND_LABELS[correction.kind]}</strong> · <Timestamp at={correction.createdAt} />
            </p>
            <p className="whitespace-pre-line">{correction.note}</p>
            {correction.replyUrl && (
              <p className="mt-1">
                <a href={correction.replyUrl} className="font-semibold text-brand underline">
                  Baca hak jawab selengkapnya
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
