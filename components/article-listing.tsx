import type { ReactNode } from "react";
import type { ActiveAdSlot } from "@/lib/ads/slots";
import type { ArticleListing } from "@/lib/articles/listings";
import { listingPagePath } from "@/lib/urls";
import { ArticleList } from "./article-list";
import { PaginationNav } from "./pagination-nav";

/** Every paginated listing (tag, category, author, terkini, terpopuler): heading, count, articles, pages. */
export function ArticleListingView(props: {
  title: ReactNode;
  /** Description, author photo and bio: what the listing is about. */
  intro?: ReactNode;
  listing: ArticleListing;
  /** The listing's page-1 path; later pages add `?page=N`. */
  listingPath: string;
  feedPath?: string;
  emptyMessage: string;
  /** The listing ad slot, when it is on (the Indeks, an archive, has none). */
  ad?: ActiveAdSlot | null;
}) {
  const { listing } = props;
  return (
    <section aria-labelledby="judul-daftar">
      <header className="border-b border-neutral-200 pb-4">
        <h1 id="judul-daftar" className="text-3xl font-bold">
          {props.title}
        </h1>
        {props.intro}
        <p className="mt-2 flex flex-wrap gap-x-4 text-sm text-neutral-600">
          <span>{`${listing.total.toLocaleString("id-ID")} artikel`}</span>
          {listing.pageCount > 1 && <span>{`Halaman ${listing.page} dari ${listing.pageCount.toLocaleString("id-ID")}`}</span>}
          {props.feedPath && (
            <a href={props.feedPath} className="font-semibold text-brand hover:underline">
              RSS
            </a>
          )}
        </p>
      </header>
      {listing.items.length > 0 ? <ArticleList articles={listing.items} ad={props.ad} /> : <p className="py-8 text-neutral-700">{props.emptyMessage}</p>}
      <PaginationNav page={listing.page} pageCount={listing.pageCount} pageHref={(page) => listingPagePath(props.listingPath, page)} />
    </section>
  );
}
