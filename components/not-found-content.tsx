import Link from "next/link";
import { ArticleList } from "@/components/article-list";
import { SearchForm } from "@/components/search-form";
import { listLatestForNotFound } from "@/lib/articles/listings";
import { currentMinute } from "@/lib/time";
import { latestPath } from "@/lib/urls";

/** The reader site's 404: a search box and the latest articles, in the site's layout (app/(site)/not-found.tsx, NOT_FOUND_PAGE_PATH). */
export async function NotFoundContent() {
  const latest = await listLatestForNotFound(currentMinute(), 5);
  return (
    <section aria-labelledby="judul-404" className="mx-auto max-w-3xl">
      <h1 id="judul-404" className="text-3xl font-bold">
        Halaman tidak ditemukan
      </h1>
      <p className="mt-3 text-neutral-700">Halaman yang Anda cari tidak ada, sudah dipindahkan, atau belum diterbitkan.</p>
      <SearchForm id="cari-404" className="mt-6 max-w-xl" />
      {latest.length > 0 && (
        <section aria-labelledby="terkini-404" className="mt-10">
          <h2 id="terkini-404" className="border-b-2 border-brand pb-1 text-xl font-bold">
            <Link prefetch={false} href={latestPath()} className="hover:text-brand">
              Berita terkini
            </Link>
          </h2>
          <ArticleList articles={latest} headingLevel={3} />
        </section>
      )}
    </section>
  );
}
