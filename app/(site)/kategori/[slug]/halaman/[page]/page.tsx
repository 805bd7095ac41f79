import type { Metadata } from "next";
import { z } from "zod";
import { ArticleListingView } from "@/components/article-listing";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { JsonLd } from "@/components/json-ld";
import { getCategoryListing } from "@/lib/articles/listings";
import { pageParam } from "@/lib/pagination";
import { findCategoryRedirect } from "@/lib/redirects";
import { listingPageLoader, slugParam } from "@/lib/route-params";
import { categoryBreadcrumbJsonLd } from "@/lib/seo/json-ld";
import { categoryMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { categoryFeedPath, categoryPath, listingPagePath } from "@/lib/urls";

// Serves /kategori/<slug> and /kategori/<slug>?page=N (rewritten here by next.config.ts).
type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const loadListing = listingPageLoader(
  z.object({ slug: slugParam, page: pageParam }),
  ({ slug, page }) => getCategoryListing(slug, page),
  async ({ slug, page }) => {
    const to = await findCategoryRedirect(slug);
    return to && listingPagePath(to, page);
  },
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  const { category, listing } = await loadListing(params);
  return categoryMetadata(site, category, listing.page, listing.pageCount);
}

export default async function CategoryPage({ params }: Props) {
  const [site, { category, listing }, ad] = await Promise.all([getCachedSiteSettings(), loadListing(params), getActiveAdSlot("listing")]);
  return (
    <>
      <JsonLd data={categoryBreadcrumbJsonLd(site, category)} />
      <ArticleListingView
        title={category.name}
        intro={category.description && <p className="mt-2 text-neutral-700">{category.description}</p>}
        listing={listing}
        ad={ad}
        listingPath={categoryPath(category.slug)}
        feedPath={categoryFeedPath(category.slug)}
        emptyMessage="Belum ada berita di rubrik ini."
      />
    </>
  );
}
