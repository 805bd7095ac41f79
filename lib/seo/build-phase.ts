import { PHASE_PRODUCTION_BUILD } from "next/constants";

/**
 * True while `next build` runs.
 *
 * @NOTE Route handlers at fixed paths (/rss.xml, /sitemap.xml, /news-sitemap.xml, robots.txt, /ads.txt) that
 * export `revalidate` are prerendered by `next build`, and the build must never open the database
 * (caching-findings.md). So during the build they answer an empty placeholder instead. It is never
 * served: the page cache handler keeps entries in memory only, so after a start the first request
 * renders from the database and that answer is what gets cached. Routes with a dynamic segment
 * avoid the build with `generateStaticParams` returning [] instead.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
}
