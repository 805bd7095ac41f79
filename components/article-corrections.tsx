import { Timestamp } from "@/components/timestamp";
import type { CorrectionView } from "@/lib/articles/corrections";

/** The article's Koreksi notes, oldest first, each under the time it was added; the note is plain text. */
export function ArticleCorrections({ corrections }: { corrections: CorrectionView[] }) {
  if (corrections.length === 0) return null;
  return (
    <section aria-labelledby="koreksi" className="mt-8 border-l-4 border-amber-500 bg-amber-50 px-4 py-3">
      <h2 id="koreksi" className="text-lg font-bold">
        Koreksi
      </h2>
      <ol className="mt-2 space-y-3">
        {corrections.map((correction) => (
          <li key={correction.id}>
            <p className="text-sm text-neutral-700">
              <Timestamp at={correction.createdAt} />
            </p>
            <p className="whitespace-pre-line">{correction.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
