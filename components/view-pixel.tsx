import { articleViewPixelPath } from "@/lib/urls";

/** Counts a view of a page served from the cache: the browser fetches the pixel, the route counts it (lib/views/index.ts). */
export function ViewPixel({ articleId }: { articleId: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a counting pixel, not content: next/image would only add weight
    <img src={articleViewPixelPath(articleId)} alt="" width={1} height={1} aria-hidden className="absolute h-px w-px opacity-0" />
  );
}
