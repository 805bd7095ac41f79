import type { Metadata } from "next";
import { z } from "zod";
import { ArticleListingView } from "@/components/article-listing";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { getLatestListing } from "@/lib/articles/listings";
import { pageParam } from "@/lib/pagination";
import { listingPageLoader } from "@/lib/route-params";
import { listingMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { latestPath } from "@/lib/urls";

// Serves /terkini and /terkini?page=N (rewritten here by next.config.ts).
type Props = { params: Promise<{ page: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const loadListing = listingPageLoader(z.object({ page: pageParam }), ({ page }) => getLatestListing(page));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  const listing = await loadListing(params);
  return listingMetadata(site, {
    title: "Berita Terkini",
    description: `Berita terkini dari ${site.name}, yang terbaru lebih dulu.`,
    path: latestPath(),
    page: listing.page,
    totalPages: listing.pageCount,
  });
}

export default async function LatestPage({ params }: Props) {
  const [listing, ad] = await Promise.all([loadListing(params), getActiveAdSlot("listing")]);
  return <ArticleListingView title="Berita Terkini" listing={listing} ad={ad} listingPath={latestPath()} emptyMessage="Belum ada berita." />;
}
