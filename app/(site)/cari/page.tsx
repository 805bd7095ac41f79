import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PaginationNav } from "@/components/pagination-nav";
import { SearchForm } from "@/components/search-form";
import { SearchResultList } from "@/components/search-results";
import { parseParams, searchParamsSchema } from "@/lib/route-params";
import { searchArticles, searchTerms } from "@/lib/search";
import { searchMetadata } from "@/lib/seo/metadata";
import { searchPath } from "@/lib/urls";

// Rendered per request (it reads the query string; said explicitly, or `next build` would start
// prerendering it, layout and all, before the page reaches searchParams). Its reads are cached.
export const dynamic = "force-dynamic";

const SHOWN_QUERY_LENGTH = 200;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readQuery(searchParams: Props["searchParams"]) {
  const parsed = parseParams(searchParamsSchema, await searchParams);
  if (!parsed) notFound();
  return { query: parsed.q.trim().slice(0, SHOWN_QUERY_LENGTH), page: parsed.page };
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return searchMetadata((await readQuery(searchParams)).query);
}

export default async function SearchPage({ searchParams }: Props) {
  const { query, page } = await readQuery(searchParams);
  const terms = searchTerms(query);
  const results = terms.length > 0 ? await searchArticles(terms, page) : null;
  if (terms.length > 0 && !results) notFound();

  return (
    <section aria-labelledby="judul-pencarian">
      <h1 id="judul-pencarian" className="text-3xl font-bold">
        {query ? `Hasil pencarian “${query}”` : "Cari berita"}
      </h1>
      <SearchForm id="cari-halaman" defaultValue={query} className="mt-4 max-w-xl" />
      {!results ? (
        <p className="mt-6 text-neutral-700">
          {query ? "Kata kunci itu tidak bisa dicari. Coba gunakan kata-kata biasa." : "Ketik kata kunci untuk mencari berita."}
        </p>
      ) : results.total === 0 ? (
        <p className="mt-6 text-neutral-700">Tidak ada berita yang cocok. Periksa ejaan atau coba kata kunci lain.</p>
      ) : (
        <>
          <p className="mt-4 text-sm text-neutral-600">
            {results.truncated
              ? `Lebih dari ${results.total.toLocaleString("id-ID")} hasil; yang terbaru ditampilkan. Tambahkan kata kunci untuk mempersempit.`
              : `${results.total.toLocaleString("id-ID")} hasil`}
          </p>
          <SearchResultList hits={results.items} />
          <PaginationNav page={results.page} pageCount={results.pageCount} pageHref={(page) => searchPath(query, page)} />
        </>
      )}
    </section>
  );
}
