import type { ReactNode } from "react";
import { ArticleBody } from "@/components/article-body";
import { ArticleCorrections } from "@/components/article-corrections";
import { ArticleCredits } from "@/components/article-credits";
import { HashtagLinks } from "@/components/hashtag-links";
import { LiveReport } from "@/components/live-report";
import { isSponsored, leadMediaIndex } from "@/lib/articles/kinds";
import { bodyImageMap, type ArticleLink, type PublishedArticle } from "@/lib/articles/public";
import { formatWibDate } from "@/lib/time";

/** The article's body with its dateline, a Live story's entries, then its credits, its Koreksi notes and hashtags: the public page and the newsroom preview. */
export function ArticleText({
  article,
  bacaJuga,
  afterParagraph,
}: {
  article: PublishedArticle;
  bacaJuga: ArticleLink[];
  /** The in-article ad (public page only). */
  afterParagraph?: { paragraph: number; content: ReactNode };
}) {
  const dateline = article.datelinePlace ? `${article.datelinePlace}, ${formatWibDate(article.publishedAt)}` : undefined;
  const related = new Map(bacaJuga.map((link) => [link.id, link]));
  const images = bodyImageMap(article);
  return (
    <>
      <div className="mt-6">
        <ArticleBody
          body={article.body}
          related={related}
          images={images}
          dateline={dateline}
          sponsored={isSponsored(article.kind)}
          afterParagraph={afterParagraph}
          omitBlock={leadMediaIndex(article.kind, article.body)}
        />
      </div>
      {article.live && <LiveReport report={article.live} related={related} images={images} />}
      <ArticleCredits credits={article.credits} />
      <ArticleCorrections corrections={article.corrections} />
      <HashtagLinks hashtags={article.hashtags} />
    </>
  );
}
