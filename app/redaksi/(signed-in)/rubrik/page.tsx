import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/redaksi/action-form";
import { categoryFormFields } from "@/components/redaksi/taxonomy-fields";
import { DataTable } from "@/components/redaksi/data-table";
import { requireUser } from "@/lib/auth/request";
import { listNewsroomCategories } from "@/lib/categories/newsroom";
import { newsroomCategoryPath } from "@/lib/newsroom/paths";
import { categoryPath } from "@/lib/urls";
import { createCategoryAction, moveCategoryAction } from "./actions";

export const metadata: Metadata = { title: "Rubrik" };

export default async function CategoryListPage() {
  const user = await requireUser("manageTaxonomy");
  const list = listNewsroomCategories(user);
  return (
    <div className="space-y-8">
      <section aria-labelledby="rubrik-heading">
        <h1 id="rubrik-heading" className="mb-2 text-2xl font-bold">Rubrik</h1>
        <p className="mb-4 text-sm text-neutral-700">Urutan di sini adalah urutan menu situs dan blok rubrik di beranda.</p>
        <DataTable caption="Rubrik, dalam urutan menu situs" columns={["Urutan", "Nama", "Slug", "Artikel terbit", "Semua artikel", "Pindahkan"]}>
          {list.map((category, index) => (
            <tr key={category.id} className="border-b border-neutral-200 align-top" data-category-slug={category.slug}>
              <td className="py-2 pr-3">{index + 1}</td>
              <td className="py-2 pr-3">
                <Link href={newsroomCategoryPath(category.id)} className="font-medium underline-offset-2 hover:underline">{category.name}</Link>
              </td>
              <td className="py-2 pr-3">
                <Link href={categoryPath(category.slug)} className="font-mono text-xs underline-offset-2 hover:underline">{category.slug}</Link>
              </td>
              <td className="py-2 pr-3">{category.published}</td>
              <td className="py-2 pr-3">{category.articles}</td>
              <td className="py-2">
                <div role="group" aria-label={`Pindahkan ${category.name}`} className="flex flex-wrap gap-2">
                  {index > 0 && (
                    <ActionForm action={moveCategoryAction} hidden={{ id: category.id, direction: "up" }} fields={[]} submitLabel="Naik" pendingLabel="…" variant="secondary" className="" />
                  )}
                  {index < list.length - 1 && (
                    <ActionForm action={moveCategoryAction} hidden={{ id: category.id, direction: "down" }} fields={[]} submitLabel="Turun" pendingLabel="…" variant="secondary" className="" />
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      <section aria-labelledby="new-category" className="max-w-lg">
        <h2 id="new-category" className="mb-3 text-lg font-semibold">Tambah rubrik</h2>
        <ActionForm action={createCategoryAction} fields={categoryFormFields()} submitLabel="Tambah rubrik" idPrefix="new-" />
      </section>
    </div>
  );
}
