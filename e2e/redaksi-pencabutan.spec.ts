import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { publishedArticle } from "./support/newsroom";

// Pencabutan: an editor withdraws a published article with a public reason; its address answers 410
// with the title, the date and the reason, and it leaves listings and sitemaps as an unpublish does.
// The test publishes an article of its own, so no seeded article that other specs read is changed.

const workflow = (page: Page) => page.getByRole("region", { name: "Alur kerja" });
const BODY = "Isi berita uji pencabutan tentang jembatan gantung di Desa Sukamaju yang ternyata keliru.";
const REASON = "Narasumber utama menarik keterangannya dan data kerusakan jembatan tidak dapat diverifikasi.";

/** Whether the newest-article listing and the news sitemap carry this path. */
async function listed(request: APIRequestContext, path: string): Promise<boolean[]> {
  return Promise.all(["/terkini", "/news-sitemap.xml"].map(async (where) => (await (await request.get(where)).text()).includes(path)));
}

test("an editor withdraws a published article: 410 with title, date and reason, gone from listings; reversing it brings it back", async ({ browser, page: reader, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const title = "Jembatan gantung Sukamaju ambruk diterjang banjir";
  const { newsroomPath, publicPath } = await publishedArticle(editor, title, BODY);
  await expect.poll(() => listed(request, publicPath)).toEqual([true, true]);

  // The reason is required: an empty one is refused and the article stays live.
  const withdrawForm = workflow(editor).locator("form", { has: editor.getByRole("button", { name: "Cabut artikel" }) });
  await withdrawForm.getByLabel("Alasan pencabutan (tampil untuk pembaca)").fill("   ");
  await withdrawForm.getByRole("button", { name: "Cabut artikel" }).click();
  await expect(workflow(editor).getByText("Tulis alasan pencabutan: pembaca membacanya di alamat artikel ini.").first()).toBeVisible();
  expect((await request.get(publicPath)).status()).toBe(200);

  await withdrawForm.getByLabel("Alasan pencabutan (tampil untuk pembaca)").fill(REASON);
  await withdrawForm.getByRole("button", { name: "Cabut artikel" }).click();
  await expect(workflow(editor).getByRole("status")).toHaveText(/^Artikel dicabut\./);
  await editor.reload();
  await expect(editor.getByText("Dicabut", { exact: true }).first()).toBeVisible();
  await expect(editor.getByRole("definition").filter({ hasText: REASON })).toBeVisible();
  // The record stays as readers were told it: no editing until the withdrawal is reversed.
  await expect(editor.getByRole("textbox", { name: "Isi artikel" })).toHaveCount(0);

  // Within a second everywhere: the address answers 410 with the notice, never the body.
  await expect.poll(async () => (await request.get(publicPath)).status()).toBe(410);
  const gone = await request.get(publicPath);
  const html = await gone.text();
  expect(html).toContain(title);
  expect(html).toContain(REASON);
  expect(html).not.toContain(BODY);
  expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
  expect((await request.head(publicPath)).status()).toBe(410);

  await reader.goto(publicPath);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByText("Artikel dicabut", { exact: true })).toBeVisible();
  await expect(reader.getByRole("region", { name: "Alasan pencabutan" })).toContainText(REASON);
  await expect(reader.getByText(/Dicabut oleh redaksi pada \w+, \d{1,2} \w+ \d{4} \d{2}:\d{2} WIB\./)).toBeVisible();
  await expect(reader.getByRole("link", { name: "Pedoman Pemberitaan Media Siber" })).toHaveAttribute("href", "/halaman/pedoman-media-siber");
  expect(await seriousViolations(reader)).toEqual([]);
  // Listings and the news sitemap drop it within the listings' one-second bound.
  await expect.poll(() => listed(request, publicPath)).toEqual([false, false]);

  // Reversing it: the article is back at its address, in its listings, and editable.
  await editor.goto(newsroomPath);
  await workflow(editor).getByRole("button", { name: "Batalkan pencabutan" }).click();
  await expect(workflow(editor).getByRole("status")).toHaveText("Pencabutan dibatalkan; artikel tayang kembali.");
  await expect.poll(async () => (await request.get(publicPath)).status()).toBe(200);
  expect(await (await request.get(publicPath)).text()).toContain(BODY);
  await expect.poll(() => listed(request, publicPath)).toEqual([true, true]);
  await editor.context().close();
});
