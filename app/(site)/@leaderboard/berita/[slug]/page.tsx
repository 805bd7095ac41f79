import { z } from "zod";
import { leaderboardAd } from "@/components/ad-slot";
import { isSponsored } from "@/lib/articles/kinds";
import { getPublishedArticle } from "@/lib/articles/public";
import { parseParams, slugParam } from "@/lib/route-params";

// An article's leaderboard: none on sponsored content, which carries no other advertising. The
// article is the page's own cached read, so this costs nothing more.
export function generateStaticParams() {
  return [];
}

const paramsSchema = z.object({ slug: slugParam });

export default async function ArticleLeaderboard({ params }: { params: Promise<{ slug: string }> }) {
  const parsed = parseParams(paramsSchema, await params);
  const article = parsed && (await getPublishedArticle(parsed.slug));
  return article && isSponsored(article.kind) ? null : leaderboardAd();
}
