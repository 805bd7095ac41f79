"use client";

import { useCallback, useEffect, useState } from "react";
import type { MediaItem } from "@/lib/media/library";
import { thumbnailUrl } from "@/lib/media/variants";
import { InlineSearch } from "./form-controls";
import { MEDIA_API_PATH, MediaUploadForm } from "./media-upload-form";

type Page = { items: MediaItem[]; page: number; pageCount: number };

/** A newsroom thumbnail: the smallest stored size of an upload. */
export function MediaThumbnail({ item, className = "h-20 w-28" }: { item: Pick<MediaItem, "url" | "alt">; className?: string }) {
  // eslint-disable-next-line @next/next/no-img-element -- a fixed small file already stored for this; the optimizer would only add work
  return <img src={thumbnailUrl(item.url)} alt={item.alt} loading="lazy" className={`${className} rounded bg-neutral-200 object-cover`} />;
}

/**
 * Choose an image from the media library (newest first, or found by words of its alt text, caption
 * or credit) or upload a new one; `onPick` gets the item either way.
 */
export function MediaPicker({ idPrefix, onPick, pickLabel }: { idPrefix: string; onPick: (item: MediaItem) => void; pickLabel: string }) {
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (q: string, page = 1) => {
    try {
      const response = await fetch(`${MEDIA_API_PATH}?${new URLSearchParams({ q, page: String(page) })}`);
      const answer = (await response.json()) as Page & { message?: string };
      if (!response.ok) throw new Error(answer.message);
      setResult(answer);
      setError(null);
    } catch (caught) {
      setError(caught instanceof Error && caught.message ? caught.message : "Pustaka media tidak bisa dimuat. Coba lagi.");
    }
  }, []);

  useEffect(() => {
    // The newest items at once, without waiting for a search.
    const timer = window.setTimeout(() => void load(""), 0);
    return () => window.clearTimeout(timer);
  }, [load]);

  return (
    <div className="space-y-3 rounded border border-neutral-300 bg-neutral-50 p-3">
      <InlineSearch
        id={`${idPrefix}search`}
        label="Cari di pustaka media"
        placeholder="Cari gambar (alt, keterangan, kredit)"
        value={query}
        onChange={setQuery}
        onSearch={() => void load(query)}
      />
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {result && (
        <>
          {result.items.length === 0 && <p className="text-sm">Tidak ada gambar yang cocok.</p>}
          <ul aria-label="Pustaka media" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {result.items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  onClick={() => onPick(item)}
                  aria-label={`${pickLabel}: ${item.alt}`}
                  className="w-full rounded border border-neutral-300 bg-white p-1 text-left text-xs hover:border-neutral-900"
                >
                  <MediaThumbnail item={item} className="h-20 w-full" />
                  <span className="mt-1 line-clamp-2 block">{item.alt}</span>
                </button>
              </li>
            ))}
          </ul>
          {result.pageCount > 1 && (
            <div className="flex items-center gap-3 text-sm">
              <button type="button" disabled={result.page <= 1} onClick={() => void load(query, result.page - 1)} className="underline disabled:opacity-50">
                ← Sebelumnya
              </button>
              <span>Halaman {result.page} dari {result.pageCount}</span>
              <button type="button" disabled={result.page >= result.pageCount} onClick={() => void load(query, result.page + 1)} className="underline disabled:opacity-50">
                Berikutnya →
              </button>
            </div>
          )}
        </>
      )}
      <details className="rounded border border-neutral-300 bg-white p-2">
        <summary className="cursor-pointer text-sm font-semibold">Unggah gambar baru</summary>
        <div className="mt-2">
          <MediaUploadForm idPrefix={`${idPrefix}upload-`} onUploaded={onPick} />
        </div>
      </details>
    </div>
  );
}

/** The chosen featured image of an article, or a picker to choose one. The value is the library item. */
export function FeaturedImageField({ value, onChange, errors }: { value: MediaItem | null; onChange: (item: MediaItem | null) => void; errors?: string[] }) {
  const [picking, setPicking] = useState(false);
  return (
    <fieldset className="space-y-2 rounded border border-neutral-300 p-3" aria-describedby={errors?.length ? "featured-image-error" : undefined}>
      <legend className="px-1 text-sm font-semibold">Gambar utama</legend>
      {value ? (
        <div className="flex flex-wrap items-start gap-3" data-testid="featured-image">
          <MediaThumbnail item={value} className="h-24 w-36" />
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium">{value.alt}</p>
            <p className="text-neutral-700">{value.caption} {value.credit && <span className="text-neutral-600">(Foto: {value.credit})</span>}</p>
          </div>
        </div>
      ) : (
        <p className="text-sm text-neutral-700">Belum ada gambar utama.</p>
      )}
      <div className="flex gap-3 text-sm">
        <button type="button" onClick={() => setPicking(!picking)} aria-expanded={picking} className="underline">
          {value ? "Ganti gambar utama" : "Pilih gambar utama"}
        </button>
        {value && (
          <button type="button" onClick={() => onChange(null)} className="text-red-700 underline">
            Hapus gambar utama
          </button>
        )}
      </div>
      {picking && (
        <MediaPicker
          idPrefix="featured-"
          pickLabel="Jadikan gambar utama"
          onPick={(item) => {
            onChange(item);
            setPicking(false);
          }}
        />
      )}
      {!!errors?.length && <p id="featured-image-error" className="text-sm font-medium text-red-700">{errors.join(" ")}</p>}
    </fieldset>
  );
}
