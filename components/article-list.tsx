import Image from "next/image";
import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/public";
import { formatWibDateTime } from "@/lib/time";
import { articlePath } from "@/lib/urls";

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="divide-y divide-neutral-200">
      {articles.map((article) => (
        <li key={article.id} className="flex gap-4 py-4">
          {article.imageUrl && (
            <Image
              src={article.imageUrl}
              alt={article.imageAlt ?? ""}
              width={160}
              height={90}
              sizes="(min-width: 640px) 160px, 112px"
              className="h-[63px] w-28 shrink-0 rounded object-cover sm:h-[90px] sm:w-40"
            />
          )}
          <div>
            {article.categoryName && (
              <p className="text-xs font-semibold uppercase tracking-wide text-brand">{article.categoryName}</p>
            )}
            <h2 className="text-lg font-bold leading-snug">
              <Link href={articlePath(article.slug)} className="hover:underline">
                {article.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-neutral-600">
              <time dateTime={new Date(article.publishedAt).toISOString()}>{formatWibDateTime(article.publishedAt)}</time>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
