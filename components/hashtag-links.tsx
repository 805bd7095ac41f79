import Link from "next/link";
import { hashtagPath } from "@/lib/urls";

export function HashtagLinks({ hashtags }: { hashtags: { name: string; slug: string }[] }) {
  if (hashtags.length === 0) return null;
  return (
    <nav aria-label="Tagar" className="mt-6">
      <ul className="flex flex-wrap gap-2">
        {hashtags.map((tag) => (
          <li key={tag.slug}>
            <Link
              prefetch={false}
              href={hashtagPath(tag.slug)}
              className="inline-block rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-800 hover:bg-neutral-200"
            >
              #{tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
