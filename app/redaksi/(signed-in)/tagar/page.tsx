import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/redaksi/data-table";
import { Pager } from "@/components/redaksi/pager";
import { requireUser } from "@/lib/auth/request";
import { searchListHref, searchListParams } from "@/lib/newsroom/form-fields";
import { listNewsroomHashtags } from "@/lib/hashtags/newsroom";
import { hashtagListPath, newsroomHashtagPath } from "@/lib/newsroom/paths";

export const metadata: Metadata = { title: "Tagar" };

export default async function HashtagListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("manageTaxonomy");
  const { q, page } = searchListParams.parse(await searchParams);
  const list = listNewsroomHashtags(user, { text: q, page });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Tagar</h1>
      <form role="search" action={hashtagListPath} className="flex max-w-xl gap-2">
        <label htmlFor="hashtag-q" className="sr-only">Cari tagar</label>
        <input id="hashtag-q" name="q" type="search" defaultValue={q} placeholder="Cari tagar, misalnya KoreaUtara" className="w-full rounded border border-neutral-400 px-3 py-2" />
        <button type="submit" className="rounded border border-neutral-400 bg-white px-4 py-2 text-sm font-semibold">Cari</button>
      </form>
      <p className="text-sm text-neutral-600" role="status">{list.total} tagar</p>
      <DataTable caption="Tagar, menurut abjad slug" columns={["Nama", "Slug", "Artikel terbit", "Semua artikel"]}>
        {list.items.map((hashtag) => (
          <tr key={hashtag.id} className="border-b border-neutral-200" data-hashtag-slug={hashtag.slug}>
            <td className="py-2 pr-3">
              <Link href={newsroomHashtagPath(hashtag.id)} className="font-medium underline-offset-2 hover:underline">#{hashtag.name}</Link>
            </td>
            <td className="py-2 pr-3 font-mono text-xs">{hashtag.slug}</td>
            <td className="py-2 pr-3">{hashtag.published}</td>
            <td className="py-2">{hashtag.articles}</td>
          </tr>
        ))}
      </DataTable>
      <Pager page={list.page} pageCount={list.pageCount} label="Halaman daftar tagar" hrefFor={(n) => searchListHref(hashtagListPath, q, n)} />
    </div>
  );
}
