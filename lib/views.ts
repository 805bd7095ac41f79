import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { wibDay } from "@/lib/time";

// Most-read counting. Article pages are served whole from the cache, so they cannot count their
// own views: each one loads a 1x1 pixel (/api/views/<id>) that lands here. Counts gather in memory
// and reach article_views (one row per article per WIB day) in one transaction every few seconds
// and when the process exits: no SQLite write on the request path.

const FLUSH_INTERVAL_MS = 5_000;
/** Distinct (article, day) pairs held between flushes; past this, views are dropped rather than memory (ids are reader input). */
const MAX_PENDING = 10_000;
/** Three parameters a row, well under SQLite's limit of 32 766 per statement. */
const ROWS_PER_STATEMENT = 500;

// Crawlers, link previewers, monitors and HTTP libraries (an empty user agent counts as one too).
const BOT_USER_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|embedly|whatsapp|skypeuripreview|vkshare|headlesschrome|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|curl\/|wget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|java\/|okhttp|apache-httpclient|node-fetch|undici|axios\/|libwww-perl|ruby|scrapy|feedfetcher|feedburner|mediapartners-google|adsbot-google|google-inspectiontool|google-read-aloud|yandex|baiduspider|duckduckgo|sogou|exabot|ia_archiver|petalbot|ahrefs|semrush|mj12bot|dotbot|bytespider|gptbot|ccbot|claudebot|anthropic-ai|perplexity/i;

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent?.trim() || BOT_USER_AGENT.test(userAgent);
}

const pending = new Map<string, { articleId: number; day: string; views: number }>();
let flushing: NodeJS.Timeout | undefined;

/** Counts one view of an article (unless from a bot); returns whether it was counted. */
export function recordView(articleId: number, userAgent: string | null, now = Date.now()): boolean {
  if (isBot(userAgent)) return false;
  const day = wibDay(now);
  const key = `${articleId}:${day}`;
  const entry = pending.get(key);
  if (entry) entry.views++;
  else if (pending.size < MAX_PENDING) pending.set(key, { articleId, day, views: 1 });
  else return false;
  startFlushing();
  return true;
}

/**
 * Writes the buffered counts in one transaction and returns how many (article, day) rows it
 * touched. Ids that are unknown or not published are dropped here, by the insert's own select,
 * so counting never needs a read on the request path either.
 */
export function flushViews(): number {
  if (pending.size === 0) return 0;
  const batch = [...pending.values()];
  pending.clear();
  try {
    return getDb().transaction((tx) => {
      let written = 0;
      for (let start = 0; start < batch.length; start += ROWS_PER_STATEMENT) {
        const rows = batch.slice(start, start + ROWS_PER_STATEMENT).map(({ articleId, day, views }) => sql`(${articleId}, ${day}, ${views})`);
        // "where true" tells SQLite's parser that the ON after the join's is the upsert's.
        written += tx.run(sql`with counted (article_id, day, views) as (values ${sql.join(rows, sql`, `)})
          insert into article_views (article_id, day, views)
          select counted.article_id, counted.day, counted.views from counted
          join articles on articles.id = counted.article_id and articles.status = 'published'
          where true
          on conflict (article_id, day) do update set views = views + excluded.views`).changes;
      }
      return written;
    });
  } catch (error) {
    // Keep the counts for the next attempt (a busy database); the pending cap still bounds memory.
    for (const entry of batch) {
      const key = `${entry.articleId}:${entry.day}`;
      const held = pending.get(key);
      if (held) held.views += entry.views;
      else if (pending.size < MAX_PENDING) pending.set(key, entry);
    }
    console.error("Could not save article views:", error);
    return 0;
  }
}

function startFlushing() {
  if (flushing) return;
  flushing = setInterval(flushViews, FLUSH_INTERVAL_MS);
  flushing.unref();
  // better-sqlite3 is synchronous, so the last counts can still be written while the process exits.
  process.once("exit", flushViews);
  process.once("SIGTERM", () => {
    flushViews();
    // Alone on SIGTERM, this listener replaced Node's default of exiting: exit as the signal would.
    if (process.listenerCount("SIGTERM") === 0) process.exit(143);
  });
}
