import Link from "next/link";

/** Previous / next links for a paginated newsroom list; `hrefFor` keeps the list's filters. */
export function Pager({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="font-medium underline">
          ← Sebelumnya
        </Link>
      ) : null}
      <span className="text-neutral-600">
        Halaman {page} dari {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="font-medium underline">
          Berikutnya →
        </Link>
      ) : null}
    </nav>
  );
}
