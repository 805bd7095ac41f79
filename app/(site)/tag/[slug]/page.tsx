import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleList } from "@/components/article-list";
import { getHashtagListing } from "@/lib/articles/public";
import { isValidHashtagSlug } from "@/lib/text/slug";

type Props = { params: Promise<{ slug: string }> };

function loadListing(slug: string) {
  const listing = isValidHashtagSlug(slug) ? getHashtagListing(slug) : null;
  if (!listing) notFound();
  return listing;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { hashtag } = loadListing((await params).slug);
  return { title: `#${hashtag.name}`, description: hashtag.description ?? `Berita dengan tagar #${hashtag.name}` };
}

export default async function HashtagPage({ params }: Props) {
  const { hashtag, articles, total } = loadListing((await params).slug);
  return (
    <section>
      <h1 className="text-3xl font-bold">#{hashtag.name}</h1>
      {hashtag.description && <p className="mt-2 text-neutral-700">{hashtag.description}</p>}
      <p className="mt-1 text-sm text-neutral-600">{total.toLocaleString("id-ID")} artikel</p>
      <ArticleList articles={articles} />
    </section>
  );
}
