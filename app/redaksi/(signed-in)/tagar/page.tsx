import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DataTable } from "@/components/redaksi/data-table";
import { Pager } from "@/components/redaksi/pager";
import { requireUser } from "@/lib/auth/request";
import { listNewsroomHashtags } from "@/lib/newsroom/hashtags";
import { hashtagListPath, newsroomHashtagPath } from "@/lib/newsroom/paths";
import { pageParam } from "@/lib/pagination";

export const metadata: Metadata = { title: "Tagar" };

const paramsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: pageParam.optional().catch(undefined),
});

const queryFor = (q: string | undefined, page: number) => {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  return query.size ? `${hashtagListPath}?${query}` : hashtagListPath;
};

export default async function HashtagListPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("manageTaxonomy");
  const { q, page } = paramsSchema.parse(await searchParams);
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
      <Pager page={list.page} pageCount={list.pageCount} label="Halaman daftar tagar" hrefFor={(n) => queryFor(q, n)} />
    </div>
  );
}
