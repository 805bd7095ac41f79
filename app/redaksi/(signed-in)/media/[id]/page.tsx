import type { Metadata } from "next";
import Link from "next/link";
import { MediaPicture } from "@/components/media-picture";
import { ActionForm } from "@/components/redaksi/action-form";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getMediaItem, mayEditMedia } from "@/lib/media/library";
import { ALT_MAX, CAPTION_MAX, CREDIT_MAX } from "@/lib/media/limits";
import { mediaLibraryPath } from "@/lib/newsroom/paths";
import { formatWibDateTime } from "@/lib/time";
import { recordIdParam } from "@/lib/route-params";
import { updateMediaAction } from "../actions";

export const metadata: Metadata = { title: "Gambar" };

export default async function MediaItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("writeOwnDrafts");
  const id = await recordIdParam(params);
  const item = readForPage(() => getMediaItem(id));
  return (
    <article className="space-y-6">
      <p className="text-sm">
        <Link href={mediaLibraryPath} className="underline">← Pustaka media</Link>
      </p>
      <h1 className="text-2xl font-bold">{item.alt}</h1>
      <div className="max-w-2xl">
        <MediaPicture image={{ ...item, src: item.url }} sizes="(min-width: 768px) 672px, 100vw" className="h-auto w-full rounded" />
      </div>
      <p className="text-sm text-neutral-700">
        {item.width} × {item.height} piksel · diunggah {item.uploaderName ? `oleh ${item.uploaderName} ` : ""}{formatWibDateTime(item.createdAt)}
      </p>
      {mayEditMedia(user, item) ? (
        <section aria-labelledby="details-heading" className="max-w-xl">
          <h2 id="details-heading" className="mb-2 text-lg font-semibold">Keterangan</h2>
          <ActionForm
            action={updateMediaAction}
            hidden={{ mediaId: item.id }}
            submitLabel="Simpan keterangan"
            fields={[
              { name: "alt", label: "Teks alternatif (alt)", defaultValue: item.alt, maxLength: ALT_MAX, required: true },
              { name: "caption", label: "Keterangan foto", kind: "textarea", rows: 2, defaultValue: item.caption ?? "", maxLength: CAPTION_MAX, required: true },
              { name: "credit", label: "Kredit foto", defaultValue: item.credit ?? "", maxLength: CREDIT_MAX, required: true },
            ]}
          />
          <p className="mt-2 text-xs text-neutral-600">Teks alternatif (dan, untuk gambar utama, keterangan serta kredit) langsung berubah di artikel terbit yang memakai gambar ini; gambar di dalam isi artikel menyimpan keterangan dan kreditnya sendiri.</p>
        </section>
      ) : (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-semibold">Keterangan</dt>
          <dd>{item.caption}</dd>
          <dt className="font-semibold">Kredit</dt>
          <dd>{item.credit}</dd>
        </dl>
      )}
    </article>
  );
}
