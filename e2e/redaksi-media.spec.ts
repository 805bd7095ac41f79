import { createHash } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./support/accessibility";
import { readDatabase } from "./support/database";
import { openDesk, write } from "./support/newsroom";
import { photo } from "./support/photos";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

// Uploads and their use in articles. Fixtures are drawn with sharp (support/photos.ts), each with its
// own colour so its content-derived key is new to this run's MEDIA_DIR (playwright.config.ts: E2E_MEDIA_DIR).

/** Whether MEDIA_DIR holds files for these bytes (stored under the first 128 bits of their SHA-256). */
function stored(bytes: Buffer): boolean {
  const key = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  return existsSync(join(process.env.E2E_MEDIA_DIR!, key.slice(0, 2), key));
}

async function fillUpload(scope: Page | ReturnType<Page["getByRole"]>, file: string | { name: string; mimeType: string; buffer: Buffer }, details: { alt: string; caption: string; credit: string }) {
  await scope.getByLabel("Berkas gambar").setInputFiles(file);
  await scope.getByLabel("Teks alternatif (alt)").fill(details.alt);
  await scope.getByLabel("Keterangan foto").fill(details.caption);
  await scope.getByLabel("Kredit foto").fill(details.credit);
  await scope.getByRole("button", { name: "Unggah", exact: true }).click();
}

test("a reporter uploads a photo with alt text, caption and credit; it is listed and served with year-long cache headers", async ({ browser }) => {
  const page = await staffPage(browser, ACCOUNTS.reporter);
  await page.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Media" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pustaka media");

  const alt = `Petugas memeriksa tanggul ${Date.now()}`;
  await fillUpload(page, { name: "tanggul.jpg", mimeType: "image/jpeg", buffer: await photo(1800, 1200) }, { alt, caption: "Tanggul Sungai Citarum diperiksa.", credit: "Setiawan/RI News" });
  await expect(page.getByRole("status").filter({ hasText: "Gambar tersimpan di pustaka media." })).toBeVisible();

  const row = page.getByRole("row").filter({ hasText: alt });
  await expect(row).toContainText("Tanggul Sungai Citarum diperiksa.");
  await expect(row).toContainText("Foto: Setiawan/RI News");
  await expect(row).toContainText("Setiawan");
  await expect(row).toContainText("1600 × 1067 piksel");
  const thumbnail = row.getByRole("img", { name: alt });
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(400);

  const src = (await thumbnail.getAttribute("src"))!;
  expect(src).toMatch(/^\/media\/[0-9a-f]{32}\/400\.webp$/);
  for (const [path, type] of [[src, "image/webp"], [src.replace("400.webp", "1600.jpg"), "image/jpeg"], [src.replace("400.webp", "1200.avif"), "image/avif"]] as const) {
    const response = await page.request.get(path, { headers: { "Accept-Encoding": "gzip" } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
    expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    expect(response.headers()["content-encoding"]).toBeUndefined();
  }
  expect((await page.request.get(src.replace("400.webp", "900.webp"))).status()).toBe(404);
  expect((await page.request.get("/media/..%2F..%2Fetc%2Fpasswd")).status()).toBe(404);

  await row.getByRole("link", { name: alt, exact: true }).click();
  await page.getByLabel("Kredit foto").fill("Setiawan S.TH/RI News");
  await page.getByRole("button", { name: "Simpan keterangan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Keterangan gambar tersimpan." })).toBeVisible();
  await page.context().close();
});

test("bad files are refused with a clear message and nothing is stored", async ({ browser }, testInfo) => {
  const page = await staffPage(browser, ACCOUNTS.contributor);
  await page.goto("/redaksi/media");
  const details = { alt: `Berkas uji ${Date.now()}`, caption: "Tidak boleh tersimpan.", credit: "Uji" };
  const jpeg = await photo(1200, 800);
  const cases = [
    { name: "laporan.jpg", mimeType: "image/jpeg", buffer: Buffer.from("%PDF-1.7 ini laporan, bukan foto"), message: "Berkas ini bukan gambar JPEG, PNG, atau WebP (jenisnya diperiksa dari isi berkas, bukan dari namanya)." },
    { name: "terpotong.jpg", mimeType: "image/jpeg", buffer: jpeg.subarray(0, Math.floor(jpeg.length / 2)), message: "Gambar rusak atau terpotong sehingga tidak bisa dibaca. Ekspor ulang gambarnya, lalu unggah lagi." },
    {
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><script>alert(document.cookie)</script></svg>'),
      message: "Gambar SVG tidak diterima karena bisa berisi skrip. Unggah JPEG, PNG, atau WebP.",
    },
  ];
  // Playwright hands files over 50 MB to the page only by path.
  const big = Buffer.concat([jpeg, Buffer.alloc(50 * 1024 * 1024 - jpeg.length)]);
  const bigPath = testInfo.outputPath("besar.jpg");
  writeFileSync(bigPath, big);
  for (const { message, ...file } of [...cases, { name: "besar.jpg", message: "Berkas terlalu besar (50 MB). Ukuran maksimal 15 MB." }]) {
    await fillUpload(page, "buffer" in file ? file : bigPath, details);
    await expect(page.getByRole("alert").filter({ hasText: message }), file.name).toBeVisible();
  }
  // The same 50 MB sent straight to the server, past the form's own check.
  const direct = await page.request.post("/api/media", {
    multipart: { file: { name: "besar.jpg", mimeType: "image/jpeg", buffer: big }, ...details },
  });
  expect(direct.status()).toBe(413);
  expect((await direct.json()).message).toBe("Berkas terlalu besar. Ukuran maksimal 15 MB.");
  // Alt text, caption and credit are required before anything is stored.
  const missing = await page.request.post("/api/media", { multipart: { file: { name: "baik.jpg", mimeType: "image/jpeg", buffer: jpeg }, alt: "", caption: "", credit: "" } });
  expect(missing.status()).toBe(400);
  expect((await missing.json()).fieldErrors).toEqual({ alt: ["Wajib diisi."], caption: ["Wajib diisi."], credit: ["Wajib diisi."] });

  // Other specs upload at the same time: what must be missing is these files and a row with these details.
  for (const bytes of [...cases.map((file) => file.buffer), big, jpeg]) expect(stored(bytes)).toBe(false);
  expect(readDatabase((db) => db.prepare("select count(*) as n from media where alt = ?").get(details.alt))).toEqual({ n: 0 });
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: details.alt })).toHaveCount(0);
  await page.context().close();
});

test("an editor uploads a photo inside the editor, puts it in the body and as featured image, publishes, and readers see it", async ({ browser, page: reader }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  await openDesk(editor);
  const title = `Tanggul Jebol di Bekasi ${Date.now()}`;
  await editor.getByLabel("Judul", { exact: true }).fill(title);
  const body = editor.getByRole("textbox", { name: "Isi artikel" });
  await body.click();
  await write(editor, "Air merendam permukiman warga.");

  const alt = `Warga mengungsi dengan perahu karet ${Date.now()}`;
  const caption = "Warga Bekasi dievakuasi dengan perahu karet, Rabu pagi.";
  await editor.getByRole("toolbar", { name: "Format isi" }).getByRole("button", { name: "Sisipkan gambar" }).click();
  const picker = editor.getByRole("group", { name: "Unggah gambar baru" });
  await editor.locator("summary", { hasText: "Unggah gambar baru" }).click();
  await fillUpload(picker, { name: "evakuasi.png", mimeType: "image/png", buffer: await photo(2000, 1300, "png") }, { alt, caption, credit: "Andi Foto/RI News" });
  await expect(body.locator("figure img")).toHaveAttribute("alt", alt);
  await expect(body.locator("figure figcaption")).toHaveText(`${caption} (Foto: Andi Foto/RI News)`);

  await editor.getByRole("button", { name: "Pilih gambar utama" }).click();
  await editor.getByRole("searchbox", { name: "Cari di pustaka media" }).fill(alt);
  await editor.getByRole("searchbox", { name: "Cari di pustaka media" }).press("Enter");
  await editor.getByRole("button", { name: `Jadikan gambar utama: ${alt}` }).click();
  await expect(editor.getByTestId("featured-image")).toContainText(alt);

  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(editor.getByTestId("save-state")).toHaveText(/Tersimpan · versi \d+/);
  await editor.reload();
  await expect(editor.getByTestId("featured-image")).toContainText(alt);
  await expect(body.locator("figure img")).toHaveAttribute("alt", alt);
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  const slug = await editor.getByText(/^tanggul-jebol-di-bekasi-/).textContent();

  await reader.goto(`/berita/${slug}`);
  const article = reader.locator("article");
  const [featured, inBody] = [article.locator("figure").first(), article.locator(".article-body figure")];
  for (const figure of [featured, inBody]) {
    await figure.scrollIntoViewIfNeeded();
    const img = figure.getByRole("img", { name: alt });
    await expect(img).toHaveAttribute("src", /^\/media\/[0-9a-f]{32}\/1600\.jpg$/);
    await expect(figure.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /\/400\.avif 400w, .*\/1600\.avif 1600w$/);
    await expect(figure.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /\/1600\.webp 1600w$/);
    await expect.poll(() => img.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth > 0)).toBe(true);
    expect(await img.evaluate((node: HTMLImageElement) => node.currentSrc)).toMatch(/\/media\/[0-9a-f]{32}\/\d+\.(avif|webp)$/);
  }
  await expect(featured.locator("figcaption")).toHaveText(`${caption} (Foto: Andi Foto/RI News)`);
  await expect(inBody.locator("figcaption")).toHaveText(`${caption} Foto: Andi Foto/RI News`);
  await expect(featured.getByRole("img")).toHaveAttribute("fetchpriority", "high");

  // Social previews and structured data name a real file by an absolute URL.
  const ogImage = (await reader.locator('meta[property="og:image"]').getAttribute("content"))!;
  expect(ogImage).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\/[0-9a-f]{32}\/1600\.jpg$/);
  const fetched = await reader.request.get(ogImage);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()["content-type"]).toBe("image/jpeg");
  const jsonLd = await reader.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.join("")).toContain(ogImage);

  // Listings show it too (through next/image, which reads it from the media route), within the
  // second a listing may still be served as it was before the publish (the grace after a hard change).
  const listed = reader.getByRole("img", { name: alt }).first();
  await expect.poll(async () => {
    await reader.goto("/terkini");
    return listed.count();
  }).toBeGreaterThan(0);
  await expect.poll(() => listed.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth > 0)).toBe(true);
  await editor.context().close();
});

test("the media library and the open pickers have no serious accessibility violation", async ({ browser }) => {
  const page = await staffPage(browser, ACCOUNTS.reporter);
  for (const path of ["/redaksi/media", "/redaksi/artikel/baru"]) {
    await page.goto(path);
    if (path.endsWith("baru")) {
      await page.getByRole("button", { name: "Sisipkan gambar" }).click();
      await page.getByRole("button", { name: "Pilih gambar utama" }).click();
      await expect(page.getByRole("list", { name: "Pustaka media" }).first()).toBeVisible();
    }
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.context().close();
});
