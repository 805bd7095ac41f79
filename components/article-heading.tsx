import { Breadcrumb } from "@/components/breadcrumb";
import { FeaturedImage } from "@/components/featured-image";
import { KindLabel } from "@/components/kind-label";
import { Timestamp } from "@/components/timestamp";
import { BodyMedia } from "@/components/article-body";
import { isSponsored, leadMediaIndex } from "@/lib/articles/kinds";
import { bodyImageMap, type PublishedArticle } from "@/lib/articles/public";
import { categoryPath } from "@/lib/urls";

/** An article's top: section, headline, dek, times and featured photo (or lead media); the public page and the staff preview share it. */
export function ArticleHeading({ article }: { article: PublishedArticle }) {
  const lead = article.body.content[leadMediaIndex(article.kind, article.body)];
  return (
    <>
      {article.category && <Breadcrumb crumbs={[{ name: article.category.name, href: categoryPath(article.category.slug) }]} />}
      <KindLabel kind={article.kind} className="mt-3" />
      <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      {isSponsored(article.kind) && (
        <p className="mt-2 text-sm text-neutral-700">Konten ini adalah iklan (advertorial); bukan produk jurnalistik redaksi.</p>
      )}
      {article.dek && <p className="mt-3 text-lg text-neutral-700">{article.dek}</p>}
      <p className="mt-3 flex flex-wrap gap-x-3 text-sm text-neutral-600">
        <Timestamp at={article.publishedAt} />
        {article.updatedAt !== null && (
          <span>
            Diperbarui <Timestamp at={article.updatedAt} />
          </span>
        )}
      </p>
      {lead?.type === "embed" || lead?.type === "gallery" ? (
        <BodyMedia block={lead} images={bodyImageMap(article)} />
      ) : (
        article.image && <FeaturedImage image={article.image} />
      )}
    </>
  );
}
