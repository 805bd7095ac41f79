import type { DiffSegment, ParagraphDiff, RevisionDiff } from "@/lib/articles/revision-diff";

// Changes are struck through or underlined as well as coloured, and a screen reader hears
// "dihapus"/"ditambahkan" around them: never colour alone.

function Segment({ segment }: { segment: DiffSegment }) {
  if (segment.kind === "inserted") {
    return (
      <ins className="bg-green-100 text-green-950 underline decoration-2 underline-offset-2 [del+&]:ml-1">
        <span className="sr-only">[ditambahkan: </span>
        {segment.text}
        <span className="sr-only">]</span>
      </ins>
    );
  }
  if (segment.kind === "deleted") {
    return (
      <del className="bg-red-100 text-red-950 line-through decoration-2">
        <span className="sr-only">[dihapus: </span>
        {segment.text}
        <span className="sr-only">]</span>
      </del>
    );
  }
  return <>{segment.text}</>;
}

const PARAGRAPH_NOTES: Partial<Record<ParagraphDiff["kind"], string>> = {
  inserted: "Paragraf baru",
  deleted: "Paragraf dihapus",
  changed: "Paragraf diubah",
  replaced: "Paragraf diganti: perubahannya terlalu besar untuk ditampilkan kata demi kata",
};

export function RevisionDiffView({ diff }: { diff: RevisionDiff }) {
  const changedFields = diff.fields.filter((field) => field.changed);
  const unchangedFields = diff.fields.filter((field) => !field.changed);
  return (
    <div className="space-y-6">
      <p className="text-sm text-neutral-700">
        Keterangan: <del className="bg-red-100 text-red-950 line-through decoration-2">teks dicoret</del> dihapus,{" "}
        <ins className="bg-green-100 text-green-950 underline decoration-2 underline-offset-2">teks bergaris bawah</ins> ditambahkan.
      </p>

      <section aria-labelledby="diff-fields" className="space-y-2">
        <h2 id="diff-fields" className="text-lg font-semibold">Rincian</h2>
        {changedFields.length === 0 ? (
          <p className="text-sm text-neutral-600">Tidak ada rincian yang berubah.</p>
        ) : (
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            {changedFields.map((field) => (
              <div key={field.label} className="contents">
                <dt className="font-semibold">{field.label}</dt>
                <dd className="break-words">
                  {field.kind === "list" ? (
                    <ul className="flex flex-wrap gap-2">
                      {field.segments.map((segment, i) => (
                        <li key={i}>
                          <Segment segment={segment} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    field.segments.map((segment, i) => <Segment key={i} segment={segment} />)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {unchangedFields.length > 0 && (
          <p className="text-sm text-neutral-600">Tidak berubah: {unchangedFields.map((field) => field.label).join(", ")}.</p>
        )}
      </section>

      <section aria-labelledby="diff-body" className="space-y-3">
        <h2 id="diff-body" className="text-lg font-semibold">Isi</h2>
        {!diff.bodyChanged && <p className="text-sm text-neutral-600">Isi artikel tidak berubah.</p>}
        {diff.bodyReplaced && (
          <p className="text-sm text-neutral-700">
            Perubahan isi terlalu besar untuk dibandingkan paragraf demi paragraf: seluruh isi lama ditampilkan sebagai dihapus, lalu seluruh
            isi baru sebagai ditambahkan.
          </p>
        )}
        {diff.body.map((paragraph, i) => {
          const note = PARAGRAPH_NOTES[paragraph.kind];
          return (
            <div key={i} className={note ? "border-l-4 border-neutral-400 pl-3" : "pl-4 text-neutral-600"} data-paragraph={paragraph.kind}>
              {note && <p className="text-xs font-semibold uppercase tracking-wide text-neutral-700">{note}</p>}
              <p className="whitespace-pre-line">
                {paragraph.segments.map((segment, k) => (
                  <Segment key={k} segment={segment} />
                ))}
              </p>
            </div>
          );
        })}
      </section>
    </div>
  );
}
