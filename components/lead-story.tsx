import Image from "next/image";
import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/summaries";
import { articlePath } from "@/lib/urls";
import { KindLabel } from "./kind-label";
import { Timestamp } from "./timestamp";

/** The home page's top story: the newest article, with its image large. */
export function LeadStory({ article }: { article: ArticleSummary }) {
  return (
    <article className="grid gap-4 md:grid-cols-5">
      {article.image && (
        <Image
          src={article.image.url}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          sizes="(min-width: 1024px) 600px, (min-width: 768px) 60vw, 100vw"
          preload
          className="h-auto w-full rounded md:col-span-3"
        />
      )}
      <div className="md:col-span-2">
        {article.category && <p className="text-sm font-semibold uppercase tracking-wide text-brand">{article.category.name}</p>}
        <h2 className="mt-1 font-serif text-2xl font-bold leading-tight sm:text-3xl">
          <KindLabel kind={article.kind} className="mr-2 align-middle font-sans" />
          <Link href={articlePath(article.slug)} prefetch={false} className="hover:underline">
            {article.title}
          </Link>
        </h2>
        {article.dek && <p className="mt-3 text-neutral-700">{article.dek}</p>}
        <p className="mt-3 text-sm text-neutral-600">
          <Timestamp at={article.publishedAt} />
        </p>
      </div>
    </article>
  );
}
