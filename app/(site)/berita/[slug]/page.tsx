import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleBody } from "@/components/article-body";
import { ArticleCredits } from "@/components/article-credits";
import { ArticleList } from "@/components/article-list";
import { Breadcrumb } from "@/components/breadcrumb";
import { HashtagLinks } from "@/components/hashtag-links";
import { PopularArticles } from "@/components/popular-articles";
import { ShareLinks } from "@/components/share-links";
import { Timestamp } from "@/components/timestamp";
import { ViewPixel } from "@/components/view-pixel";
import { listPopularArticles } from "@/lib/articles/popular";
import { getPublishedArticle, listArticleLinks, listRelatedArticles } from "@/lib/articles/public";
import { parseParams, slugParam } from "@/lib/route-params";
import { absoluteUrl } from "@/lib/seo/absolute-url";
import { getCachedSiteSettings } from "@/lib/settings";
import { currentHour, formatWibDate } from "@/lib/time";
import { articlePath, categoryPath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({ slug: slugParam });

async function loadArticle(params: Props["params"]) {
  const parsed = parseParams(paramsSchema, await params);
  const article = parsed && (await getPublishedArticle(parsed.slug));
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  return { title: article.title, description: article.dek ?? undefined, alternates: { canonical: articlePath(article.slug) } };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(params);
  const [bacaJuga, related, popular, site] = await Promise.all([
    listArticleLinks(article.bacaJugaIds),
    listRelatedArticles(article.id, 5),
    listPopularArticles(currentHour(), 5),
    getCachedSiteSettings(),
  ]);
  const dateline = article.datelinePlace ? `${article.datelinePlace}, ${formatWibDate(article.publishedAt)}` : undefined;

  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <article className="lg:col-span-2">
        {article.category && <Breadcrumb crumbs={[{ name: article.category.name, href: categoryPath(article.category.slug) }]} />}
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        {article.dek && <p className="mt-3 text-lg text-neutral-700">{article.dek}</p>}
        <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-neutral-600">
          <Timestamp at={article.publishedAt} />
          {article.updatedAt !== null && (
            <span>
              Diperbarui <Timestamp at={article.updatedAt} />
            </span>
          )}
        </p>
        {article.image && (
          <figure className="mt-5">
            <Image
              src={article.image.url}
              alt={article.image.alt}
              width={article.image.width}
              height={article.image.height}
              sizes="(min-width: 1024px) 640px, 100vw"
              preload
              className="h-auto w-full rounded"
            />
            {(article.image.caption || article.image.credit) && (
              <figcaption className="mt-2 text-sm text-neutral-600">
                {article.image.caption}
                {article.image.credit && <span> (Foto: {article.image.credit})</span>}
              </figcaption>
            )}
          </figure>
        )}
        <div className="mt-6">
          <ArticleBody
            body={article.body}
            related={new Map(bacaJuga.map((link) => [link.id, link]))}
            images={new Map(article.bodyImages.map((image) => [image.id, image]))}
            dateline={dateline}
          />
        </div>
        <ArticleCredits credits={article.credits} />
        <HashtagLinks hashtags={article.hashtags} />
        <ShareLinks url={absoluteUrl(site.url, articlePath(article.slug))} title={article.title} />
        <ViewPixel articleId={article.id} />
      </article>
      <aside aria-label="Berita lain" className="space-y-8">
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
  );
}
