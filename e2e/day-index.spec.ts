import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/accessibility";
import { expectNotFound, listedArticleHrefs, REVIEW_SLUG, REVIEW_TITLE, SEED_ARTICLE_PATH } from "./support/pages";

// The seed article was published 18 June 2025 WIB, the movie review the day before (lib/seed); the
// demo articles are all from the last weeks, so those two days hold exactly one article each.

const todayInJakarta = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

test("a day's Indeks lists what was published that WIB day, links the days around it, and its form finds any day and rubrik", async ({ page }) => {
  const response = await page.goto("/indeks/2025-06-18");
  expect(response!.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indeks Berita, 18 Juni 2025");
  expect(await listedArticleHrefs(page)).toEqual([SEED_ARTICLE_PATH]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/indeks\/2025-06-18$/);
  const days = page.getByRole("navigation", { name: "Hari lain" });
  await expect(days.getByRole("link", { name: "‹ 17 Juni 2025" })).toHaveAttribute("href", "/indeks/2025-06-17");
  // The next day with news is the first demo day, months later.
  await expect(days.getByRole("link", { name: /›$/ })).toHaveAttribute("href", /^\/indeks\/20\d\d-\d\d-\d\d$/);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel("Tanggal").fill("2025-06-17");
  await page.getByLabel("Rubrik").selectOption({ label: "Hiburan" });
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/\/indeks\/2025-06-17\/hiburan$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Indeks Berita Hiburan, 17 Juni 2025");
  await expect(page.getByRole("link", { name: REVIEW_TITLE })).toHaveAttribute("href", `/berita/${REVIEW_SLUG}`);

  await page.goto("/indeks/2025-06-18/hiburan");
  await expect(page.getByText("Tidak ada berita yang terbit pada hari ini.")).toBeVisible();
  expect(await listedArticleHrefs(page)).toEqual([]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("/indeks and the footer's link go to today's Indeks in WIB; a future, malformed or impossible day is a 404", async ({ page, request }) => {
  const redirect = await request.get("/indeks", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toBe(`/indeks/${todayInJakarta()}`);
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Indeks Berita" }).click();
  await expect(page).toHaveURL(new RegExp(`/indeks/${todayInJakarta()}$`));

  for (const path of ["/indeks/2099-01-01", "/indeks/2025-02-29", "/indeks/2025-06-31", "/indeks/kemarin", "/indeks/18-06-2025", "/indeks/2025-06-18/tidak-ada", "/indeks/2025-06-18?page=2", "/indeks?tanggal=2025-13-01", "/indeks?tanggal=<script>"]) {
    await expectNotFound(page, path);
  }
});
