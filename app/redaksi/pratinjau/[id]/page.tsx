import type { Metadata } from "next";
import { ArticleHeading } from "@/components/article-heading";
import { ArticleText } from "@/components/article-text";
import { SiteFrame } from "@/components/site-frame";
import { listArticleLinks, presentArticle } from "@/lib/articles/public";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getNewsroomArticle } from "@/lib/articles/newsroom";
import { recordIdParam } from "@/lib/route-params";

export const metadata: Metadata = { title: "Pratinjau" };

// How the article will read on the public site, drawn with the public components inside the public
// frame; the newsroom layout keeps it uncached and unindexed. The preview page shows it in an iframe.
export default async function ArticlePreviewFramePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = await recordIdParam(params);
  const stored = readForPage(() => getNewsroomArticle(user, id));
  const article = presentArticle({ ...stored, publishedAt: stored.publishedAt ?? stored.scheduledAt ?? stored.updatedAt });
  const bacaJuga = await listArticleLinks(article.bacaJugaIds);

  return (
    <SiteFrame>
      <article className="max-w-2xl">
        <ArticleHeading article={article} />
        <ArticleText article={article} bacaJuga={bacaJuga} />
      </article>
    </SiteFrame>
  );
}
