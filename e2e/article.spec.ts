import { expect, test } from "@playwright/test";
import { readDatabase } from "./support/database";
import { REVIEW_TITLE, SEED_ARTICLE_PATH, SEED_TITLE } from "./support/pages";

test("the article page has its breadcrumb, dek, time, featured image with caption and credit", async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  const breadcrumb = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(breadcrumb.getByRole("link")).toHaveText(["Beranda", "Internasional"]);
  await expect(breadcrumb.getByRole("link", { name: "Internasional" })).toHaveAttribute("href", "/kategori/internasional");

  const article = page.locator("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(SEED_TITLE);
  await expect(article.getByText("Sekretaris Dewan Keamanan Rusia Sergei Shoigu menyebut Pyongyang")).toBeVisible();
  await expect(article.locator("time").first()).toHaveText("Rabu, 18 Juni 2025 10:00 WIB");
  await expect(article.locator("time").first()).toHaveAttribute("datetime", "2025-06-18T10:00:00+07:00");
  await expect(article.getByText("Diperbarui")).toHaveCount(0);

  const image = article.locator("figure img").first();
  await expect(image).toHaveAttribute("alt", "Ilustrasi rubrik Internasional");
  await expect(image).toHaveAttribute("sizes", /100vw/);
  await expect(image).toHaveAttribute("srcset", /\/_next\/image\?url=%2Fdemo%2Finternasional\.jpg&w=\d+/);
  await expect(article.locator("figure figcaption").first()).toHaveText("Ilustrasi Internasional (Foto: Redaksi RI News Portal)");
});

test("featured images are served in modern formats", async ({ request }) => {
  const url = "/_next/image?url=%2Fdemo%2Finternasional.jpg&w=640&q=75";
  const avif = await request.get(url, { headers: { Accept: "image/avif,image/webp,*/*" } });
  expect(avif.headers()["content-type"]).toBe("image/avif");
  const webp = await request.get(url, { headers: { Accept: "image/webp,*/*" } });
  expect(webp.headers()["content-type"]).toBe("image/webp");
});

test("share links carry the article's address, and the copy button copies it", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(SEED_ARTICLE_PATH);
  const address = `${baseURL}${SEED_ARTICLE_PATH}`;
  const share = page.getByRole("region", { name: "Bagikan" });
  await expect(share.getByRole("link", { name: "Bagikan ke WhatsApp" })).toHaveAttribute("href", `https://wa.me/?text=${encodeURIComponent(`${SEED_TITLE} ${address}`)}`);
  await expect(share.getByRole("link", { name: "Bagikan ke Facebook" })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(address)}`);
  await expect(share.getByRole("link", { name: "Bagikan ke X" })).toHaveAttribute("href", new RegExp(`^https://x\\.com/intent/post\\?text=.+&url=${encodeURIComponent(address).replace(/[.?]/g, "\\$&")}$`));
  await expect(share.getByRole("link", { name: "Bagikan ke Telegram" })).toHaveAttribute("href", new RegExp(`^https://t\\.me/share/url\\?url=${encodeURIComponent(address).replace(/[.?]/g, "\\$&")}&text=`));
  for (const link of await share.getByRole("link").all()) await expect(link).toHaveAttribute("rel", "noopener noreferrer");

  await share.getByRole("button", { name: "Salin tautan" }).click();
  await expect(share.getByRole("status")).toHaveText("Tautan disalin.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
});

test("Berita Terkait and Terpopuler sit beside the article, never linking to it", async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  const related = page.getByRole("region", { name: "Berita Terkait" });
  const links = related.locator("li h3 a");
  await expect(links).toHaveCount(5);
  expect(await links.evaluateAll((nodes) => nodes.map((a) => a.getAttribute("href")))).not.toContain(SEED_ARTICLE_PATH);
  await expect(page.getByRole("region", { name: "Terpopuler" })).toBeVisible();
});

test("the Baca juga link shows the current title of a published article", async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  await expect(page.getByRole("complementary", { name: "Baca juga" }).getByRole("link")).toHaveText(REVIEW_TITLE);
});

test("drafts, articles in review and scheduled ones are 404s", async ({ request }) => {
  const hidden = readDatabase((db) => db.prepare("select slug, status from articles where status != 'published'").all() as { slug: string; status: string }[]);
  expect(new Set(hidden.map((row) => row.status))).toEqual(new Set(["draft", "review", "scheduled"]));
  for (const { slug } of hidden) expect((await request.get(`/berita/${slug}`)).status(), slug).toBe(404);
});
