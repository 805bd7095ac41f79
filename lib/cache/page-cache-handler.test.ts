import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { invalidateTags, startInvalidationPolling } from "./invalidation";
import PageCacheHandler from "./page-cache-handler.mjs";

const page = (html: string, tags: string[]) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});

describe("the page cache handler", () => {
  beforeAll(() => openFreshDatabase());
  afterAll(() => closeDatabase());

  it("serves a stored page until one of its tags is invalidated", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/berita/a", page("<p>A</p>", ["site", "article-slug:a"]), {});
    expect((await cache.get("/berita/a", { kind: "APP_PAGE" }))?.value.html).toBe("<p>A</p>");

    invalidateTags(["article-slug:b"]);
    expect(await cache.get("/berita/a", { kind: "APP_PAGE" })).not.toBeNull();

    invalidateTags(["article-slug:a"]);
    expect(await cache.get("/berita/a", { kind: "APP_PAGE" })).toBeNull();
  });

  it("drops data entries by the tags Next passes for them", async () => {
    const cache = new PageCacheHandler();
    await cache.set("data-key", { kind: "FETCH", data: { body: "[]" } }, { tags: ["site", "listings"] });
    expect(await cache.get("data-key", { kind: "FETCH", tags: ["site", "listings"] })).not.toBeNull();
    await cache.revalidateTag(["listings"]);
    expect(await cache.get("data-key", { kind: "FETCH", tags: ["site", "listings"] })).toBeNull();
  });

  it("does not trust a page stored right after its tag was invalidated (its render may predate the change)", async () => {
    const cache = new PageCacheHandler();
    invalidateTags(["tag:baru"]);
    await cache.set("/tag/baru", page("<p>lama?</p>", ["tag:baru"]), {});
    expect(await cache.get("/tag/baru", { kind: "APP_PAGE" })).toBeNull();
  });

  it("applies invalidations written by another process through the database", async () => {
    const cache = new PageCacheHandler();
    const stopPolling = startInvalidationPolling();
    try {
      await cache.set("/kategori/x", page("<p>X</p>", ["category:x"]), {});
      await new Promise((resolve) => setTimeout(resolve, 20));
      // A second connection, as the seed or a CLI command would have.
      const other = new BetterSqlite3(getDb().$client.name);
      other.prepare("insert into cache_invalidations (tag, invalidated_at) values ('category:x', ?)").run(Date.now());
      other.close();
      await expect.poll(() => cache.get("/kategori/x", { kind: "APP_PAGE" }), { timeout: 3000 }).toBeNull();
    } finally {
      stopPolling();
    }
  });
});
