"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { homePath } from "@/lib/urls";
import { SearchForm } from "./search-form";

type LatestLink = { title: string; href: string };

/**
 * What the error pages show. Error boundaries are client components and cannot read the database,
 * so the latest articles come from /api/articles/latest once the page has loaded.
 */
export function ErrorNotice({ retry }: { retry: () => void }) {
  const [latest, setLatest] = useState<LatestLink[]>([]);
  useEffect(() => {
    fetch("/api/articles/latest")
      .then((response) => (response.ok ? (response.json() as Promise<{ articles: LatestLink[] }>) : null))
      .then((data) => setLatest(data?.articles ?? []))
      .catch(() => {});
  }, []);

  return (
    <section aria-labelledby="judul-galat" className="mx-auto max-w-3xl">
      <h1 id="judul-galat" className="text-3xl font-bold">
        Maaf, terjadi kesalahan
      </h1>
      <p className="mt-3 text-neutral-700">Halaman ini gagal dimuat. Silakan coba lagi sebentar lagi, atau cari berita lain.</p>
      <p className="mt-4">
        <button type="button" onClick={retry} className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark">
          Coba lagi
        </button>
      </p>
      <SearchForm id="cari-galat" className="mt-6 max-w-xl" />
      {latest.length > 0 && (
        <section aria-labelledby="terkini-galat" className="mt-10">
          <h2 id="terkini-galat" className="border-b-2 border-brand pb-1 text-xl font-bold">
            Berita terkini
          </h2>
          <ul className="mt-2 divide-y divide-neutral-200">
            {latest.map((article) => (
              <li key={article.href} className="py-3 font-semibold">
                <Link prefetch={false} href={article.href} className="hover:underline">
                  {article.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="mt-6">
        <Link prefetch={false} href={homePath()} className="font-semibold text-brand underline">
          Kembali ke beranda
        </Link>
      </p>
    </section>
  );
}
