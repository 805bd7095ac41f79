import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleText } from "@/components/article-text";
import { FeaturedImage } from "@/components/featured-image";
import { Timestamp } from "@/components/timestamp";
import { listArticleLinks, presentArticle } from "@/lib/articles/public";
import { readForPage, requireUser } from "@/lib/auth/request";
import { getNewsroomArticle } from "@/lib/newsroom/articles";
import { idField } from "@/lib/newsroom/form-fields";
import { newsroomArticlePath } from "@/lib/newsroom/paths";

export const metadata: Metadata = { title: "Pratinjau" };

// How the article will read on the public site, drawn with the public components; the newsroom
// layout keeps it uncached and unindexed.
export default async function ArticlePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  const stored = readForPage(() => getNewsroomArticle(user, id.data));
  const article = presentArticle({ ...stored, publishedAt: stored.publishedAt ?? stored.scheduledAt ?? stored.updatedAt });
  const bacaJuga = await listArticleLinks(article.bacaJugaIds);

  return (
    <div className="space-y-4">
      <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm" role="note">
        Pratinjau ({stored.state === "published" ? "versi tersimpan" : "belum terbit"}).{" "}
        <Link href={newsroomArticlePath(stored.id)} className="underline">Kembali ke editor</Link>
      </p>
      <article className="mx-auto max-w-2xl bg-white p-4">
        {article.category && <p className="text-sm font-semibold text-neutral-600">{article.category.name}</p>}
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
        {article.dek && <p className="mt-3 text-lg text-neutral-700">{article.dek}</p>}
        <p className="mt-3 text-sm text-neutral-600">
          <Timestamp at={article.publishedAt} />
        </p>
        {article.image && <FeaturedImage image={article.image} />}
        <ArticleText article={article} bacaJuga={bacaJuga} />
      </article>
    </div>
  );
}
