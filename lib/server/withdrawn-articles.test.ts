import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDatabase, getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { transitionArticle } from "@/lib/articles/workflow";
import { makeArticle, seededStaff } from "@/lib/newsroom/testing";
import { serveThroughLayer } from "./layer-testing";

const NOTICE = `<!DOCTYPE html><h1>Artikel dicabut</h1>${"<p>Alasan.</p>".repeat(200)}`;
let layer: Awaited<ReturnType<typeof serveThroughLayer>>;
let withdrawn: { id: number; slug: string };
let published: { id: number; slug: string };
const asked: string[] = [];

beforeAll(async () => {
  await seedFreshDatabase();
  const { editor, reporter } = seededStaff();
  withdrawn = makeArticle("published", reporter.id);
  published = makeArticle("published", reporter.id);
  transitionArticle({ kind: "staff", user: editor }, { articleId: withdrawn.id, transition: "withdraw", reason: "Data korban keliru." });
  // Plays Next: the notice's route knows only the withdrawn article, the article route only the live one.
  layer = await serveThroughLayer(
    (req, res) => {
      asked.push(req.url!);
      const known = req.url === `/pencabutan/${withdrawn.slug}` || req.url === `/berita/${published.slug}`;
      res.writeHead(known ? 200 : 404, { "content-type": "text/html; charset=utf-8", etag: '"v1"' });
      res.end(NOTICE);
    },
    { withdrawals: true },
  );
});
afterAll(() => {
  layer.close();
  closeDatabase();
});

describe("a withdrawn article's address", () => {
  it("answers 410 with the notice, for GET and HEAD, gzipped or not, whatever the query", async () => {
    for (const [path, headers] of [
      [`/berita/${withdrawn.slug}`, { "accept-encoding": "gzip" }],
      [`/berita/${withdrawn.slug}?utm_source=wa`, {}],
    ] as const) {
      const res = await layer.get(path, headers);
      expect(res.status, path).toBe(410);
      const body = res.headers["content-encoding"] === "gzip" ? gunzipSync(res.body) : res.body;
      expect(body.toString()).toBe(NOTICE);
      expect(asked.at(-1)).toBe(`/pencabutan/${withdrawn.slug}`);
    }
  });

  it("never turns into a 304, even for a client that names the ETag", async () => {
    expect((await layer.get(`/berita/${withdrawn.slug}`, { "if-none-match": '"v1"' })).status).toBe(410);
  });

  it("leaves live articles, unknown and malformed slugs and other paths alone", async () => {
    expect((await layer.get(`/berita/${published.slug}`)).status).toBe(200);
    expect(asked.at(-1)).toBe(`/berita/${published.slug}`);
    for (const path of ["/berita/tidak-ada", "/berita/Huruf-Besar", `/berita/${withdrawn.slug}/lain`, `/tag/${withdrawn.slug}`]) {
      expect((await layer.get(path)).status, path).toBe(404);
      expect(asked.at(-1)).toBe(path);
    }
  });

  it("the notice's route answers 410 when it shows a notice, and its 404 stays a 404", async () => {
    expect((await layer.get(`/pencabutan/${withdrawn.slug}`)).status).toBe(410);
    expect((await layer.get(`/pencabutan/${published.slug}`)).status).toBe(404);
  });

  it("answers 200 again once the withdrawal is reversed", async () => {
    const { editor } = seededStaff();
    transitionArticle({ kind: "staff", user: editor }, { articleId: withdrawn.id, transition: "reinstate" });
    await layer.get(`/berita/${withdrawn.slug}`);
    expect(asked.at(-1)).toBe(`/berita/${withdrawn.slug}`);
  });

  it("follows a withdrawal another server process made as soon as its invalidation is applied here", async () => {
    // What another process's transition leaves in the database: the change and its invalidation, in one transaction.
    getDb().transaction((tx) => {
      tx.update(articles).set({ status: "withdrawn", withdrawnAt: Date.now(), withdrawalReason: "Foto keliru." }).where(eq(articles.id, published.id)).run();
      recordInvalidation(tx, [tags.article(published.id), tags.articleSlug(published.slug)]);
    });
    await layer.get(`/berita/${published.slug}`);
    expect(asked.at(-1)).toBe(`/berita/${published.slug}`);
    applyInvalidations();
    await layer.get(`/berita/${published.slug}`);
    expect(asked.at(-1)).toBe(`/pencabutan/${published.slug}`);
  });
});
