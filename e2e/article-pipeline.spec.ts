import { expect, test } from "@playwright/test";

// Slugs of the seeded articles (lib/seed): the seed article and the review its "Baca juga" names.
const SEED_ARTICLE = "/berita/korea-utara-kirim-ribuan-pekerja-militer-dan-penjinak-ranjau-ke-kursk-rusia";
const SEED_TITLE = "Korea Utara Kirim Ribuan Pekerja Militer dan Penjinak Ranjau ke Kursk, Rusia";
const REVIEW_TITLE = "Movie Review: Brad Pitt Ngebut di Sirkuit! “F1” Sajikan Aksi Balap Memadukan Adrenalin dan Emosi";

test("the seed article shows its dateline, paragraphs, Pewarta credit and hashtags", async ({ page }) => {
  const response = await page.goto(SEED_ARTICLE);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);

  const body = page.locator("article");
  await expect(body.locator(".dateline")).toHaveText("Seoul, Korea Selatan, 18 Juni 2025");
  await expect(body.locator("p", { hasText: "Korea Utara akan mengirim ribuan pekerja konstruksi militer" })).toBeVisible();
  await expect(body.locator("p", { hasText: "Ini merupakan kunjungan kedua Shoigu" })).toBeVisible();
  await expect(body).not.toContainText("RI News Portal. Seoul");
  await expect(body).not.toContainText("#rinewsadvertaising,");

  await expect(page.getByText("Pewarta :")).toBeVisible();
  await expect(page.getByRole("link", { name: "Setiawan S.TH" })).toHaveAttribute("href", "/penulis/setiawan-s-th");

  const tags = page.getByRole("navigation", { name: "Tagar" });
  await expect(tags.getByRole("link", { name: "#rinewsadvertaising" })).toHaveAttribute("href", "/tag/rinewsadvertaising");
  await expect(tags.getByRole("link", { name: "#ri_news" })).toHaveAttribute("href", "/tag/ri_news");
  await expect(tags.getByRole("link", { name: "#republikindonesiaportal" })).toHaveCount(1);
});

test("the seed article's Baca juga link leads to the movie review", async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  const bacaJuga = page.getByRole("complementary", { name: "Baca juga" });
  await bacaJuga.getByRole("link", { name: REVIEW_TITLE }).click();
  await expect(page).toHaveURL(/\/berita\/movie-review-brad-pitt-ngebut-di-sirkuit/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REVIEW_TITLE);
});

test("a hashtag page lists the seed article, and its tag link gets there", async ({ page }) => {
  await page.goto(SEED_ARTICLE);
  await page.getByRole("navigation", { name: "Tagar" }).getByRole("link", { name: "#beritarinews" }).click();
  await expect(page).toHaveURL(/\/tag\/beritarinews$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("#beritarinews");
  await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
});

test("the home page lists the latest published articles, newest first", async ({ page }) => {
  await page.goto("/");
  const items = page.getByRole("region", { name: "Terkini" }).locator("li h3 a");
  expect(await items.count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole("region", { name: "Terkini" }).getByRole("link", { name: SEED_TITLE })).toHaveCount(0); // from 2025: far below the demo news
});

test("unknown and malformed slugs answer a real 404", async ({ request }) => {
  for (const path of ["/berita/tidak-ada-artikel-ini", "/berita/%3Cscript%3E", "/tag/tidak_ada", "/tag/BAD%20SLUG", "/halaman-acak"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("Halaman tidak ditemukan");
  }
});
