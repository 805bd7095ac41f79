import Link from "next/link";
import type { SearchHit } from "@/lib/search";
import { articlePath } from "@/lib/urls";
import { HighlightedText } from "./highlighted-text";
import { Timestamp } from "./timestamp";

export function SearchResultList({ hits }: { hits: SearchHit[] }) {
  return (
    <ol className="divide-y divide-neutral-200">
      {hits.map((hit) => (
        <li key={hit.id} className="py-4">
          {hit.category && <p className="text-xs font-semibold uppercase tracking-wide text-brand">{hit.category.name}</p>}
          <h2 className="text-lg font-bold leading-snug">
            <Link href={articlePath(hit.slug)} prefetch={false} className="hover:underline">
              <HighlightedText text={hit.highlightedTitle} />
            </Link>
          </h2>
          {hit.excerpt && (
            <p className="mt-1 text-neutral-700">
              <HighlightedText text={hit.excerpt} />
            </p>
          )}
          <p className="mt-1 text-sm text-neutral-600">
            <Timestamp at={hit.publishedAt} />
          </p>
        </li>
      ))}
    </ol>
  );
}
