import { createHmac, randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { articles } from "@/db/schema";
import { isServerProcessOfCluster, tellPrimary } from "@/lib/cluster";
import { wibDay } from "@/lib/time";

// Most-read counting. Article pages are served whole from the cache, so they cannot count their
// own views: each one loads a 1x1 pixel (/api/views/<id>) that lands here. A view counts once per
// client (address and browser) per article per clock hour, and only for a published article.
// Counts gather in memory and reach article_views (one row per article per WIB day) in one
// transaction every few seconds and when the process exits: no SQLite write on the request path.

const FLUSH_INTERVAL_MS = 5_000;
/** Distinct (article, day) pairs held between flushes; past this, views are dropped rather than memory. */
const MAX_PENDING = 10_000;
/** How long an id's published-or-not answer is trusted before the database is asked again. */
const PUBLISHED_CHECK_TTL_MS = 60_000;
/** Ids whose answer is remembered (ids are reader input); the oldest answers go first. */
const MAX_CHECKED_IDS = 20_000;
/** Clients remembered per hour; past this the oldest is forgotten (and could count again that hour). */
export const MAX_CLIENTS_PER_HOUR = 100_000;
/** Three parameters a row, well under SQLite's limit of 32 766 per statement. */
const ROWS_PER_STATEMENT = 500;

// Crawlers, link previewers, monitors and HTTP libraries (an empty user agent counts as one too).
const BOT_USER_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|facebookcatalog|embedly|whatsapp|skypeuripreview|vkshare|headlesschrome|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|gtmetrix|pingdom|uptime|monitor|curl\/|wget\/|python-requests|python-urllib|aiohttp|httpx|go-http-client|java\/|okhttp|apache-httpclient|node-fetch|undici|axios\/|libwww-perl|ruby|scrapy|feedfetcher|feedburner|mediapartners-google|adsbot-google|google-inspectiontool|google-read-aloud|yandex|baiduspider|duckduckgo|sogou|exabot|ia_archiver|petalbot|ahrefs|semrush|mj12bot|dotbot|bytespider|gptbot|ccbot|claudebot|anthropic-ai|perplexity/i;

export function isBot(userAgent: string | null | undefined): boolean {
  return !userAgent?.trim() || BOT_USER_AGENT.test(userAgent);
}

const checkedIds = new Map<number, { published: boolean; checkedAt: number }>();

function preparePublishedCheck(db: Database) {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, sql.placeholder("id")), eq(articles.status, "published")))
    .prepare();
}
// Prepared once per database: building the query anew costs far more than running it.
const publishedChecks = new WeakMap<Database, ReturnType<typeof preparePublishedCheck>>();

function isPublishedArticle(articleId: number, now: number): boolean {
  const checked = checkedIds.get(articleId);
  if (checked && now - checked.checkedAt < PUBLISHED_CHECK_TTL_MS) return checked.published;
  const db = getDb();
  let publishedCheck = publishedChecks.get(db);
  if (!publishedCheck) publishedChecks.set(db, (publishedCheck = preparePublishedCheck(db)));
  const published = !!publishedCheck.get({ id: articleId });
  checkedIds.delete(articleId);
  checkedIds.set(articleId, { published, checkedAt: now });
  if (checkedIds.size > MAX_CHECKED_IDS) checkedIds.delete(checkedIds.keys().next().value!);
  return published;
}

// A keyed hash of who viewed what in which hour: a fixed size whatever the User-Agent's length, and
// no address kept in the clear. The key is new each process, so the hashes mean nothing elsewhere.
const clientKey = randomBytes(32);
const clientsThisHour = new Set<string>();
let currentHour = -1;

function isFirstViewThisHour(articleId: number, client: ViewClient, now: number): boolean {
  const hour = Math.floor(now / 3_600_000);
  if (hour !== currentHour) {
    clientsThisHour.clear();
    currentHour = hour;
  }
  const seen = createHmac("sha256", clientKey).update(JSON.stringify([articleId, client.address, client.userAgent])).digest().toString("base64url", 0, 16);
  if (clientsThisHour.has(seen)) return false;
  clientsThisHour.add(seen);
  if (clientsThisHour.size > MAX_CLIENTS_PER_HOUR) clientsThisHour.delete(clientsThisHour.values().next().value!);
  return true;
}

const pending = new Map<string, { articleId: number; day: string; views: number }>();
let flushing: NodeJS.Timeout | undefined;

export type ViewClient = { address: string; userAgent: string | null };

/**
 * A reader's view from the pixel route. In one of several server processes it goes to the primary
 * (lib/cluster.ts), which records it: one writer, and one memory of who was counted this hour.
 */
export function countView(articleId: number, client: ViewClient): void {
  if (isBot(client.userAgent)) return;
  if (isServerProcessOfCluster()) tellPrimary({ type: "portal:view", articleId, client, at: Date.now() });
  else recordView(articleId, client);
}

/**
 * Counts one view of a published article, unless this client was counted on it this hour or is a
 * bot; returns whether it was counted.
 */
export function recordView(articleId: number, client: ViewClient, now = Date.now()): boolean {
  if (isBot(client.userAgent) || !isPublishedArticle(articleId, now) || !isFirstViewThisHour(articleId, client, now)) return false;
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
 * touched. The insert's own select drops an article unpublished since its views were counted.
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
