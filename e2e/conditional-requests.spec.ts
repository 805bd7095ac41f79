import { expect, test } from "@playwright/test";
import { SEED_ARTICLE_PATH } from "./support/pages";

// A cached page's ETag is the version of its stored render (lib/cache/page-version.mjs).

test("a cached page keeps its ETag while it is unchanged, and a client that has it gets a 304", async ({ request }) => {
  await request.get(SEED_ARTICLE_PATH);
  const first = await request.get(SEED_ARTICLE_PATH);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers()["x-page-version"]).toBeUndefined();
  expect((await request.get(SEED_ARTICLE_PATH)).headers()["etag"]).toBe(etag);

  const revalidated = await request.get(SEED_ARTICLE_PATH, { headers: { "If-None-Match": etag } });
  expect(revalidated.status()).toBe(304);
  expect((await revalidated.body()).length).toBe(0);
  expect((await request.get(SEED_ARTICLE_PATH, { headers: { "If-None-Match": '"lama"' } })).status()).toBe(200);

  const head = await request.head(SEED_ARTICLE_PATH);
  expect(head.headers()["etag"]).toBe(etag);
  await request.get("/terkini");
  expect((await request.get("/terkini")).headers()["etag"]).not.toBe(etag);
});
