import type { Metadata } from "next";
import { z } from "zod";
import { ArticleListingView } from "@/components/article-listing";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { getPopularListing } from "@/lib/articles/popular";
import { pageParam } from "@/lib/pagination";
import { listingPageLoader } from "@/lib/route-params";
import { listingMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { currentHour } from "@/lib/time";
import { popularPath } from "@/lib/urls";

// Serves /terpopuler and /terpopuler?page=N (rewritten here by next.config.ts).
type Props = { params: Promise<{ page: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const loadListing = listingPageLoader(z.object({ page: pageParam }), ({ page }) => getPopularListing(currentHour(), page));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  const listing = await loadListing(params);
  return listingMetadata(site, {
    title: "Berita Terpopuler",
    description: `Berita yang paling banyak dibaca di ${site.name} dalam 24 jam terakhir, lalu dalam sepekan.`,
    path: popularPath(),
    page: listing.page,
    totalPages: listing.pageCount,
  });
}

export default async function PopularPage({ params }: Props) {
  const [listing, ad] = await Promise.all([loadListing(params), getActiveAdSlot("listing")]);
  return (
    <ArticleListingView
      title="Berita Terpopuler"
      intro={<p className="mt-2 text-neutral-700">Paling banyak dibaca dalam 24 jam terakhir, lalu dalam sepekan.</p>}
      listing={listing}
      ad={ad}
      listingPath={popularPath()}
      emptyMessage="Belum ada berita yang banyak dibaca minggu ini."
    />
  );
}
