import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article-body";
import { ArticleCredits } from "@/components/article-credits";
import { HashtagLinks } from "@/components/hashtag-links";
import { getPublishedArticle } from "@/lib/articles/public";
import { isValidSlug } from "@/lib/text/slug";
import { formatWibDate, formatWibDateTime } from "@/lib/time";
import { categoryPath } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

function loadArticle(slug: string) {
  const article = isValidSlug(slug) ? getPublishedArticle(slug) : null;
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = loadArticle((await params).slug);
  return { title: article.title, description: article.dek ?? undefined };
}

export default async function ArticlePage({ params }: Props) {
  const article = loadArticle((await params).slug);
  const dateline = article.datelinePlace ? `${article.datelinePlace}, ${formatWibDate(article.publishedAt)}` : undefined;

  return (
    <article className="mx-auto max-w-3xl">
      {article.category && (
        <p className="text-sm font-semibold uppercase tracking-wide text-brand">
          <Link href={categoryPath(article.category.slug)}>{article.category.name}</Link>
        </p>
      )}
      <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      {article.dek && <p className="mt-3 text-lg text-neutral-700">{article.dek}</p>}
      <p className="mt-3 text-sm text-neutral-600">
        <time dateTime={new Date(article.publishedAt).toISOString()}>{formatWibDateTime(article.publishedAt)}</time>
      </p>
      {article.image && (
        <figure className="mt-5">
          <Image
            src={article.image.url}
            alt={article.image.alt}
            width={article.image.width}
            height={article.image.height}
            sizes="(min-width: 768px) 768px, 100vw"
            priority
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
        <ArticleBody body={article.body} related={article.related} images={article.bodyImages} dateline={dateline} />
      </div>
      <ArticleCredits credits={article.credits} />
      <HashtagLinks hashtags={article.hashtags} />
    </article>
  );
}
