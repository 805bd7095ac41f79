import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { body, openDesk, paste, saveState, tool, write } from "./support/newsroom";
import { photo } from "./support/photos";

// Rich media in the body: a pasted YouTube address becomes an embed, two library photos become a
// gallery. Readers get a link to the video (the player loads only on click) and a gallery that
// swipes with CSS alone; RSS gets the plain link. Nothing goes to the providers: their hosts are
// answered here.

const VIDEO_ID = "dQw4w9WgXcQ";
const PROVIDER_HOSTS = /^https:\/\/([a-z0-9-]+\.)*(youtube\.com|youtube-nocookie\.com|ytimg\.com)\//;

test("a pasted YouTube address becomes an embed and library photos a gallery; readers load the player on click, RSS gets the link", async ({ browser, page: reader, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const stamp = Date.now();
  const alts = [`Penari kecak di Uluwatu ${stamp}`, `Penonton memadati amfiteater ${stamp}`];
  for (const alt of alts) {
    const upload = await editor.request.post("/api/media", {
      multipart: { file: { name: "kecak.jpg", mimeType: "image/jpeg", buffer: await photo(1600, 1000) }, alt, caption: `Keterangan: ${alt}`, credit: "Made/RI News" },
    });
    expect(upload.status()).toBe(201);
  }

  await openDesk(editor);
  const title = `Video tari kecak di Uluwatu ${stamp}`;
  await editor.getByLabel("Judul", { exact: true }).fill(title);
  await editor.getByLabel("Jenis").selectOption({ label: "Video" });
  await body(editor).click();
  await write(editor, "Pertunjukan kecak saat matahari terbenam.");
  await editor.keyboard.press("Enter");
  await paste(body(editor), `https://www.youtube.com/watch?v=${VIDEO_ID}&t=42s`);
  await expect(body(editor).getByText(`Video YouTube: ${VIDEO_ID}`)).toBeVisible();

  await tool(editor, "Galeri").click();
  const search = editor.getByRole("searchbox", { name: "Cari di pustaka media" });
  await search.fill(String(stamp));
  await search.press("Enter");
  for (const alt of alts) await editor.getByRole("button", { name: `Tambahkan ke galeri: ${alt}` }).click();
  await expect(editor.getByRole("list", { name: "Foto galeri" }).getByRole("img")).toHaveCount(2);
  await editor.getByRole("button", { name: "Sisipkan galeri" }).click();
  await expect(body(editor).getByText("Galeri: 2 foto")).toBeVisible();

  // The draft may already have saved itself (3 s after the last change); this saves whatever is left.
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi \d+/);
  await openDesk(editor, "reload");
  await expect(body(editor).getByText(`Video YouTube: ${VIDEO_ID}`)).toBeVisible();
  await expect(body(editor).getByRole("img", { name: alts[1] })).toBeVisible();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  const publicPath = (await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href"))!;

  // Without JavaScript the page links to the video: the link is in the HTML as sent.
  const canonical = `https://www.youtube.com/watch?v=${VIDEO_ID}`;
  expect(await (await request.get(publicPath)).text()).toContain(`href="${canonical}"`);

  await reader.route(PROVIDER_HOSTS, (route) => route.fulfill({ status: 200, body: "" }));
  await reader.goto(publicPath);
  const article = reader.locator("article").first();
  // A Video story leads with its embed, and shows it once.
  const link = article.getByRole("link", { name: "Tonton video di YouTube" });
  await expect(link).toHaveCount(1);
  await expect(link).toHaveAttribute("href", canonical);
  await expect(article.locator("h1 ~ figure").first()).toContainText("Tonton video di YouTube");
  await expect(article.locator('img[src^="https://i.ytimg.com/vi/"]')).toHaveAttribute("src", `https://i.ytimg.com/vi/${VIDEO_ID}/hqdefault.jpg`);
  await expect(article.locator("iframe")).toHaveCount(0);

  const gallery = article.getByRole("region", { name: /^Galeri foto, 2 foto/ });
  for (const alt of alts) await expect(gallery.getByRole("img", { name: alt })).toHaveAttribute("src", /^\/media\/[0-9a-f]{32}\/\d+\.jpg$/);
  await expect(gallery).toContainText("Foto: Made/RI News");
  expect(await gallery.evaluate((element) => getComputedStyle(element).scrollSnapType)).toBe("x mandatory");
  expect(await seriousViolations(reader, "article")).toEqual([]);

  await link.click();
  const frame = article.locator("iframe");
  await expect(frame).toHaveAttribute("src", `https://www.youtube-nocookie.com/embed/${VIDEO_ID}?autoplay=1`);
  await expect(frame).toHaveAttribute("title", "Tonton video di YouTube");
  await expect(reader).toHaveURL(new RegExp(`${publicPath}$`));

  await expect.poll(async () => (await (await request.get("/rss.xml")).text()).includes(`<a href="${canonical}">Tonton video di YouTube</a>`)).toBe(true);
  await editor.context().close();
});
