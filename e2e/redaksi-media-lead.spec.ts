import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { body, openDesk, paste, saveState, tool, write } from "./support/newsroom";
import { photo } from "./support/photos";

// A Foto story leads with its gallery; an Instagram post in it, titled by the writer, is a link
// without JavaScript and the provider's frame after a click. Nothing goes to Instagram: its hosts are
// answered here.

const POST_ID = "C1a2B3c4D5e";
const CANONICAL = `https://www.instagram.com/p/${POST_ID}/`;
const PROVIDER_HOSTS = /^https:\/\/([a-z0-9-]+\.)*(instagram\.com|cdninstagram\.com)\//;

test("a Foto story leads with its gallery; a titled Instagram embed is a link without JavaScript and the player on click", async ({ browser, page: reader, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const stamp = Date.now();
  const alts = [`Relawan membagikan makanan ${stamp}`, `Pengungsi di tenda darurat ${stamp}`];
  for (const alt of alts) {
    const upload = await editor.request.post("/api/media", {
      multipart: { file: { name: "banjir.jpg", mimeType: "image/jpeg", buffer: await photo(1200, 800) }, alt, caption: `Keterangan: ${alt}`, credit: "Antara" },
    });
    expect(upload.status()).toBe(201);
  }

  await openDesk(editor);
  await editor.getByLabel("Judul", { exact: true }).fill(`Foto: banjir di Demak ${stamp}`);
  await editor.getByLabel("Jenis").selectOption({ label: "Foto" });
  await body(editor).click();
  await write(editor, "Warga mengungsi setelah tanggul jebol.");
  await editor.keyboard.press("Enter");
  await paste(body(editor), `${CANONICAL}?igsh=abc`);
  await expect(body(editor).getByText(`Unggahan Instagram: ${POST_ID}`)).toBeVisible();

  await tool(editor, "Galeri").click();
  const search = editor.getByRole("searchbox", { name: "Cari di pustaka media" });
  await search.fill(String(stamp));
  await search.press("Enter");
  for (const alt of alts) await editor.getByRole("button", { name: `Tambahkan ke galeri: ${alt}` }).click();
  await editor.getByRole("button", { name: "Sisipkan galeri" }).click();
  await expect(body(editor).getByText("Galeri: 2 foto")).toBeVisible();

  // Typed key by key into the field on the embed; the server trims it.
  const titleField = body(editor).getByLabel("Judul sematan (opsional)");
  await titleField.fill("  Pantauan udara BNPB");
  await titleField.pressSequentially(" di Demak  ");
  await expect(titleField).toHaveValue("  Pantauan udara BNPB di Demak  ");
  const embedTitle = "Pantauan udara BNPB di Demak";
  expect(await seriousViolations(editor, "[data-node-view-wrapper]")).toEqual([]);
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi \d+/);
  await openDesk(editor, "reload");
  await expect(body(editor).getByLabel("Judul sematan (opsional)")).toHaveValue(embedTitle);
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  const publicPath = (await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href"))!;
  await editor.context().close();

  // Without JavaScript: the gallery leads, and the embed is a link to the post under its title.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.route(PROVIDER_HOSTS, (route) => route.fulfill({ status: 200, body: "" }));
  await still.goto(publicPath);
  const plainLink = still.locator("article").first().getByRole("link", { name: embedTitle });
  await expect(plainLink).toHaveAttribute("href", CANONICAL);
  await expect(plainLink).toContainText("Lihat unggahan di Instagram");
  await noScript.close();

  await reader.route(PROVIDER_HOSTS, (route) => route.fulfill({ status: 200, body: "" }));
  await reader.goto(publicPath);
  const article = reader.locator("article").first();
  const gallery = article.getByRole("region", { name: /^Galeri foto, 2 foto/ });
  await expect(gallery).toHaveCount(1);
  await expect(article.locator("h1 ~ figure").first().getByRole("region", { name: /^Galeri foto/ })).toBeVisible();
  for (const alt of alts) await expect(gallery.getByRole("img", { name: alt })).toBeVisible();
  await expect(article.locator("iframe")).toHaveCount(0);

  await article.getByRole("link", { name: embedTitle }).click();
  const frame = article.locator("iframe");
  await expect(frame).toHaveAttribute("src", `https://www.instagram.com/p/${POST_ID}/embed`);
  await expect(frame).toHaveAttribute("title", embedTitle);
  await expect(reader).toHaveURL(new RegExp(`${publicPath}$`));

  await expect.poll(async () => (await (await request.get("/rss.xml")).text()).includes(`<a href="${CANONICAL}">${embedTitle}</a>`)).toBe(true);
});
