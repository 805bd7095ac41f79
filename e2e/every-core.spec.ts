import BetterSqlite3 from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { ACCOUNTS, signIn } from "./redaksi-sign-in";

// `npm start` with two server processes (WEB_CONCURRENCY=2; the second server of playwright.config.ts,
// on a database of its own): what several processes must not change. Requests are spread over the
// processes by the operating system, so each check makes enough of them to reach both.

const CLUSTER_URL = process.env.E2E_CLUSTER_URL!;
const BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
const REQUESTS = 12;

test.use({ baseURL: CLUSTER_URL });
// In order: the unpublish changes what the other pages show beside (and so their HTML and ETag).
test.describe.configure({ mode: "serial" });

function clusterDatabase<T>(read: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(process.env.E2E_CLUSTER_DATABASE_PATH!, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

type Article = { id: number; slug: string };
const publishedArticle = (offset: number) =>
  clusterDatabase((db) => db.prepare("select id, slug from articles where status = 'published' order by published_at desc limit 1 offset ?").get(offset) as Article);

async function statuses(request: APIRequestContext, path: string): Promise<number[]> {
  return Promise.all(Array.from({ length: REQUESTS }, async () => (await request.get(path)).status()));
}

test("every process gives a cached page the same ETag", async ({ request }) => {
  const path = `/berita/${publishedArticle(0).slug}`;
  const etags = await Promise.all(Array.from({ length: REQUESTS }, async () => (await request.get(path)).headers()["etag"]));
  expect(new Set(etags).size, etags.join(" ")).toBe(1);
});

test("a reader's views reach one writer, which counts them once whichever process took them", async ({ request }) => {
  const article = publishedArticle(1);
  const reader = { "User-Agent": BROWSER, "X-Forwarded-For": "203.0.113.77" };
  const saved = () => clusterDatabase((db) => db.prepare("select coalesce(sum(views), 0) from article_views where article_id = ?").pluck().get(article.id) as number);
  const demoViews = saved();
  for (let i = 0; i < REQUESTS; i++) expect((await request.get(`/api/views/${article.id}`, { headers: reader })).status()).toBe(200);
  await expect.poll(saved, { timeout: 20_000 }).toBe(demoViews + 1);
});

test("an unpublish made in one process takes the page off every process at once", async ({ page, request }) => {
  const article = publishedArticle(2);
  const path = `/berita/${article.slug}`;
  expect(await statuses(request, path)).toEqual(Array(REQUESTS).fill(200));

  await signIn(page, ACCOUNTS.editor);
  await page.goto(`/redaksi/artikel/${article.id}`);
  const workflow = page.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Tarik dari situs" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel ditarik dari situs dan kembali menjadi draf.");
  // Announced to the other process as the change is made, not at its next poll of the database.
  expect(await statuses(request, path)).toEqual(Array(REQUESTS).fill(404));

  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  expect(await statuses(request, path)).toEqual(Array(REQUESTS).fill(200));
});
