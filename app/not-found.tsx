import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search-form";
import { notFoundMetadata } from "@/lib/seo/metadata";
import { homePath, latestPath } from "@/lib/urls";

// Outside the reader site (app/(site)/not-found.tsx serves readers, with the latest articles).
// This one is also what `next build` prerenders as /_not-found, so it must not read the database.
export const metadata: Metadata = notFoundMetadata();

export default function NotFound() {
  return (
    <main id="konten" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-neutral-700">Halaman yang Anda cari tidak ada, sudah dipindahkan, atau belum diterbitkan.</p>
      <SearchForm id="cari-404" className="mt-6 max-w-xl" />
      <p className="mt-6 flex gap-6">
        <Link prefetch={false} href={homePath()} className="font-semibold text-brand underline">
          Kembali ke beranda
        </Link>
        <Link prefetch={false} href={latestPath()} className="font-semibold text-brand underline">
          Berita terkini
        </Link>
      </p>
    </main>
  );
}
