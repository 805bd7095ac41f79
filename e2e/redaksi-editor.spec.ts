import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { body, newDraft, openDesk, saveState, tool, write } from "./support/newsroom";

const SEED_TITLE = "Korea Utara Kirim Ribuan Pekerja Militer dan Penjinak Ranjau ke Kursk, Rusia";
const MOVIE_TITLE = "Movie Review: Brad Pitt Ngebut di Sirkuit! “F1” Sajikan Aksi Balap Memadukan Adrenalin dan Emosi";

test("an editor writes a story with every block type (headings, both lists, a quote, bold, italic, a link, Baca juga, an image), publishes it, and readers see it", async ({ browser, page: reader }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  await openDesk(editor);
  await editor.getByLabel("Judul", { exact: true }).fill("Banjir Bandang Landa Garut Selatan");
  await editor.getByLabel("Tempat dateline").fill("Garut");
  await editor.getByLabel("Tagar").fill("#Banjir Garut, bencana");

  await body(editor).click();
  await editor.keyboard.type("Hujan deras mengguyur Garut sejak sore.");
  await editor.keyboard.press("Enter");
  await tool(editor, "Subjudul").click();
  await editor.keyboard.type("Kronologi");
  await editor.keyboard.press("Enter");
  await tool(editor, "Daftar").click();
  await editor.keyboard.type("Pukul 17.00 hujan turun");
  await editor.keyboard.press("Enter");
  await editor.keyboard.type("Pukul 19.00 air naik");
  await editor.keyboard.press("Enter");
  await editor.keyboard.press("Enter");
  await editor.keyboard.type("Sumber BMKG");
  for (let i = 0; i < 4; i++) await editor.keyboard.press("Shift+ArrowLeft");
  editor.once("dialog", (dialog) => dialog.accept("https://www.bmkg.go.id/"));
  await tool(editor, "Tautan").click();
  await expect(body(editor).getByRole("link", { name: "BMKG" })).toBeVisible();
  // The prompt took the focus; pressing on the editor gives it back before the keys go in.
  await body(editor).press("End");
  await body(editor).press("Enter");
  await tool(editor, "Subjudul kecil").click();
  await editor.keyboard.type("Dampak");
  await editor.keyboard.press("Enter");
  await tool(editor, "Daftar bernomor").click();
  await editor.keyboard.type("Jalan provinsi terputus");
  await editor.keyboard.press("Enter");
  await editor.keyboard.press("Enter");
  await tool(editor, "Kutipan").click();
  await editor.keyboard.type("Kami ");
  await tool(editor, "Tebal").click();
  await editor.keyboard.type("siaga penuh");
  await tool(editor, "Tebal").click();
  await editor.keyboard.type(" kata ");
  await tool(editor, "Miring").click();
  await editor.keyboard.type("kepala BPBD");
  await tool(editor, "Miring").click();
  await editor.keyboard.press("Enter");
  // The new paragraph leaves the quote.
  await tool(editor, "Kutipan").click();

  await editor.getByRole("searchbox", { name: /Cari artikel untuk/ }).fill("Korea Utara Kursk");
  await editor.getByRole("button", { name: "Cari", exact: true }).click();
  await editor.getByRole("button", { name: `Sisipkan "Baca juga": ${SEED_TITLE}` }).click();
  await expect(body(editor)).toContainText(`Baca juga: ${SEED_TITLE}`);

  await tool(editor, "Sisipkan gambar").click();
  await editor.getByRole("searchbox", { name: "Cari di pustaka media" }).fill("Ilustrasi rubrik Nasional");
  await editor.getByRole("searchbox", { name: "Cari di pustaka media" }).press("Enter");
  await editor.getByRole("button", { name: "Sisipkan: Ilustrasi rubrik Nasional" }).click();
  await expect(body(editor).getByRole("img", { name: "Ilustrasi rubrik Nasional" })).toBeVisible();

  await editor.getByRole("button", { name: "Simpan" }).click();
  // An autosave may have come first, so any version.
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi \d+/);
  await editor.reload();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");

  await reader.goto("/berita/banjir-bandang-landa-garut-selatan");
  const article = reader.locator("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText("Banjir Bandang Landa Garut Selatan");
  await expect(article.getByRole("heading", { level: 2, name: "Kronologi" })).toBeVisible();
  await expect(article.getByRole("listitem").filter({ hasText: "Pukul 19.00 air naik" })).toBeVisible();
  await expect(article.getByRole("heading", { level: 3, name: "Dampak" })).toBeVisible();
  await expect(article.locator(".article-body ol li")).toHaveText("Jalan provinsi terputus");
  await expect(article.locator(".article-body blockquote")).toHaveText("Kami siaga penuh kata kepala BPBD");
  await expect(article.locator(".article-body blockquote strong")).toHaveText("siaga penuh");
  await expect(article.locator(".article-body blockquote em")).toHaveText("kepala BPBD");
  await expect(article.getByRole("link", { name: "BMKG" })).toHaveAttribute("href", "https://www.bmkg.go.id/");
  await expect(article.getByRole("complementary", { name: "Baca juga" }).getByRole("link")).toHaveText(SEED_TITLE);
  await expect(article).toContainText("Garut");
  const figure = article.locator(".article-body figure");
  await expect(figure.getByRole("img", { name: "Ilustrasi rubrik Nasional" })).toHaveAttribute("src", "/demo/nasional.jpg");
  await expect(figure.locator("figcaption")).toHaveText("Ilustrasi Nasional Foto: Redaksi RI News Portal");
  await editor.context().close();
});

test("pasting the seed copy fills dateline, body, Baca juga, credits and hashtags for review", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await openDesk(reporter);
  await reporter.getByText("Tempel naskah").click();
  await reporter.getByLabel("Naskah format redaksi").fill(readFileSync("lib/seed/seed-article.txt", "utf8"));
  await reporter.getByRole("button", { name: "Isi formulir dari naskah" }).click();
  await expect(reporter.getByRole("status").filter({ hasText: "Naskah terbaca" })).toBeVisible();

  await expect(reporter.getByLabel("Tempat dateline")).toHaveValue("Seoul, Korea Selatan");
  await expect(body(reporter)).toContainText("Korea Utara akan mengirim ribuan pekerja konstruksi militer");
  await expect(body(reporter)).toContainText(`Baca juga: ${MOVIE_TITLE}`);
  await expect(body(reporter)).not.toContainText("Pewarta :");
  await expect(reporter.getByLabel("Tagar", { exact: true })).toHaveValue(/rinewsadvertaising.*berita/);
  await expect(reporter.getByLabel("Peran kredit 1")).toHaveValue("pewarta");
  await expect(reporter.getByLabel("Staf kredit 1").locator("option:checked")).toHaveText("Setiawan S.TH");

  await reporter.getByLabel("Judul", { exact: true }).fill("Naskah tempel uji");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi \d+/);
  await reporter.reload();
  await expect(body(reporter)).toContainText(`Baca juga: ${MOVIE_TITLE}`);
  await expect(reporter.getByLabel("Tempat dateline")).toHaveValue("Seoul, Korea Selatan");
  await reporter.context().close();
});

test("two people editing one article: the second save is refused, shows the other text, and keeps its own", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const path = await newDraft(reporter, "Rapat paripurna DPRD", "Teks awal.");
  await openDesk(reporter, "reload");
  await openDesk(editor, path);

  await body(editor).click();
  await editor.keyboard.press("ControlOrMeta+End");
  await write(editor, " Tambahan redaktur.");
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi 2/);

  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await write(reporter, " Tambahan pewarta.");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(reporter.getByRole("alert").filter({ hasText: "sudah disimpan orang lain (versi 2)" })).toBeVisible();
  await expect(reporter.getByTestId("merge-body-theirs")).toContainText("Teks awal. Tambahan redaktur.");
  await expect(body(reporter)).toContainText("Teks awal. Tambahan pewarta.");

  await reporter.getByRole("button", { name: "Simpan tulisan saya sebagai versi terbaru" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 3/);
  await editor.reload();
  await expect(body(editor)).toContainText("Teks awal. Tambahan pewarta.");
  await reporter.context().close();
  await editor.context().close();
});

test("a draft is saved by itself while writing and survives a reload", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const path = await newDraft(reporter, "Pasar takjil ramai", "Pembeli berdatangan.");
  await reporter.reload();
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await reporter.keyboard.type(" Harga kolak naik.");
  // Waits for the autosave (3 s after the last keystroke) without a Simpan click.
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 2/);
  await reporter.goto(path);
  await expect(body(reporter)).toContainText("Pembeli berdatangan. Harga kolak naik.");
  await reporter.context().close();
});

test("an old revision is restored as the newest version and the editor shows it", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await newDraft(reporter, "Festival kopi Gayo", "Versi pertama.");
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await write(reporter, " Versi kedua.");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 2/);

  await reporter.reload();
  await reporter.getByRole("button", { name: "Pulihkan versi 1" }).click();
  await expect(reporter.getByRole("status").filter({ hasText: "Revisi dipulihkan sebagai versi 3." })).toBeVisible();
  await expect(body(reporter)).toHaveText("Versi pertama.");
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 3/);
  await reporter.context().close();
});
