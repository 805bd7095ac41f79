import Link from "next/link";
import type { TrendingHashtag } from "@/lib/articles/trending";
import { hashtagPath } from "@/lib/urls";

export function TrendingHashtags({ hashtags }: { hashtags: TrendingHashtag[] }) {
  if (hashtags.length === 0) return null;
  return (
    <section aria-labelledby="tagar-populer" className="rounded border border-neutral-200 p-4">
      <h2 id="tagar-populer" className="text-xl font-bold">
        Tagar Populer
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {hashtags.map((tag) => (
          <li key={tag.slug}>
            <Link
              href={hashtagPath(tag.slug)}
              prefetch={false}
              className="inline-block rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-800 hover:bg-neutral-200"
            >
              #{tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
