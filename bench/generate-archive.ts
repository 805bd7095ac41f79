import { existsSync, statSync } from "node:fs";
import { closeDatabase, getDb, migrateDatabase } from "@/db/client";
import { seedDatabase } from "@/lib/seed";
import { bodyToPlainText, paragraphsToBody, type PlainBodyBlock } from "@/lib/body/schema";
import { slugify } from "@/lib/text/slug";
import { wibDay } from "@/lib/time";
import { HashtagCatalogue } from "./archive/hashtags";
import { intBetween, pick, seededRandom, Zipf } from "./archive/random";
import { ArticleWriter, personName } from "./archive/text";
import { DESKS } from "./archive/vocabulary";

// Builds a benchmark database: the project's own migrations and seed, then N published articles
// bulk-inserted with raw prepared statements in large transactions (the article service would take
// hours at 1M: it validates, records revisions and updates FTS row by row).

const BATCH = 5_000;
const ARCHIVE_YEARS = 5;
const DAY_MS = 86_400_000;

export type ArchiveStats = {
  generatedArticles: number;
  publishedArticles: number;
  hashtags: number;
  seconds: { seed: number; insert: number; search: number; analyze: number; total: number };
};

type Log = (line: string) => void;

/** Size of a SQLite database on disk, WAL included. */
export function databaseBytes(path: string): number {
  return [path, `${path}-wal`].reduce((sum, file) => sum + (existsSync(file) ? statSync(file).size : 0), 0);
}

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Generates the archive into the database at DATABASE_PATH, which must not exist yet. */
export async function generateArchive({ articles: count, log, seed = 20250618 }: { articles: number; log: Log; seed?: number }): Promise<ArchiveStats> {
  const started = performance.now();
  const db = getDb();
  migrateDatabase(db);
  await seedDatabase({ log: (line) => log(`  seed: ${line}`) });
  const seeded = performance.now();
  const sqlite = db.$client;

  // Bulk-load settings for this connection only; the server opens its own with the project's pragmas.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -1000000");
  sqlite.pragma("temp_store = MEMORY");

  // Indexing FTS row by row through the insert trigger is several times slower than one rebuild at
  // the end. The triggers' SQL is taken from the database itself, so they come back exactly as the
  // migrations (0001 and any later one) left them.
  const searchTriggers = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' AND sql LIKE '%articles_search%'")
    .all() as { name: string; sql: string }[];
  for (const trigger of searchTriggers) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);

  const random = seededRandom(seed);
  const categoryIds = new Map((sqlite.prepare("SELECT slug, id FROM categories").all() as { slug: string; id: number }[]).map((c) => [c.slug, c.id]));
  const mediaIds = new Map((sqlite.prepare("SELECT url, id FROM media").all() as { url: string; id: number }[]).map((m) => [m.url, m.id]));
  const staff = new Map((sqlite.prepare("SELECT role, id FROM users").all() as { role: string; id: number }[]).map((u) => [u.role, u.id]));
  const usedSlugs = new Set((sqlite.prepare("SELECT slug FROM articles").all() as { slug: string }[]).map((a) => a.slug));

  const catalogue = new HashtagCatalogue(random, count);
  const insertHashtag = sqlite.prepare("INSERT INTO hashtags (name, slug) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = name RETURNING id");
  const hashtagIds = new Map<string, number>();
  sqlite.transaction(() => {
    for (const tag of catalogue.all) hashtagIds.set(tag.slug, (insertHashtag.get(tag.name, tag.slug) as { id: number }).id);
  })();

  const guestPewarta = new Zipf(uniqueNames(random, Math.min(400, Math.max(20, Math.round(count / 2500)))), 0.8);
  const guestEditors = uniqueNames(random, 12);
  const photographers = uniqueNames(random, 30);
  const weightedDesks = DESKS.flatMap((desk) => Array.from({ length: desk.weight }, () => desk));
  const writer = new ArticleWriter();

  const insertArticle = sqlite.prepare(
    `INSERT INTO articles (slug, title, dek, body, body_text, dateline_place, status, published_at, category_id,
       featured_media_id, author_id, version, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, 1, ?, ?)`,
  );
  const insertArticleHashtag = sqlite.prepare(
    "INSERT INTO article_hashtags (article_id, hashtag_id, position, status, published_at) VALUES (?, ?, ?, 'published', ?)",
  );
  const insertCredit = sqlite.prepare(
    "INSERT INTO article_credits (article_id, role, user_id, guest_name, position, status, published_at) VALUES (?, ?, ?, ?, ?, 'published', ?)",
  );

  const end = Date.now() - 10 * 60_000;
  const span = ARCHIVE_YEARS * 365 * DAY_MS;
  let firstId = 0;
  let lastId = 0;

  const insertOne = (index: number) => {
    const desk = pick(random, weightedDesks);
    const text = writer.write(random, desk);
    // Later articles sit closer together: a newsroom publishes more each year.
    const publishedAt = Math.round(end - span + span * Math.pow((index + 1) / count, 0.8));
    const updatedAt = random() < 0.1 ? Math.min(end, publishedAt + intBetween(random, 1, 48) * 3_600_000) : publishedAt;

    const blocks: PlainBodyBlock[] = text.paragraphs.map((paragraph) => ({ kind: "paragraph", text: paragraph }));
    if (lastId > firstId && random() < 0.25) {
      blocks.splice(Math.min(3, blocks.length), 0, { kind: "relatedArticle", articleId: intBetween(random, firstId, lastId), pendingTitle: null });
    }
    const body = paragraphsToBody(blocks);

    const pewartaRoll = random();
    const pewarta: { userId: number | null; guestName: string | null } =
      pewartaRoll < 0.15 ? { userId: staff.get("reporter")!, guestName: null }
      : pewartaRoll < 0.2 ? { userId: staff.get("contributor")!, guestName: null }
      : { userId: null, guestName: guestPewarta.draw(random) };
    const editor: { userId: number | null; guestName: string | null } | null =
      random() < 0.7 ? (random() < 0.4 ? { userId: staff.get("editor")!, guestName: null } : { userId: null, guestName: pick(random, guestEditors) }) : null;

    const slug = uniqueSlug(usedSlugs, slugify(text.title) || "artikel");
    const id = Number(
      insertArticle.run(
        slug,
        text.title,
        text.dek,
        JSON.stringify(body),
        bodyToPlainText(body),
        text.datelinePlace,
        publishedAt,
        categoryIds.get(desk.slug) ?? null,
        random() < 0.9 ? (mediaIds.get(`/demo/${desk.slug}.jpg`) ?? null) : null,
        pewarta.userId ?? editor?.userId ?? staff.get("editor")!,
        publishedAt,
        updatedAt,
      ).lastInsertRowid,
    );
    if (!firstId) firstId = id;
    lastId = id;

    catalogue.draw(random, desk.slug).forEach((tag, position) => insertArticleHashtag.run(id, hashtagIds.get(tag.slug)!, position, publishedAt));
    const credits: [string, { userId: number | null; guestName: string | null }][] = [["pewarta", pewarta]];
    if (editor) credits.push(["editor", editor]);
    if (random() < 0.1) credits.push(["fotografer", { userId: null, guestName: pick(random, photographers) }]);
    credits.forEach(([role, who], position) => insertCredit.run(id, role, who.userId, who.guestName, position, publishedAt));
  };

  let lastReport = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    const to = Math.min(count, from + BATCH);
    sqlite.transaction(() => {
      for (let index = from; index < to; index++) insertOne(index);
    })();
    // Lets a Ctrl-C be handled between batches rather than after the whole archive.
    await new Promise((resume) => setImmediate(resume));
    if (performance.now() - lastReport > 10_000 || to === count) {
      lastReport = performance.now();
      const elapsed = seconds(seeded);
      log(`  ${to.toLocaleString("en")} / ${count.toLocaleString("en")} articles (${Math.round(to / elapsed).toLocaleString("en")}/s)`);
    }
  }
  addRecentViews(sqlite, random, end);
  const inserted = performance.now();

  log("  indexing search (FTS5 rebuild)…");
  sqlite.exec("INSERT INTO articles_search(articles_search) VALUES('rebuild')");
  for (const trigger of searchTriggers) sqlite.exec(trigger.sql);
  const indexed = performance.now();

  log("  ANALYZE…");
  sqlite.exec("ANALYZE");
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  const analyzed = performance.now();

  const publishedArticles = (sqlite.prepare("SELECT count(*) AS n FROM articles WHERE status = 'published'").get() as { n: number }).n;
  closeDatabase();
  return {
    generatedArticles: count,
    publishedArticles,
    hashtags: catalogue.all.length,
    seconds: {
      seed: (seeded - started) / 1000,
      insert: (inserted - seeded) / 1000,
      search: (indexed - inserted) / 1000,
      analyze: (analyzed - indexed) / 1000,
      total: seconds(started),
    },
  };
}

function uniqueSlug(used: Set<string>, base: string): string {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

function uniqueNames(random: () => number, count: number): string[] {
  const names = new Set<string>();
  for (let attempts = 0; names.size < count && attempts < count * 50; attempts++) names.add(personName(random));
  return [...names];
}

/** Page views for the last week's articles, so "Terpopuler" has something to rank. */
function addRecentViews(sqlite: ReturnType<typeof getDb>["$client"], random: () => number, now: number) {
  const recent = sqlite
    .prepare("SELECT id, published_at AS publishedAt FROM articles WHERE status = 'published' AND published_at >= ?")
    .all(now - 7 * DAY_MS) as { id: number; publishedAt: number }[];
  const insertView = sqlite.prepare(
    "INSERT INTO article_views (article_id, day, views) VALUES (?, ?, ?) ON CONFLICT (article_id, day) DO UPDATE SET views = views + excluded.views",
  );
  sqlite.transaction(() => {
    for (const { id, publishedAt } of recent) {
      // Heavy-tailed: most articles get a few hundred views, a few get tens of thousands.
      const popularity = Math.floor(50 / Math.pow(random() + 0.001, 1.2));
      for (let day = publishedAt; day <= now; day += DAY_MS) {
        insertView.run(id, wibDay(day), Math.max(1, Math.round(popularity * (0.3 + random()))));
      }
    }
  })();
}
