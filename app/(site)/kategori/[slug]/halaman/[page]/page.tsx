import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleListingView } from "@/components/article-listing";
import { getCategoryListing } from "@/lib/articles/listings";
import { pageParam } from "@/lib/pagination";
import { parseParams, slugParam } from "@/lib/route-params";
import { categoryFeedPath, categoryPath, listingPagePath } from "@/lib/urls";

// Serves /kategori/<slug> and /kategori/<slug>?page=N (rewritten here by next.config.ts).
type Props = { params: Promise<{ slug: string; page: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({ slug: slugParam, page: pageParam });

async function loadListing(params: Props["params"]) {
  const parsed = parseParams(paramsSchema, await params);
  const found = parsed && (await getCategoryListing(parsed.slug, parsed.page));
  if (!found) notFound();
  return found;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, listing } = await loadListing(params);
  return {
    title: listing.page > 1 ? `${category.name} (halaman ${listing.page})` : category.name,
    description: category.description ?? `Berita ${category.name} terbaru`,
    alternates: {
      canonical: listingPagePath(categoryPath(category.slug), listing.page),
      types: { "application/rss+xml": categoryFeedPath(category.slug) },
    },
  };
}

export default async function CategoryPage({ params }: Props) {
  const { category, listing } = await loadListing(params);
  return (
    <ArticleListingView
      title={category.name}
      intro={category.description && <p className="mt-2 text-neutral-700">{category.description}</p>}
      listing={listing}
      listingPath={categoryPath(category.slug)}
      feedPath={categoryFeedPath(category.slug)}
      emptyMessage="Belum ada berita di rubrik ini."
    />
  );
}
