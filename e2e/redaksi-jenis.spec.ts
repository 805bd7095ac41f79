import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { newDraft, saveState } from "./support/newsroom";

// Story kinds: an editor marks a story as Advertorial; readers see it labelled on the page, its card
// and in RSS, its structured data is not a news article, and the news sitemap leaves it out. The
// test publishes an article of its own, so no seeded article that other specs read is changed.

test("an Advertorial is labelled on its page, its card and in RSS, is no NewsArticle and stays out of the news sitemap", async ({ browser, page: reader, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const title = "Promo kredit pemilikan rumah bunga ringan akhir tahun";
  const newsroomPath = await newDraft(editor, title, "Bank Nusantara menawarkan bunga tetap tiga tahun untuk pembeli rumah pertama.");
  await editor.getByLabel("Jenis").selectOption({ label: "Advertorial" });
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi 2/);
  await editor.reload();
  await expect(editor.getByLabel("Jenis")).toHaveValue("advertorial");
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  const publicPath = (await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href"))!;

  await reader.goto(publicPath);
  const article = reader.locator("article").first();
  await expect(article.getByText("Advertorial", { exact: true })).toBeVisible();
  await expect(article.getByText("Konten ini adalah iklan (advertorial); bukan produk jurnalistik redaksi.")).toBeVisible();
  const types = (await reader.locator('script[type="application/ld+json"]').allTextContents()).flatMap((text) => [JSON.parse(text)].flat()).map((data) => data["@type"]);
  expect(types).toContain("AdvertiserContentArticle");
  expect(types).not.toContain("NewsArticle");
  expect(await seriousViolations(reader, "article")).toEqual([]);

  // Listings take up to a second to show a new story (the grace after a hard change).
  await expect.poll(async () => (await (await request.get("/terkini")).text()).includes(publicPath)).toBe(true);
  await reader.goto("/terkini");
  const card = reader.getByRole("listitem").filter({ has: reader.getByRole("link", { name: title }) });
  await expect(card.getByText("Advertorial", { exact: true })).toBeVisible();
  expect(await seriousViolations(reader)).toEqual([]);
  expect(await (await request.get("/rss.xml")).text()).toContain(`<title>Advertorial: ${title}</title>`);
  expect(await (await request.get("/news-sitemap.xml")).text()).not.toContain(publicPath);

  // The newsroom's list filters by kind.
  await editor.goto("/redaksi/artikel?jenis=advertorial");
  await expect(editor.getByRole("link", { name: title })).toBeVisible();
  await editor.getByLabel("Jenis").selectOption({ label: "Opini" });
  await editor.getByRole("button", { name: "Terapkan" }).click();
  await expect(editor).toHaveURL(/jenis=opini/);
  await expect(editor.getByRole("link", { name: title })).toHaveCount(0);
  expect(newsroomPath).toMatch(/^\/redaksi\/artikel\/\d+$/);
  await editor.context().close();
});
