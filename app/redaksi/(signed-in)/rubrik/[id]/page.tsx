import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { SubjectHistory } from "@/components/redaksi/audit-list";
import { categoryFormFields } from "@/components/redaksi/taxonomy-fields";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getNewsroomCategory } from "@/lib/categories/newsroom";
import { articleListPath, categoryListPath } from "@/lib/newsroom/paths";
import { articleListQuery } from "@/lib/articles/newsroom";
import { categoryPath } from "@/lib/urls";
import { recordIdParam } from "@/lib/route-params";
import { deleteCategoryAction, updateCategoryAction } from "../actions";

export const metadata: Metadata = { title: "Ubah rubrik" };

export default async function CategoryPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser("manageTaxonomy");
  const id = await recordIdParam(params);
  const category = readForPage(() => getNewsroomCategory(user, id));

  return (
    <div className="space-y-8">
      <div>
        <p className="mb-2 text-sm"><Link href={categoryListPath} className="underline">← Semua rubrik</Link></p>
        <h1 className="text-2xl font-bold">{category.name}</h1>
        <p className="text-sm text-neutral-700">
          <Link href={categoryPath(category.slug)} className="underline">{categoryPath(category.slug)}</Link> · {category.published} artikel terbit, {category.articles} artikel seluruhnya
        </p>
      </div>
      <section aria-labelledby="edit-category" className="max-w-lg">
        <h2 id="edit-category" className="mb-3 text-lg font-semibold">Nama, slug, dan deskripsi</h2>
        <ActionForm action={updateCategoryAction} hidden={{ id: category.id }} fields={categoryFormFields(category)} submitLabel="Simpan" idPrefix="edit-" />
      </section>
      <section aria-labelledby="delete-category" className="max-w-lg space-y-3">
        <h2 id="delete-category" className="text-lg font-semibold">Hapus rubrik</h2>
        {category.articles > 0 ? (
          <p className="text-sm text-neutral-700">
            Rubrik ini masih dipakai {category.articles} artikel, jadi belum dapat dihapus. Pindahkan dulu{" "}
            <Link href={`${articleListPath}${articleListQuery({ categoryId: category.id })}`} className="underline">artikel-artikelnya</Link> ke rubrik lain lewat penyunting
            (artikel di tempat sampah juga dihitung).
          </p>
        ) : (
          <ActionForm action={deleteCategoryAction} hidden={{ id: category.id }} fields={[]} submitLabel="Hapus rubrik" pendingLabel="Menghapus…" variant="danger" idPrefix="delete-" />
        )}
      </section>
      <SubjectHistory subjectType="category" subjectId={category.id} title="Riwayat rubrik" caption="Riwayat rubrik ini" />
    </div>
  );
}
