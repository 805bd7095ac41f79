import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdSlot } from "@/components/ad-slot";
import { ArticleList } from "@/components/article-list";
import { JsonLd } from "@/components/json-ld";
import { LeadStory } from "@/components/lead-story";
import { PopularArticles } from "@/components/popular-articles";
import { TrendingHashtags } from "@/components/trending-hashtags";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { getHomeCuration } from "@/lib/articles/front-page";
import { listCategoryBlocks, listLatestArticles } from "@/lib/articles/listings";
import { listPopularArticles } from "@/lib/articles/popular";
import { listTrendingHashtags } from "@/lib/articles/trending";
import { organizationJsonLd, webSiteJsonLd } from "@/lib/seo/json-ld";
import { homeMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { currentHour } from "@/lib/time";
import { categoryPath, latestPath } from "@/lib/urls";

// The home page. next.config.ts rewrites `/` here: as a dynamic route with no static params it is
// rendered on its first request and cached from then on, never prerendered by `next build`.
const HOME_EDITION = "utama";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ edition: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  if ((await params).edition !== HOME_EDITION) notFound();
  return homeMetadata(site);
}

export default async function HomePage({ params }: Props) {
  if ((await params).edition !== HOME_EDITION) notFound();
  const hour = currentHour();
  const [site, latest, popular, categoryBlocks, trending, listingAd, sidebarAd, curation] = await Promise.all([
    getCachedSiteSettings(),
    listLatestArticles(11),
    listPopularArticles(hour, 5),
    listCategoryBlocks(4),
    listTrendingHashtags(hour, 12),
    getActiveAdSlot("listing"),
    getActiveAdSlot("sidebar"),
    getHomeCuration(),
  ]);
  // The editors' pinned headline, else the newest story; Terkini goes on with the newest others.
  const lead = curation.headline ?? latest[0];
  const moreLatest = latest.filter((article) => article.id !== lead?.id).slice(0, 10);

  return (
    <>
      <JsonLd data={[webSiteJsonLd(site), organizationJsonLd(site)]} />
      <h1 className="sr-only">Beranda</h1>
      {lead && <LeadStory article={lead} />}
      {curation.picks.length > 0 && (
        <section aria-labelledby="pilihan-redaksi" className="mt-8">
          <h2 id="pilihan-redaksi" className="border-b-2 border-brand pb-1 text-xl font-bold">
            Pilihan Redaksi
          </h2>
          <ArticleList articles={curation.picks} headingLevel={3} />
        </section>
      )}
      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="terkini" className="lg:col-span-2">
          <h2 id="terkini" className="border-b-2 border-brand pb-1 text-xl font-bold">
            <Link prefetch={false} href={latestPath()} className="hover:text-brand">
              Terkini
            </Link>
          </h2>
          <ArticleList articles={moreLatest} headingLevel={3} ad={listingAd} />
          <p className="mt-2">
            <Link prefetch={false} href={latestPath()} className="font-semibold text-brand hover:underline">
              Berita terkini lainnya ›
            </Link>
          </p>
        </section>
        <div className="space-y-6">
          <AdSlot slot={sidebarAd} />
          <PopularArticles articles={popular} />
          <TrendingHashtags hashtags={trending} />
        </div>
      </div>
      <div className="mt-10 grid gap-8 md:grid-cols-2">
        {categoryBlocks.map(({ category, articles }) => (
          <section key={category.slug} aria-labelledby={`rubrik-${category.slug}`}>
            <h2 id={`rubrik-${category.slug}`} className="border-b-2 border-brand pb-1 text-xl font-bold">
              <Link prefetch={false} href={categoryPath(category.slug)} className="hover:text-brand">
                {category.name}
              </Link>
            </h2>
            <ArticleList articles={articles} headingLevel={3} />
          </section>
        ))}
      </div>
    </>
  );
}
