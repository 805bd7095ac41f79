import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { readDatabase } from "./support/database";
import { publishedArticle } from "./support/newsroom";

// Each test publishes an article of its own, so no seeded article that other specs read is changed.

const corrections = (page: Page) => page.getByRole("region", { name: "Koreksi" });

async function newsArticleJsonLd(page: Page): Promise<Record<string, unknown>> {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = scripts.flatMap((text) => [JSON.parse(text)].flat()).find((data) => data["@type"] === "NewsArticle");
  expect(article, "NewsArticle JSON-LD").toBeTruthy();
  return article;
}

const correctionCount = (articleId: number, note: string) =>
  readDatabase((db) => (db.prepare("select count(*) as n from article_corrections where article_id = ? and note = ?").get(articleId, note) as { n: number }).n);

test("an editor adds a Koreksi to a published article: readers see it at the end, dated, and dateModified moves", async ({ browser, page: reader }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const { publicPath } = await publishedArticle(editor, "Harga cabai rawit di Pasar Induk naik", "Harga cabai rawit naik menjadi Rp80.000 per kilogram.");

  await reader.goto(publicPath);
  await expect(corrections(reader)).toHaveCount(0);
  const before = await newsArticleJsonLd(reader);
  // dateModified has whole seconds: the correction must land in a later one.
  const publishedSecond = Math.floor(Date.parse(before.dateModified as string) / 1000);
  await expect.poll(() => Math.floor(Date.now() / 1000)).toBeGreaterThan(publishedSecond);

  const note = "Harga yang benar Rp60.000 per kilogram, bukan Rp80.000.";
  await corrections(editor).getByLabel("Isi catatan").fill(note);
  await corrections(editor).getByRole("button", { name: "Tambahkan catatan" }).click();
  await expect(corrections(editor).getByRole("status")).toHaveText("Koreksi ditambahkan dan tampil di akhir artikel.");
  await expect(corrections(editor).getByRole("listitem")).toContainText(note);

  const section = corrections(reader);
  // An edited story may be served as it was for up to 0.9 s after the change (README, "Caching").
  await expect.poll(async () => (await reader.reload(), await section.getByRole("heading", { name: "Koreksi" }).count())).toBe(1);
  await expect(section.getByRole("listitem")).toContainText(note);
  await expect(section.locator("time")).toHaveText(/^\w+, \d{1,2} \w+ \d{4} \d{2}:\d{2} WIB$/);
  const bodyParagraph = reader.locator("article").getByText("Harga cabai rawit naik menjadi");
  const follows = await bodyParagraph.evaluate((paragraph, koreksi) => !!(paragraph.compareDocumentPosition(koreksi!) & Node.DOCUMENT_POSITION_FOLLOWING), await section.elementHandle());
  expect(follows, "the Koreksi section comes after the body").toBe(true);
  await expect(reader.getByText(/^Diperbarui/)).toBeVisible();

  const after = await newsArticleJsonLd(reader);
  expect(Date.parse(after.dateModified as string)).toBeGreaterThan(Date.parse(before.dateModified as string));
  expect(after.datePublished).toBe(before.datePublished);
  expect(after.correction).toEqual([{ "@type": "CorrectionComment", name: "Koreksi", text: note, datePublished: expect.stringMatching(/\+07:00$/) }]);

  expect(await seriousViolations(reader, "article")).toEqual([]);
  await editor.context().close();
});

test("an editor adds a Hak Jawab linking to the published reply; a link on any other kind is refused", async ({ browser, page: reader }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const { publicPath } = await publishedArticle(editor, "Proyek jalan tol dikritik warga", "Warga menilai ganti rugi lahan belum layak.");
  const form = corrections(editor);
  const replyUrl = "https://rinewsportal.example/berita/hak-jawab-pt-tol-nusantara";

  await form.getByLabel("Jenis").selectOption({ label: "Ralat" });
  await form.getByLabel("Isi catatan").fill("Nama desa semula tertulis Sukamaju.");
  await form.getByLabel("Tautan hak jawab (opsional)").fill(replyUrl);
  await form.getByRole("button", { name: "Tambahkan catatan" }).click();
  await expect(form.getByText("Tautan hanya untuk hak jawab.")).toBeVisible();
  await expect(form.getByRole("listitem")).toHaveCount(0);

  const reply = "PT Tol Nusantara menyatakan ganti rugi mengikuti penilaian appraisal independen.";
  await form.getByLabel("Jenis").selectOption({ label: "Hak Jawab" });
  await form.getByLabel("Isi catatan").fill(reply);
  await form.getByLabel("Tautan hak jawab (opsional)").fill(replyUrl);
  await form.getByRole("button", { name: "Tambahkan catatan" }).click();
  await expect(form.getByRole("status")).toHaveText("Hak Jawab ditambahkan dan tampil di akhir artikel.");

  const section = reader.getByRole("region", { name: "Hak Jawab" });
  // An edited story may be served as it was for up to 0.9 s after the change (README, "Caching").
  await expect.poll(async () => (await reader.goto(publicPath), await section.getByRole("heading", { level: 2 }).count())).toBe(1);
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Hak Jawab");
  await expect(section.getByRole("listitem")).toContainText(`Hak Jawab · `);
  await expect(section.getByRole("listitem")).toContainText(reply);
  await expect(section.getByRole("link", { name: "Baca hak jawab selengkapnya" })).toHaveAttribute("href", replyUrl);
  expect((await newsArticleJsonLd(reader)).correction).toEqual([
    { "@type": "CorrectionComment", name: "Hak Jawab", text: reply, url: replyUrl, datePublished: expect.stringMatching(/\+07:00$/) },
  ]);
  await editor.context().close();
});

test("a reporter sees the corrections but no form, and a direct post of the editor's form is refused", async ({ browser, baseURL }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const { newsroomPath } = await publishedArticle(editor, "Kereta tambahan Lebaran berangkat pagi", "Kereta tambahan berangkat pukul 07.00 dari Gambir.");
  const articleId = Number(newsroomPath.split("/").at(-1));

  await reporter.goto(newsroomPath);
  await expect(corrections(reporter)).toContainText("Belum ada koreksi.");
  await expect(corrections(reporter).getByLabel("Isi catatan")).toHaveCount(0);
  await expect(corrections(reporter).getByRole("button", { name: "Tambahkan catatan" })).toHaveCount(0);

  // What the editor's browser posts without JavaScript: the server-rendered form, React's hidden
  // action fields included (hydration takes them out of the live page).
  const html = await (await editor.request.get(newsroomPath)).text();
  const scratch = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await scratch.setContent(html);
  const fields = await corrections(scratch)
    .locator("form")
    .evaluate((form: HTMLFormElement) => Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)])));
  expect(Object.keys(fields)).toContain("$ACTION_KEY");
  await scratch.context().close();
  const note = "Kereta berangkat pukul 08.00, bukan 07.00.";
  const post = (page: Page) => page.request.post(newsroomPath, { multipart: { ...fields, note }, headers: { origin: baseURL! } });

  await post(reporter);
  expect(correctionCount(articleId, note), "the reporter's post stored nothing").toBe(0);
  await post(editor);
  expect(correctionCount(articleId, note), "the same post by the editor is stored").toBe(1);

  await reporter.reload();
  await expect(corrections(reporter).getByRole("listitem")).toContainText(note);
  await expect(corrections(reporter).getByLabel("Isi catatan")).toHaveCount(0);
  await editor.context().close();
  await reporter.context().close();
});
