import Image from "next/image";
import Link from "next/link";
import { Fragment } from "react";
import type { ActiveAdSlot } from "@/lib/ads/slots";
import type { ArticleSummary } from "@/lib/articles/summaries";
import { articlePath } from "@/lib/urls";
import { AdSlot } from "./ad-slot";
import { KindLabel } from "./kind-label";
import { Timestamp } from "./timestamp";

/** A list of articles with thumbnail, category, title and time. `headingLevel` keeps headings in order where the list sits. */
export function ArticleList({
  articles,
  headingLevel = 2,
  withImages = true,
  ad = null,
}: {
  articles: ArticleSummary[];
  headingLevel?: 2 | 3;
  /** Off in narrow columns (the article page's sidebar). */
  withImages?: boolean;
  /** The listing ad, between items after every `ad.position` of them (never after the last). */
  ad?: ActiveAdSlot | null;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const adEvery = ad?.position ?? 0;
  return (
    <ul className="divide-y divide-neutral-200">
      {articles.map((article, index) => (
        <Fragment key={article.id}>
          <li className="flex gap-4 py-4">
            {withImages && article.image && (
              // No `sizes`: a thumbnail of fixed width needs a 1x and a 2x file, not next/image's
              // full 16-width srcset (about 1 KB of HTML per card, 40 cards on the home page).
              <Image
                src={article.image.url}
                alt={article.image.alt}
                width={160}
                height={90}
                className="h-[63px] w-28 shrink-0 rounded object-cover sm:h-[90px] sm:w-40"
              />
            )}
            <div className="min-w-0">
              {article.category && (
                <p className="text-xs font-semibold uppercase tracking-wide text-brand">{article.category.name}</p>
              )}
              <Heading className="text-lg font-bold leading-snug">
                <KindLabel kind={article.kind} className="mr-2 align-middle" />
                <Link href={articlePath(article.slug)} prefetch={false} className="hover:underline">
                  {article.title}
                </Link>
              </Heading>
              <p className="mt-1 text-sm text-neutral-600">
                <Timestamp at={article.publishedAt} />
              </p>
            </div>
          </li>
          {adEvery > 0 && (index + 1) % adEvery === 0 && index + 1 < articles.length && (
            <li className="py-4">
              <AdSlot slot={ad} />
            </li>
          )}
        </Fragment>
      ))}
    </ul>
  );
}
