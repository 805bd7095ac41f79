import { expect, test } from "@playwright/test";
import { expectNotFound, SEED_ARTICLE_PATH, SEED_TITLE } from "./support/pages";

// Every public page is server-rendered and usable with JavaScript off.
test.use({ javaScriptEnabled: false });

test("with JavaScript off the home page, the menu and the search form work", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Terkini" }).locator("li h3 a")).toHaveCount(10);
  await page.locator("summary", { hasText: "Menu" }).click();
  const box = page.getByRole("searchbox", { name: "Cari berita" }).filter({ visible: true });
  await box.fill("Kursk");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/cari\?q=Kursk$/);
  await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
});

test("with JavaScript off the article reads in full and shares by plain links, with no dead copy button", async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  await expect(page.locator("article .dateline")).toHaveText("Seoul, Korea Selatan, 18 Juni 2025");
  await expect(page.locator("article figure img").first()).toBeVisible();
  const share = page.getByRole("region", { name: "Bagikan" });
  await expect(share.getByRole("link")).toHaveCount(4);
  await expect(share.getByRole("button", { name: "Salin tautan" })).toBeHidden();
});

test("with JavaScript off pagination is plain links", async ({ page }) => {
  await page.goto("/kategori/ekonomi");
  await page.getByRole("navigation", { name: "Halaman", exact: true }).getByRole("link", { name: "Berikutnya" }).click();
  await expect(page).toHaveURL(/\/kategori\/ekonomi\?page=2$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ekonomi");
  await expect(page.getByText("Halaman 2 dari")).toBeVisible();
});

test("with JavaScript off every kind of 404 is the site's not-found page, with the search box and the latest articles", async ({ page }) => {
  for (const url of ["/berita/tidak-ada-berita-ini", "/tag/tagaryangtidakada", "/kategori/tidak-ada", "/penulis/tidak-ada", "/halaman/yang/tidak/ada", "/tidak-ditemukan"]) {
    await expectNotFound(page, url);
    await expect(page.getByRole("searchbox", { name: "Cari berita" }).first(), url).toBeAttached();
    await expect(page.getByRole("region", { name: "Berita terkini" }).getByRole("link").first(), url).toBeVisible();
    expect(await page.locator('script[src^="/_next/"]').count(), url).toBe(0);
  }
});
