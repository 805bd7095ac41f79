import { listLatestArticles } from "@/lib/articles/listings";
import { articlePath } from "@/lib/urls";

// The latest headlines for the error pages, which are client components and cannot read them.
export async function GET() {
  const articles = (await listLatestArticles(5)).map((article) => ({ title: article.title, href: articlePath(article.slug) }));
  return Response.json({ articles }, { headers: { "Cache-Control": "public, max-age=60" } });
}
