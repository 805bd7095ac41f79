import { notFound } from "next/navigation";
import { PaginationNav } from "@/components/pagination-nav";
import { SearchForm } from "@/components/search-form";
import { SearchResultList } from "@/components/search-results";
import { searchArticles, searchTerms } from "@/lib/search";
import { searchPath } from "@/lib/urls";

/** /cari: the form, and the results of `query` (as the reader typed it) when there is one. */
export async function SearchPage({ query, page }: { query: string; page: number }) {
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
