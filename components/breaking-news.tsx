import Link from "next/link";
import type { BreakingNews } from "@/lib/articles/front-page";
import { articlePath } from "@/lib/urls";

/** The breaking-news strip under the header, while an editor keeps it on. */
export function BreakingNewsStrip({ breaking }: { breaking: BreakingNews }) {
  return (
    <section aria-label={breaking.label} className="bg-red-800 text-white">
      <p className="mx-auto flex w-full max-w-5xl flex-wrap items-baseline gap-x-3 px-4 py-2">
        <strong className="shrink-0 rounded bg-white px-1.5 text-xs font-extrabold uppercase tracking-wide text-red-800">{breaking.label}</strong>
        <Link prefetch={false} href={articlePath(breaking.article.slug)} className="font-semibold underline-offset-2 hover:underline focus-visible:underline">
          {breaking.article.title}
        </Link>
      </p>
    </section>
  );
}
