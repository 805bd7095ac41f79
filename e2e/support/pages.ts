import { expect, type Page } from "@playwright/test";

// Seeded content the specs rely on (lib/seed).
export const SEED_ARTICLE_PATH = "/berita/korea-utara-kirim-ribuan-pekerja-militer-dan-penjinak-ranjau-ke-kursk-rusia";
export const SEED_TITLE = "Korea Utara Kirim Ribuan Pekerja Militer dan Penjinak Ranjau ke Kursk, Rusia";
export const REVIEW_SLUG = "movie-review-brad-pitt-ngebut-di-sirkuit-f1-sajikan-aksi-balap-memadukan";
export const REVIEW_TITLE = "Movie Review: Brad Pitt Ngebut di Sirkuit! “F1” Sajikan Aksi Balap Memadukan Adrenalin dan Emosi";

/** The article links of the main listing on a page, in order. */
export async function listedArticleHrefs(page: Page): Promise<string[]> {
  return page.locator("main ul li h2 a, main ol li h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

/** Goes to a URL and expects the page to answer 404 with the site's not-found page. */
export async function expectNotFound(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
}
