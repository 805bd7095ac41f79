import { getCategoryListing, getHashtagListing, listCategoryBlocks, listLatestArticles } from "@/lib/articles/listings";
import { listPopularArticles } from "@/lib/articles/popular";
import { getPublishedArticle, listRelatedArticles } from "@/lib/articles/public";
import { searchArticles, searchTerms } from "@/lib/search";
import type { BenchTargets } from "./targets";

// Server time of the reads behind each page, called in this process straight on the database
// (outside the Next server the cached reads go to SQLite directly). To time another read, add a
// line to the list.

export type QueryCase = { name: string; run: () => unknown };

export function queryCases({ article, hashtag, category, search }: BenchTargets): QueryCase[] {
  return [
    { name: "home: latest", run: () => listLatestArticles(10) },
    { name: "home: popular", run: () => listPopularArticles(Date.now(), 10) },
    { name: "home: category blocks", run: () => listCategoryBlocks(4) },
    { name: "article", run: () => getPublishedArticle(article.slug) },
    { name: "article: related", run: async () => listRelatedArticles((await getPublishedArticle(article.slug))!, 6) },
    { name: "hashtag p1", run: () => getHashtagListing(hashtag.slug, 1) },
    { name: `hashtag p${hashtag.deepPage}`, run: () => getHashtagListing(hashtag.slug, hashtag.deepPage) },
    { name: "category", run: () => getCategoryListing(category.slug, 1) },
    { name: "search", run: () => searchArticles(searchTerms(search.query), 1) },
  ];
}

export type QueryTiming = { name: string; medianMs: number | null; p95Ms: number | null; runs: number; error?: string };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function timeQueries(cases: QueryCase[], runs: number): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = [];
  for (const { name, run } of cases) {
    try {
      for (let i = 0; i < 3; i++) await run();
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await run();
        samples.push(performance.now() - started);
      }
      samples.sort((a, b) => a - b);
      timings.push({ name, medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), runs });
    } catch (error) {
      timings.push({ name, medianMs: null, p95Ms: null, runs: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return timings;
}
