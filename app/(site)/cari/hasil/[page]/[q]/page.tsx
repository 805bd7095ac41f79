import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchPage } from "@/components/search-page";
import { parseParams, searchResultParams } from "@/lib/route-params";
import { searchMetadata } from "@/lib/seo/metadata";

// Serves /cari?q=…&page=N (sent here by lib/server/search-route.ts), cached per query and page like the listings;
// a publish or unpublish invalidates it through the search read's `listings` tag.
type Props = { params: Promise<{ page: string; q: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

async function readParams(params: Props["params"]) {
  const parsed = parseParams(searchResultParams, await params);
  if (!parsed) notFound();
  return parsed;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata((await readParams(params)).q);
}

export default async function SearchResultsPage({ params }: Props) {
  const { q, page } = await readParams(params);
  return <SearchPage query={q} page={page} />;
}
