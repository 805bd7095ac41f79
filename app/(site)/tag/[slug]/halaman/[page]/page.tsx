import type { Metadata } from "next";
import { z } from "zod";
import { ArticleListingView } from "@/components/article-listing";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { JsonLd } from "@/components/json-ld";
import { getHashtagListing } from "@/lib/articles/listings";
import { pageParam } from "@/lib/pagination";
import { findHashtagRedirect } from "@/lib/redirects";
import { hashtagSlugParam, listingPageLoader } from "@/lib/route-params";
import { hashtagBreadcrumbJsonLd } from "@/lib/seo/json-ld";
import { hashtagMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { hashtagFeedPath, hashtagPath, listingPagePath } from "@/lib/urls";

// Serves /tag/<slug> and /tag/<slug>?page=N (rewritten here by next.config.ts).
type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const loadListing = listingPageLoader(
  z.object({ slug: hashtagSlugParam, page: pageParam }),
  ({ slug, page }) => getHashtagListing(slug, page),
  async ({ slug, page }) => {
    const to = await findHashtagRedirect(slug);
    return to && listingPagePath(to, page);
  },
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  const { hashtag, listing } = await loadListing(params);
  return hashtagMetadata(site, hashtag, listing.page, listing.pageCount);
}

export default async function HashtagPage({ params }: Props) {
  const [site, { hashtag, listing }, ad] = await Promise.all([getCachedSiteSettings(), loadListing(params), getActiveAdSlot("listing")]);
  return (
    <>
      <JsonLd data={hashtagBreadcrumbJsonLd(site, hashtag)} />
      <ArticleListingView
        title={`#${hashtag.name}`}
        intro={hashtag.description && <p className="mt-2 text-neutral-700">{hashtag.description}</p>}
        listing={listing}
        ad={ad}
        listingPath={hashtagPath(hashtag.slug)}
        feedPath={hashtagFeedPath(hashtag.slug)}
        emptyMessage="Belum ada berita dengan tagar ini."
      />
    </>
  );
}
