import { readFileSync, statSync } from "node:fs";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PAGE_CACHE_BYTES, WAL_SIZE_LIMIT_BYTES, closeDatabase, getDb, migrateDatabase } from "./client";
import { openFreshDatabase } from "./testing";

const names = (type: string) =>
  getDb()
    .$client.prepare("select name from sqlite_master where type = ? and name not like 'sqlite_%' order by name")
    .pluck()
    .all(type) as string[];

describe("database setup on a fresh file", () => {
  beforeAll(() => openFreshDatabase());
  afterAll(() => closeDatabase());

  it("creates every table of the data model, the search index and the listing indexes", () => {
    expect(names("table")).toEqual(
      expect.arrayContaining([
        "users", "sessions", "categories", "hashtags", "media", "articles", "article_credits", "article_hashtags",
        "article_revisions", "redirects", "article_views", "audit_log", "settings", "articles_search",
      ]),
    );
    expect(names("index")).toEqual(
      expect.arrayContaining([
        "articles_status_published_idx", "articles_category_published_idx", "article_hashtags_listing_idx", "article_credits_listing_idx",
      ]),
    );
  });

  it("turns on WAL with a sync on every commit, foreign keys, a busy timeout and a 64 MB page cache", () => {
    const client = getDb().$client;
    expect(client.pragma("cache_size", { simple: true })).toBe(-PAGE_CACHE_BYTES / 1024); // negative: KiB
    expect(client.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(client.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(client.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(client.pragma("busy_timeout", { simple: true })).toBeGreaterThan(0);
  });

  it("applies migrations idempotently", () => {
    expect(() => migrateDatabase()).not.toThrow();
    const journal = JSON.parse(readFileSync("db/migrations/meta/_journal.json", "utf8")) as { entries: unknown[] };
    expect(getDb().$client.prepare("select count(*) from __drizzle_migrations").pluck().get()).toBe(journal.entries.length);
  });

  it("keeps the search index in step with inserts, edits and deletes of articles", () => {
    const client = getDb().$client;
    const insert = client.prepare(
      "insert into articles (slug, title, body, body_text, status, updated_at) values (?, ?, '{}', ?, 'draft', 0) returning id",
    );
    const { id } = insert.get("uji-fts", "Gempa di Cianjur", "Warga mengungsi ke tenda darurat.") as { id: number };
    const search = (q: string) => client.prepare("select rowid from articles_search where articles_search match ?").pluck().all(q);
    expect(search("tenda")).toEqual([id]);
    client.prepare("update articles set body_text = 'Bantuan logistik tiba.' where id = ?").run(id);
    expect(search("tenda")).toEqual([]);
    expect(search("logistik")).toEqual([id]);
    client.prepare("delete from articles where id = ?").run(id);
    expect(search("logistik")).toEqual([]);
  });

  it("copies an article's status and publish time onto its hashtag and credit rows when they change", () => {
    const client = getDb().$client;
    const { id } = client
      .prepare("insert into articles (slug, title, body, status, updated_at) values ('uji-salin', 'Uji', '{}', 'draft', 0) returning id")
      .get() as { id: number };
    const tag = client.prepare("insert into hashtags (name, slug) values ('uji', 'uji') returning id").get() as { id: number };
    client.prepare("insert into article_hashtags (article_id, hashtag_id, status) values (?, ?, 'draft')").run(id, tag.id);
    client.prepare("insert into article_credits (article_id, role, guest_name, status) values (?, 'pewarta', 'Tamu', 'draft')").run(id);
    client.prepare("update articles set status = 'published', published_at = 123 where id = ?").run(id);
    expect(client.prepare("select status, published_at from article_hashtags where article_id = ?").get(id)).toEqual({ status: "published", published_at: 123 });
    expect(client.prepare("select status, published_at from article_credits where article_id = ?").get(id)).toEqual({ status: "published", published_at: 123 });
  });
});

describe("durability with other connections on the same file", () => {
  afterAll(() => closeDatabase());

  it("lets a transaction that reads, then writes after another connection's commit attempt, finish instead of failing with SQLITE_BUSY_SNAPSHOT", () => {
    const path = openFreshDatabase();
    getDb().run(sql`create table probe (writer text)`);
    const other = new BetterSqlite3(path, { timeout: 0 });
    const writeFromOther = () => other.prepare("insert into probe values ('other')").run();
    let otherRefusedWith: string | undefined;
    getDb().transaction((tx) => {
      tx.all(sql`select count(*) from probe`);
      try {
        writeFromOther();
      } catch (error) {
        otherRefusedWith = (error as { code?: string }).code;
      }
      tx.run(sql`insert into probe values ('app')`);
    });
    expect(otherRefusedWith).toBe("SQLITE_BUSY");
    writeFromOther();
    expect(getDb().$client.prepare("select writer from probe order by rowid").pluck().all()).toEqual(["app", "other"]);
    other.close();
  });

  it("cuts the WAL file back to its limit once a long-open reader has finished and a checkpoint ran", () => {
    const path = openFreshDatabase();
    const client = getDb().$client;
    client.exec("create table probe (data blob)");
    const walBytes = () => statSync(`${path}-wal`).size;
    const reader = new BetterSqlite3(path);
    reader.exec("begin");
    reader.prepare("select count(*) from probe").get();
    const insertMegabyte = client.prepare("insert into probe values (randomblob(1048576))");
    for (let i = 0; i < WAL_SIZE_LIMIT_BYTES / 1048576 + 4; i++) insertMegabyte.run();
    expect(walBytes()).toBeGreaterThan(WAL_SIZE_LIMIT_BYTES);

    reader.exec("commit");
    reader.close();
    insertMegabyte.run(); // its automatic checkpoint copies the whole WAL into the database now
    insertMegabyte.run(); // so this write starts the WAL over, and its commit cuts the file
    expect(walBytes()).toBeLessThanOrEqual(WAL_SIZE_LIMIT_BYTES);
  });
});

describe("one connection per process, however many copies of this module are loaded", () => {
  afterAll(() => closeDatabase());

  // Next loads a copy of db/client per layer (pages, route handlers, instrumentation).
  async function anotherCopy(): Promise<typeof import("./client")> {
    vi.resetModules();
    return import("./client");
  }

  // SQLite empties a connection's page cache whenever another connection has written; writes through
  // its own keep it. So the publish in a server action must go through the connection the renders read from.
  it("gives every copy the same connection", async () => {
    openFreshDatabase();
    const copy = await anotherCopy();
    expect(copy.getDb().$client).toBe(getDb().$client);
    copy.getDb().run(sql`create table probe (writer text)`);
    copy.getDb().run(sql`insert into probe values ('copy')`);
    expect(getDb().$client.prepare("select writer from probe").pluck().all()).toEqual(["copy"]);
  });

  it("opens a new connection for every copy once one copy closed it", async () => {
    openFreshDatabase();
    const copy = await anotherCopy();
    const before = getDb().$client;
    copy.closeDatabase();
    expect(before.open).toBe(false);
    expect(getDb().$client.open).toBe(true);
    expect(getDb().$client).toBe(copy.getDb().$client);
  });
});
