import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { z } from "zod";
import { AdSlot } from "@/components/ad-slot";
import { ArticleHeading } from "@/components/article-heading";
import { ArticleList } from "@/components/article-list";
import { ArticleText } from "@/components/article-text";
import { JsonLd } from "@/components/json-ld";
import { PopularArticles } from "@/components/popular-articles";
import { ShareLinks } from "@/components/share-links";
import { ViewPixel } from "@/components/view-pixel";
import { getActiveAdSlot, type AdPlacement } from "@/lib/ads/slots";
import { listPopularArticles } from "@/lib/articles/popular";
import { isSponsored } from "@/lib/articles/kinds";
import { getPublishedArticle, listArticleLinks, listRelatedArticles, type PublishedArticle } from "@/lib/articles/public";
import { findArticleRedirect } from "@/lib/redirects";
import { parseParams, slugParam } from "@/lib/route-params";
import { absoluteUrl } from "@/lib/seo/absolute-url";
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";
import { articleMetadata, type ArticleSeoInput } from "@/lib/seo/metadata";
import type { ImageLike } from "@/lib/seo/share-image";
import { getCachedSiteSettings } from "@/lib/settings";
import { currentHour } from "@/lib/time";
import { articlePath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

// Everything an article page shows changes through a tag (lib/cache/tags.ts), Terpopuler and the
// common hashtags with the hour (`~hour`): the period is a safety net. A short one would re-render
// every article page a reader or a crawler reaches every few minutes, thousands on a real archive.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({ slug: slugParam });

/** The published article at this slug; a slug it used to have redirects to its current one. */
async function loadArticle(params: Props["params"]): Promise<PublishedArticle> {
  const parsed = parseParams(paramsSchema, await params);
  if (!parsed) notFound();
  const article = await getPublishedArticle(parsed.slug);
  if (article) return article;
  const to = await findArticleRedirect(parsed.slug);
  if (to) permanentRedirect(to);
  notFound();
}

/** The article as the SEO builders take it, and the body's own images (the featured photo is not repeated). */
function seoInput(article: PublishedArticle): { seo: ArticleSeoInput; bodyImages: ImageLike[] } {
  const image = article.image && { url: article.image.url, width: article.image.width, height: article.image.height, alt: article.image.alt };
  const bodyImages = article.bodyImages
    .filter((img) => img.src !== image?.url)
    .map((img) => ({ url: img.src, width: img.width, height: img.height, alt: img.alt }));
  return { seo: { ...article, image }, bodyImages };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  const article = await loadArticle(params);
  return articleMetadata(site, seoInput(article).seo);
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(params);
  // Sponsored content carries no other advertising (the layout leaves the leaderboard to this page).
  const adSlot = (placement: AdPlacement) => (isSponsored(article.kind) ? null : getActiveAdSlot(placement));
  const [bacaJuga, related, popular, site, leaderboardAd, sidebarAd, inArticleAd] = await Promise.all([
    listArticleLinks(article.bacaJugaIds),
    listRelatedArticles(article, 5),
    listPopularArticles(currentHour(), 5),
    getCachedSiteSettings(),
    adSlot("leaderboard"),
    adSlot("sidebar"),
    adSlot("in-article"),
  ]);
  const { seo, bodyImages } = seoInput(article);

  return (
    <>
      <AdSlot slot={leaderboardAd} className="mb-6" />
      <div className="grid gap-10 lg:grid-cols-3">
        <JsonLd data={[newsArticleJsonLd(site, seo, bodyImages), articleBreadcrumbJsonLd(site, seo)]} />
        <article className="lg:col-span-2">
          <ArticleHeading article={article} />
          <ArticleText
            article={article}
            bacaJuga={bacaJuga}
            afterParagraph={inArticleAd ? { paragraph: inArticleAd.position ?? 1, content: <AdSlot slot={inArticleAd} /> } : undefined}
          />
          <ShareLinks url={absoluteUrl(site.url, articlePath(article.slug))} title={article.title} />
          <ViewPixel articleId={article.id} />
        </article>
        <aside aria-label="Berita lain" className="space-y-8">
          <AdSlot slot={sidebarAd} />
          {related.length > 0 && (
            <section aria-labelledby="berita-terkait">
              <h2 id="berita-terkait" className="border-b-2 border-brand pb-1 text-xl font-bold">
                Berita Terkait
              </h2>
              <ArticleList articles={related} headingLevel={3} withImages={false} />
            </section>
          )}
          <PopularArticles articles={popular} />
        </aside>
      </div>
    </>
  );
}
