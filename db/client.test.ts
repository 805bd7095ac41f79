import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb, migrateDatabase } from "./client";
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

  it("turns on WAL, foreign keys and a busy timeout", () => {
    const client = getDb().$client;
    expect(client.pragma("journal_mode", { simple: true })).toBe("wal");
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
