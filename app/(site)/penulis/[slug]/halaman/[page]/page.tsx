import type { Metadata } from "next";
import Image from "next/image";
import { z } from "zod";
import { ArticleListingView } from "@/components/article-listing";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { getAuthorListing } from "@/lib/articles/listings";
import { pageParam } from "@/lib/pagination";
import { listingPageLoader, slugParam } from "@/lib/route-params";
import { authorMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { authorPath } from "@/lib/urls";

// Serves /penulis/<slug> and /penulis/<slug>?page=N (rewritten here by next.config.ts).
type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const loadListing = listingPageLoader(z.object({ slug: slugParam, page: pageParam }), ({ slug, page }) => getAuthorListing(slug, page));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  const { author, listing } = await loadListing(params);
  return authorMetadata(site, { name: author.name, slug: author.slug, bio: author.bio }, listing.page, listing.pageCount);
}

export default async function AuthorPage({ params }: Props) {
  const [{ author, listing }, ad] = await Promise.all([loadListing(params), getActiveAdSlot("listing")]);
  return (
    <ArticleListingView
      title={author.name}
      intro={
        <div className="mt-3 flex items-start gap-4">
          {author.photo && (
            <Image src={author.photo.url} alt={author.photo.alt} width={96} height={96} className="h-24 w-24 shrink-0 rounded-full object-cover" />
          )}
          {author.bio && <p className="text-neutral-700">{author.bio}</p>}
        </div>
      }
      listing={listing}
      ad={ad}
      listingPath={authorPath(author.slug)}
      emptyMessage="Belum ada berita dari penulis ini."
    />
  );
}
