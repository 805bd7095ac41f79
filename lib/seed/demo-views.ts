import { wibDay } from "@/lib/time";

// A week of reading for a new demo site, so Terpopuler has something to show before anyone reads.
// Fewer than a page of articles are read (the rest of the list fills as readers arrive), and the
// same articles get the same counts on every run.

const DAY_MS = 24 * 60 * 60 * 1000;

/** How many demo articles were read: fewer than one /terpopuler page. */
export const DEMO_READ_ARTICLES = 12;

/** The share of an article's best day read on each day before today (today first): news ages fast. */
const DAY_SHARES = [1, 0.8, 0.5, 0.35, 0.25, 0.2, 0.15];
const TOP_DAY_VIEWS = 900;

export type DemoViews = { articleId: number; day: string; views: number };

/**
 * Views per WIB day for the week before `now`, most read first as given; none before an article
 * was published.
 */
export function demoViews(readArticles: { id: number; publishedAt: number }[], now: number): DemoViews[] {
  return readArticles.slice(0, DEMO_READ_ARTICLES).flatMap((article, rank) =>
    DAY_SHARES.flatMap((share, daysAgo) => {
      const day = wibDay(now - daysAgo * DAY_MS);
      if (day < wibDay(article.publishedAt)) return [];
      return [{ articleId: article.id, day, views: Math.max(1, Math.round((TOP_DAY_VIEWS / (rank + 1)) * share)) }];
    }),
  );
}
