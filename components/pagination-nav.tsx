import Link from "next/link";
import { visiblePages } from "@/lib/pagination";

const LINK_CLASS = "inline-block min-w-10 rounded border border-neutral-300 px-3 py-2 text-center hover:bg-neutral-100";

export function PaginationNav({ page, pageCount, pageHref }: { page: number; pageCount: number; pageHref: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Halaman" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <Link href={pageHref(page - 1)} rel="prev" prefetch={false} className={LINK_CLASS}>
              ‹ Sebelumnya
            </Link>
          </li>
        )}
        {visiblePages(page, pageCount).map((n, index) =>
          n === null ? (
            <li key={`gap-${index}`} aria-hidden className="px-1 text-neutral-600">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className={`${LINK_CLASS} border-brand bg-brand font-semibold text-white hover:bg-brand`}>
                  <span className="sr-only">Halaman </span>
                  {n}
                </span>
              ) : (
                <Link href={pageHref(n)} prefetch={false} className={LINK_CLASS} aria-label={`Halaman ${n}`}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link href={pageHref(page + 1)} rel="next" prefetch={false} className={LINK_CLASS}>
              Berikutnya ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
