import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/summaries";
import { KindLabel } from "./kind-label";
import { articlePath, popularPath } from "@/lib/urls";

/** The numbered Terpopuler box of the home and article pages. */
export function PopularArticles({ articles }: { articles: ArticleSummary[] }) {
  return (
    <section aria-labelledby="terpopuler" className="rounded border border-neutral-200 p-4">
      <h2 id="terpopuler" className="text-xl font-bold">
        <Link prefetch={false} href={popularPath()} className="hover:text-brand">
          Terpopuler
        </Link>
      </h2>
      {articles.length === 0 ? (
        <p className="mt-2 text-sm text-neutral-600">Belum ada berita yang banyak dibaca minggu ini.</p>
      ) : (
        <ol className="mt-2 divide-y divide-neutral-200">
          {articles.map((article, index) => (
            <li key={article.id} className="flex gap-3 py-3">
              <span aria-hidden className="text-2xl font-extrabold leading-none text-brand">
                {index + 1}
              </span>
              <h3 className="font-semibold leading-snug">
                <KindLabel kind={article.kind} className="mr-2 align-middle" />
                <Link href={articlePath(article.slug)} prefetch={false} className="hover:underline">
                  {article.title}
                </Link>
              </h3>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
