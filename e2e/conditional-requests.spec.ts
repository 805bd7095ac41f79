import { expect, test } from "@playwright/test";
import { Agent, get as httpGet } from "node:http";
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

test("a kept-alive connection still serves after sitting idle longer than Node's default 5 s", async ({ baseURL }) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
      const req = httpGet(new URL(SEED_ARTICLE_PATH, baseURL), { agent }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode!, reused: req.reusedSocket }));
      });
      req.on("error", reject);
    });
  try {
    expect(await get()).toEqual({ status: 200, reused: false });
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(await get()).toEqual({ status: 200, reused: true });
  } finally {
    agent.destroy();
  }
});
