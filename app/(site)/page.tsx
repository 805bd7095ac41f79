import { ArticleList } from "@/components/article-list";
import { listLatestArticles } from "@/lib/articles/public";

export default function HomePage() {
  const latest = listLatestArticles();
  return (
    <section aria-labelledby="terkini">
      <h1 id="terkini" className="mb-2 text-2xl font-bold">
        Berita Terkini
      </h1>
      <ArticleList articles={latest} />
    </section>
  );
}
