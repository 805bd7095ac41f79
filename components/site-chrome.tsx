import Link from "next/link";
import type { CategoryLink } from "@/lib/categories";
import { categoryPath, DAY_INDEX_PATH, homePath, latestPath, popularPath, staticPagePath } from "@/lib/urls";
import { SearchForm } from "./search-form";

const NAV_LINK = "whitespace-nowrap px-3 py-2 font-semibold text-neutral-800 hover:text-brand";

// The mobile menu is a <details>: it opens and closes with no JavaScript at all.
export function SiteHeader({ siteName, tagline, categories }: { siteName: string; tagline: string; categories: CategoryLink[] }) {
  return (
    <header className="relative border-b-4 border-brand bg-white">
      <a
        href="#konten"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
      >
        Langsung ke konten
      </a>
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <div>
          <Link prefetch={false} href={homePath()} className="text-2xl font-extrabold tracking-tight text-brand">
            {siteName}
          </Link>
          {tagline && <p className="hidden text-sm text-neutral-600 sm:block">{tagline}</p>}
        </div>
        <div className="hidden items-center gap-2 md:flex">
          <Link prefetch={false} href={latestPath()} className={NAV_LINK}>
            Terkini
          </Link>
          <Link prefetch={false} href={popularPath()} className={NAV_LINK}>
            Terpopuler
          </Link>
          <SearchForm id="cari-header" className="w-64" />
        </div>
        <details className="group md:hidden">
          <summary className="cursor-pointer list-none rounded border border-neutral-300 px-3 py-2 font-semibold [&::-webkit-details-marker]:hidden">
            <span className="group-open:hidden">Menu</span>
            <span className="hidden group-open:inline">Tutup</span>
          </summary>
          <div className="absolute left-0 right-0 z-20 mt-3 border-b border-neutral-200 bg-white px-4 pb-4 shadow-lg">
            <SearchForm id="cari-menu" className="mt-3" />
            <nav aria-label="Menu utama" className="mt-3">
              <ul className="grid grid-cols-2 gap-1">
                <li>
                  <Link prefetch={false} href={latestPath()} className={`block ${NAV_LINK}`}>
                    Terkini
                  </Link>
                </li>
                <li>
                  <Link prefetch={false} href={popularPath()} className={`block ${NAV_LINK}`}>
                    Terpopuler
                  </Link>
                </li>
                <CategoryItems categories={categories} />
              </ul>
            </nav>
          </div>
        </details>
      </div>
      <nav aria-label="Kategori" className="border-t border-neutral-200">
        <ul className="mx-auto flex max-w-5xl overflow-x-auto px-1 [scrollbar-width:none]">
          <CategoryItems categories={categories} />
        </ul>
      </nav>
    </header>
  );
}

/** The categories as navigation items: in the menu on phones and in the bar below the header. */
function CategoryItems({ categories }: { categories: CategoryLink[] }) {
  return categories.map((category) => (
    <li key={category.slug}>
      <Link prefetch={false} href={categoryPath(category.slug)} className={`block ${NAV_LINK}`}>
        {category.name}
      </Link>
    </li>
  ));
}

export function SiteFooter({ siteName, pages }: { siteName: string; pages: { slug: string; title: string }[] }) {
  return (
    <footer className="mt-12 border-t border-neutral-200 bg-neutral-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-neutral-700">
        <nav aria-label="Tentang situs">
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link prefetch={false} href={DAY_INDEX_PATH} className="font-semibold text-neutral-800 hover:text-brand hover:underline">
                Indeks Berita
              </Link>
            </li>
            {pages.map((page) => (
              <li key={page.slug}>
                <Link prefetch={false} href={staticPagePath(page.slug)} className="font-semibold text-neutral-800 hover:text-brand hover:underline">
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4">
          © {new Date().getFullYear()} {siteName}
        </p>
      </div>
    </footer>
  );
}
