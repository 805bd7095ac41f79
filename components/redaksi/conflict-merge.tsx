"use client";

import type { JSONContent } from "@tiptap/react";
import { useState } from "react";
import type { EditorChoices } from "@/lib/articles/editor";
import { CREDIT_ROLE_LABELS } from "@/lib/articles/credit-roles";
import { bodyOutline, sameBody } from "@/lib/body/outline";
import type { ArticleBody } from "@/lib/body/schema";
import { type EditorFields } from "./editor-fields";

type Side = "mine" | "theirs";

type Props = {
  mine: EditorFields;
  theirs: EditorFields;
  theirVersion: number;
  choices: EditorChoices;
  /** Loads the merged text into the editor, as an edit of their version. */
  onMerge: (merged: EditorFields) => void;
  /** Saves this person's text over theirs. */
  onKeepMine: () => void;
};

type Comparable = Exclude<keyof EditorFields, "body">;

const FIELD_LABELS: Record<Comparable, string> = {
  title: "Judul",
  dek: "Dek",
  slug: "Slug",
  datelinePlace: "Tempat dateline",
  kind: "Jenis",
  categoryId: "Rubrik",
  featuredMedia: "Gambar utama",
  hashtags: "Tagar",
  credits: "Kredit",
  seoTitle: "Judul SEO",
  seoDescription: "Deskripsi SEO",
};

function shown(fields: EditorFields, key: keyof EditorFields, choices: EditorChoices): string {
  switch (key) {
    case "body":
      // The editor's Baca juga blocks carry their article's title (bodyForEditor).
      return bodyOutline(fields.body as ArticleBody, (id) => relatedTitles(fields.body).get(id)).join("\n\n");
    case "featuredMedia":
      return fields.featuredMedia ? `${fields.featuredMedia.alt} (media #${fields.featuredMedia.id})` : "";
    case "categoryId":
      return choices.categories.find((category) => String(category.id) === fields.categoryId)?.name ?? "";
    case "kind":
      return choices.kinds.find((kind) => kind.value === fields.kind)?.label ?? fields.kind;
    case "credits":
      return fields.credits
        .map((credit) => `${CREDIT_ROLE_LABELS[credit.role]}: ${choices.staff.find((member) => String(member.id) === credit.userId)?.name ?? credit.guestName}`)
        .join("; ");
    default:
      return fields[key];
  }
}

function relatedTitles(body: JSONContent): Map<number, string> {
  return new Map(
    (body.content ?? []).flatMap((block) =>
      block.type === "relatedArticle" && typeof block.attrs?.articleId === "number" && typeof block.attrs.title === "string" ? [[block.attrs.articleId, block.attrs.title] as const] : [],
    ),
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="text-sm underline"
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? "Tersalin" : label}
    </button>
  );
}

/**
 * A refused save, side by side with what the other person stored: for every part that differs the
 * writer picks a side (or copies the text out) and the merge goes back into the editor.
 */
export function ConflictMerge({ mine, theirs, theirVersion, choices, onMerge, onKeepMine }: Props) {
  const keys = [...(Object.keys(FIELD_LABELS) as Comparable[]), "body" as const].filter(
    (key) => shown(mine, key, choices) !== shown(theirs, key, choices) || (key === "body" && !sameBody(mine.body, theirs.body)),
  );
  const [picked, setPicked] = useState<Partial<Record<keyof EditorFields, Side>>>({});
  const sideOf = (key: keyof EditorFields): Side => picked[key] ?? "mine";
  const merge = (): EditorFields => {
    const merged = { ...mine };
    for (const key of keys) if (sideOf(key) === "theirs") Object.assign(merged, { [key]: theirs[key] });
    return merged;
  };

  return (
    <section aria-labelledby="conflict-heading" className="space-y-3 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="font-semibold">Gabungkan dengan versi {theirVersion}</h2>
      <p className="text-sm">
        Untuk setiap bagian yang berbeda, pilih tulisan yang dipakai, lalu terapkan ke editor dan simpan. Teks yang tidak dipilih bisa disalin dulu.
      </p>
      {keys.length === 0 && <p className="text-sm">Isinya sama; simpan lagi untuk mencatat versi baru.</p>}
      {keys.map((key) => {
        const label = key === "body" ? "Isi" : FIELD_LABELS[key];
        return (
          <fieldset key={key} className="space-y-2 rounded border border-amber-200 bg-white p-2" data-testid={`merge-${key}`}>
            <legend className="px-1 text-sm font-semibold">{label}</legend>
            {key === "body" && shown(mine, key, choices) === shown(theirs, key, choices) && (
              <p className="text-sm">Teksnya sama; bedanya pada format (subjudul, daftar, tebal, miring, tautan).</p>
            )}
            <div className="grid gap-2 sm:grid-cols-2">
              {(["mine", "theirs"] as const).map((side) => {
                const text = shown(side === "mine" ? mine : theirs, key, choices);
                return (
                  <div key={side} className="space-y-1">
                    <label className="flex items-center gap-2 text-sm font-semibold">
                      <input type="radio" name={`merge-${key}`} checked={sideOf(key) === side} onChange={() => setPicked((current) => ({ ...current, [key]: side }))} />
                      {side === "mine" ? `${label}: tulisan saya` : `${label}: versi ${theirVersion}`}
                    </label>
                    <p className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded border border-neutral-200 p-2 text-sm" data-testid={`merge-${key}-${side}`}>
                      {text || <span className="text-neutral-600">(kosong)</span>}
                    </p>
                    {key === "body" && text && <CopyButton text={text} label={side === "mine" ? "Salin teks saya" : "Salin teks mereka"} />}
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={() => onMerge(merge())} className="rounded bg-neutral-900 px-3 py-1 text-sm font-semibold text-white">
          Terapkan pilihan ke editor
        </button>
        <button type="button" onClick={onKeepMine} className="rounded border border-amber-600 bg-white px-3 py-1 text-sm font-semibold">
          Simpan tulisan saya sebagai versi terbaru
        </button>
      </div>
    </section>
  );
}
