import { execFileSync } from "node:child_process";
import BetterSqlite3 from "better-sqlite3";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ACCOUNTS, signIn } from "./redaksi-sign-in";
import { REVIEW_SLUG, SEED_ARTICLE_PATH } from "./support/pages";
import { DATABASE_PATH, ORIGIN_URL, startSiteBehindVarnish, VARNISH_URL, type VarnishSite } from "./support/varnish";

// The site behind Varnish as deploy/ ships it (deploy/varnish/start.sh), purged by tag by the
// server (lib/cache/shared-cache-purge.ts). Its own server and database: nothing here touches the
// other specs' site.

test.use({ baseURL: VARNISH_URL });
test.describe.configure({ mode: "serial" });

let site: VarnishSite | undefined;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await startSiteBehindVarnish();
});
test.afterAll(async () => {
  await site?.stop();
});

const fromVarnish = (response: APIResponse) => response.headers()["x-cache"];

// A seeded draft (lib/seed): published, it is the newest story, at the top of the home page.
const DRAFT_SLUG = "startup-lokal-perkenalkan-aplikasi-layanan-publik";
const DRAFT_PATH = `/berita/${DRAFT_SLUG}`;

function cli(command: "publish" | "unpublish", slug: string) {
  execFileSync("npx", ["tsx", "lib/cli/main.ts", command, slug], { env: { ...process.env, DATABASE_PATH }, stdio: "pipe" });
}

function siteDatabase<T>(read: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(DATABASE_PATH, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const articleId = (slug: string) => siteDatabase((db) => db.prepare("select id from articles where slug = ?").pluck().get(slug) as number);

function firstHashtagPath(slug: string): string {
  const hashtag = siteDatabase(
    (db) =>
      db
        .prepare("select h.slug from article_hashtags ah join hashtags h on h.id = ah.hashtag_id join articles a on a.id = ah.article_id where a.slug = ? order by ah.position limit 1")
        .pluck()
        .get(slug) as string,
  );
  return `/tag/${hashtag}`;
}

async function linksTo(request: APIRequestContext, path: string, articlePath: string): Promise<boolean> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.text()).includes(`href="${articlePath}"`);
}

/** Requests a path until Varnish answers it from its cache. */
async function cachedInVarnish(request: APIRequestContext, path: string): Promise<void> {
  await expect.poll(async () => fromVarnish(await request.get(path)), { message: path }).toBe("HIT");
}

const waitUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

test("a public page is served from Varnish on the second request, and its tags stay between the origin and Varnish", async ({ request }) => {
  const origin = await request.get(`${ORIGIN_URL}${SEED_ARTICLE_PATH}`);
  expect(origin.headers()["xkey"]?.split(" ")).toEqual(expect.arrayContaining(["site", "~article:1"]));

  expect(fromVarnish(await request.get(SEED_ARTICLE_PATH))).toBe("MISS");
  const second = await request.get(SEED_ARTICLE_PATH, { headers: { "Accept-Encoding": "gzip" } });
  expect(fromVarnish(second)).toBe("HIT");
  expect(second.headers()["content-encoding"]).toBe("gzip");
  expect(second.headers()["xkey"]).toBeUndefined();
});

test("a soft change is served stale from Varnish while it is fetched anew, then fresh", async ({ request }) => {
  test.setTimeout(90_000);
  await cachedInVarnish(request, SEED_ARTICLE_PATH);
  expect(await (await request.get(SEED_ARTICLE_PATH)).text()).toContain("Baca juga:");

  // The seed article only shows the review beside it (soft; its Baca juga block).
  cli("unpublish", REVIEW_SLUG);
  // Past the server's next look at the database, and so its soft purge.
  await waitUntil(Date.now() + 1000);
  const stale = await request.get(SEED_ARTICLE_PATH);
  expect(fromVarnish(stale)).toBe("HIT");
  expect(await stale.text()).toContain("Baca juga:");
  // The origin renders it again once its soft refresh interval has passed, and Varnish, soft-purged
  // again by then, fetches that.
  await expect.poll(async () => (await (await request.get(SEED_ARTICLE_PATH)).text()).includes("Baca juga:"), { timeout: 30_000 }).toBe(false);
});

test("the newsroom is never cached, and a signed-in editor never gets or leaves a cached page", async ({ page, request }) => {
  for (let i = 0; i < 2; i++) {
    const signInPage = await request.get("/redaksi/masuk");
    expect(fromVarnish(signInPage)).toBe("MISS");
    expect(signInPage.headers()["cache-control"]).toMatch(/private|no-store/);
  }
  await cachedInVarnish(request, "/");

  await signIn(page, ACCOUNTS.editor);
  const editor = page.request;
  // The editor's newsroom and public pages all come from the origin.
  expect(fromVarnish(await editor.get("/redaksi"))).toBe("MISS");
  expect(fromVarnish(await editor.get("/"))).toBe("MISS");
  expect(fromVarnish(await editor.get("/terkini"))).toBe("MISS");
  // What the editor was answered was not kept: a reader's first request still goes to the origin.
  expect(fromVarnish(await request.get("/terkini"))).toBe("MISS");
  expect(fromVarnish(await request.get("/terkini"))).toBe("HIT");
});

test("a publish (by the CLI) and an unpublish (in the newsroom) reach the pages they change through Varnish within a second", async ({ page, request }) => {
  test.setTimeout(120_000);
  const hashtagPath = firstHashtagPath(DRAFT_SLUG);
  for (const path of ["/", hashtagPath, DRAFT_PATH]) await cachedInVarnish(request, path);
  expect(await linksTo(request, "/", DRAFT_PATH)).toBe(false);
  expect(await linksTo(request, hashtagPath, DRAFT_PATH)).toBe(false);

  // Another process: the server purges when it reads the change from the database.
  cli("publish", DRAFT_SLUG);
  await waitUntil(Date.now() + 1000);
  expect((await request.get(DRAFT_PATH)).status()).toBe(200);
  expect(await linksTo(request, "/", DRAFT_PATH)).toBe(true);
  expect(await linksTo(request, hashtagPath, DRAFT_PATH)).toBe(true);

  // The server itself: it purges as the editor's change is applied.
  await cachedInVarnish(request, DRAFT_PATH);
  await signIn(page, ACCOUNTS.editor);
  await page.goto(`/redaksi/artikel/${articleId(DRAFT_SLUG)}`);
  const workflow = page.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Tarik dari situs" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel ditarik dari situs dan kembali menjadi draf.");
  await waitUntil(Date.now() + 1000);
  expect((await request.get(DRAFT_PATH)).status()).toBe(404);
  expect(await linksTo(request, "/", DRAFT_PATH)).toBe(false);
  expect(await linksTo(request, hashtagPath, DRAFT_PATH)).toBe(false);
});
