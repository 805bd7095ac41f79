import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/redaksi/data-table";
import { MediaThumbnail } from "@/components/redaksi/media-picker";
import { MediaUploadForm } from "@/components/redaksi/media-upload-form";
import { Pager } from "@/components/redaksi/pager";
import { requireUser } from "@/lib/auth/request";
import { searchListHref, searchListParams } from "@/lib/newsroom/form-fields";
import { listMedia } from "@/lib/media/library";
import { mediaItemPath, mediaLibraryPath } from "@/lib/newsroom/paths";
import { formatWibDateTime } from "@/lib/time";

export const metadata: Metadata = { title: "Media" };

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUser("writeOwnDrafts");
  const { q, page } = searchListParams.parse(await searchParams);
  const list = listMedia({ text: q, page });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Pustaka media</h1>
      <section aria-labelledby="upload-heading" className="max-w-xl rounded border border-neutral-300 p-4">
        <h2 id="upload-heading" className="sr-only">Unggah</h2>
        <MediaUploadForm />
      </section>
      <section aria-labelledby="library-heading" className="space-y-3">
        <h2 id="library-heading" className="text-lg font-semibold">Semua gambar</h2>
        <form role="search" action={mediaLibraryPath} className="flex max-w-xl gap-2">
          <label htmlFor="media-q" className="sr-only">Cari gambar</label>
          <input id="media-q" name="q" type="search" defaultValue={q} placeholder="Cari alt, keterangan, atau kredit" className="w-full rounded border border-neutral-400 px-3 py-2" />
          <button type="submit" className="rounded border border-neutral-400 bg-white px-4 py-2 text-sm font-semibold">Cari</button>
        </form>
        <p className="text-sm text-neutral-600" role="status">{list.total} gambar</p>
        <DataTable caption="Gambar di pustaka media" columns={["Gambar", "Teks alternatif", "Keterangan dan kredit", "Pengunggah", "Diunggah"]}>
          {list.items.map((item) => (
            <tr key={item.id} className="border-b border-neutral-200 align-top" data-media-id={item.id}>
              <td className="py-2 pr-3">
                <Link href={mediaItemPath(item.id)} aria-label={`Ubah keterangan: ${item.alt}`}>
                  <MediaThumbnail item={item} />
                </Link>
              </td>
              <td className="py-2 pr-3">
                <Link href={mediaItemPath(item.id)} className="font-medium underline-offset-2 hover:underline">{item.alt}</Link>
                <span className="block text-xs text-neutral-600">{item.width} × {item.height} piksel</span>
              </td>
              <td className="py-2 pr-3">
                {item.caption ?? "—"}
                <span className="block text-neutral-600">Foto: {item.credit ?? "—"}</span>
              </td>
              <td className="py-2 pr-3">{item.uploaderName ?? "—"}</td>
              <td className="py-2">{formatWibDateTime(item.createdAt)}</td>
            </tr>
          ))}
        </DataTable>
        <Pager page={list.page} pageCount={list.pageCount} label="Halaman pustaka media" hrefFor={(n) => searchListHref(mediaLibraryPath, q, n)} />
      </section>
    </div>
  );
}
