import { expect, test } from "@playwright/test";
import { publishedArticles, readDatabase } from "./support/database";
import { SEED_TITLE } from "./support/pages";

// The only spec that opens /terpopuler page 1: it must first be rendered after the views are saved.

const BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

function savedViews(articleId: number): number {
  return readDatabase((db) => db.prepare("select coalesce(sum(views), 0) from article_views where article_id = ?").pluck().get(articleId) as number);
}

test("an article page loads its uncached view pixel", async ({ page }) => {
  const article = publishedArticles()[0];
  const pixel = page.waitForResponse((response) => response.url().endsWith(`/api/views/${article!.id}`));
  await page.goto(`/berita/${article!.slug}`);
  const response = await pixel;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/gif");
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("views are saved in batches, once per reader, bots and unpublished articles left out, and feed /terpopuler", async ({ request, page, baseURL }) => {
  // Among the demo week's views (lib/seed/demo-views.ts, the seed article most read), the newest story
  // nobody read yet: a demo one (the movie review must stay out of Terpopuler for unpublish.spec.ts).
  const subject = publishedArticles().find((article) => savedViews(article.id) === 0)!;
  const draftId = readDatabase((db) => db.prepare("select id from articles where status = 'draft' limit 1").pluck().get() as number);
  // Forty readers (the server trusts X-Forwarded-For here, as behind a proxy), the first one three times.
  const reader = (n: number) => ({ "User-Agent": BROWSER, "X-Forwarded-For": `198.51.100.${n}` });
  for (const n of [1, 1, 1, ...Array.from({ length: 39 }, (_, i) => i + 2)]) {
    expect((await request.get(`/api/views/${subject.id}`, { headers: reader(n) })).status()).toBe(200);
  }
  await request.get(`/api/views/${subject.id}`, { headers: { "User-Agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } });
  await request.get(`/api/views/${subject.id}`, { headers: { "User-Agent": "curl/8.5.0" } });
  await request.get(`/api/views/${draftId}`, { headers: reader(41) });
  expect((await request.get("/api/views/abc")).status()).toBe(404);

  await expect.poll(() => savedViews(subject.id)).toBe(40);
  expect(savedViews(draftId)).toBe(0);

  await page.goto("/terpopuler");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berita Terpopuler");
  const titles = page.locator("main li h2 a");
  await expect(titles.first()).toHaveText(SEED_TITLE);
  await expect(titles.filter({ hasText: subject.title })).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/terpopuler`);
});
