import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { SubjectHistory } from "@/components/redaksi/audit-list";
import { hashtagFormFields } from "@/components/redaksi/taxonomy-fields";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getNewsroomHashtag } from "@/lib/hashtags/newsroom";
import { hashtagListPath } from "@/lib/newsroom/paths";
import { hashtagPath } from "@/lib/urls";
import { recordIdParam } from "@/lib/route-params";
import { deleteHashtagAction, mergeHashtagAction, updateHashtagAction } from "../actions";

export const metadata: Metadata = { title: "Ubah tagar" };

export default async function HashtagPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("manageTaxonomy");
  const id = await recordIdParam(params);
  const hashtag = readForPage(() => getNewsroomHashtag(user, id));

  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2 text-sm"><Link href={hashtagListPath} className="underline">← Semua tagar</Link></p>
        <h1 className="text-2xl font-bold">#{hashtag.name}</h1>
        <p className="text-sm text-neutral-700">
          {hashtag.published > 0 ? <Link href={hashtagPath(hashtag.slug)} className="underline">{hashtagPath(hashtag.slug)}</Link> : "Belum ada halaman publik"} ·{" "}
          {hashtag.published} artikel terbit, {hashtag.articles} artikel seluruhnya
        </p>
      </div>
      <section aria-labelledby="edit-hashtag" className="max-w-lg">
        <h2 id="edit-hashtag" className="mb-3 text-lg font-semibold">Nama dan deskripsi</h2>
        <ActionForm action={updateHashtagAction} hidden={{ id: hashtag.id }} fields={hashtagFormFields(hashtag)} submitLabel="Simpan" idPrefix="edit-" />
      </section>
      <section aria-labelledby="merge-hashtag" className="max-w-lg">
        <h2 id="merge-hashtag" className="mb-3 text-lg font-semibold">Gabungkan ke tagar lain</h2>
        <ActionForm
          action={mergeHashtagAction}
          hidden={{ id: hashtag.id }}
          fields={[
            {
              name: "target",
              label: "Tagar tujuan",
              required: true,
              maxLength: 101,
              hint: `Semua artikel #${hashtag.name} pindah ke tagar tujuan (urutan tagarnya tetap, tanpa ganda), #${hashtag.name} dihapus, dan /tag/${hashtag.slug} dialihkan (301) ke tagar tujuan.`,
            },
          ]}
          submitLabel="Gabungkan"
          pendingLabel="Menggabungkan…"
          variant="danger"
          idPrefix="merge-"
        />
      </section>
      <section aria-labelledby="delete-hashtag" className="max-w-lg space-y-3">
        <h2 id="delete-hashtag" className="text-lg font-semibold">Hapus tagar</h2>
        {hashtag.articles > 0 ? (
          <p className="text-sm text-neutral-700">Tagar ini masih dipakai {hashtag.articles} artikel; gabungkan ke tagar lain alih-alih menghapusnya.</p>
        ) : (
          <ActionForm action={deleteHashtagAction} hidden={{ id: hashtag.id }} fields={[]} submitLabel="Hapus tagar" pendingLabel="Menghapus…" variant="danger" idPrefix="delete-" />
        )}
      </section>
      <SubjectHistory subjectType="hashtag" subjectId={hashtag.id} title="Riwayat tagar" caption="Riwayat tagar ini" />
    </div>
  );
}
