import Link from "next/link";

export default function NotFound() {
  return (
    <main id="konten" className="mx-auto max-w-3xl px-4 py-16 text-center">
      <h1 className="text-3xl font-bold">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-neutral-700">Halaman yang Anda cari tidak ada, sudah dipindahkan, atau belum diterbitkan.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-brand underline">
          Kembali ke beranda
        </Link>
      </p>
    </main>
  );
}
