import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, STAFF_PASSWORD, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { body, newDraft, openDesk, saveState, write } from "./support/newsroom";

const hashtagField = (page: Page) => page.getByRole("combobox", { name: "Tagar" });

test("hashtag autocomplete offers existing tags by their start, and a new one is created inline", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await newDraft(reporter, "Liga voli putri", "Pertandingan berlangsung sengit.");

  await hashtagField(reporter).fill("beritater");
  const suggestions = reporter.getByRole("listbox", { name: "Saran tagar" });
  await expect(suggestions.getByRole("option").first()).toHaveText(/^#beritaterkini · \d+ artikel$/);
  await hashtagField(reporter).press("ArrowDown");
  await expect(suggestions.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
  expect(await seriousViolations(reporter)).toEqual([]);
  await hashtagField(reporter).press("Enter");
  await expect(hashtagField(reporter)).toHaveValue("beritaterkini, ");

  await hashtagField(reporter).pressSequentially("Voli Putri Nusantara");
  await expect(suggestions.getByRole("option", { name: "Buat tagar baru #VoliPutriNusantara" })).toBeVisible();
  await suggestions.getByRole("option", { name: "Buat tagar baru #VoliPutriNusantara" }).click();
  await expect(hashtagField(reporter)).toHaveValue("beritaterkini, VoliPutriNusantara, ");
  await expect(reporter.getByLabel("Tagar tersimpan sebagai")).toHaveText("#beritaterkini#voliputrinusantara");

  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi \d+/);
  await reporter.reload();
  await expect(hashtagField(reporter)).toHaveValue("beritaterkini, VoliPutriNusantara");
  await hashtagField(reporter).press("End");
  await hashtagField(reporter).pressSequentially(", voliputri");
  await expect(reporter.getByRole("option", { name: /^#VoliPutriNusantara · 0 artikel$/ })).toBeVisible();
  await reporter.context().close();
});

test("the SEO fields show live previews of the search result and the share card, with counters", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await openDesk(reporter);
  await reporter.getByLabel("Judul", { exact: true }).fill("Harga beras turun di Pasar Induk Cipinang");
  await reporter.getByLabel("Dek (ringkasan)").fill("Pasokan dari Jawa Tengah melimpah menjelang panen raya.");
  await expect(reporter.getByTestId("search-preview-title")).toHaveText("Harga beras turun di Pasar Induk Cipinang | RI News Portal");
  await expect(reporter.getByTestId("search-preview-description")).toHaveText("Pasokan dari Jawa Tengah melimpah menjelang panen raya.");
  await expect(reporter.getByTestId("share-preview-title")).toHaveText("Harga beras turun di Pasar Induk Cipinang");
  await expect(reporter.getByTestId("share-preview-card")).toHaveText("Harga beras turun di Pasar Induk Cipinang");

  await reporter.getByLabel("Judul SEO").fill("Harga beras turun");
  await reporter.getByLabel("Deskripsi SEO").fill("Harga beras medium turun Rp1.000 per kilogram.");
  await expect(reporter.getByTestId("search-preview-title")).toHaveText("Harga beras turun | RI News Portal");
  await expect(reporter.getByTestId("search-preview-description")).toHaveText("Harga beras medium turun Rp1.000 per kilogram.");
  await expect(reporter.getByText("17/70 karakter")).toBeVisible();
  await expect(reporter.getByText("46/160 karakter")).toBeVisible();
  await expect(reporter.getByText("41/200 karakter")).toBeVisible();
  await reporter.context().close();
});

test("a refused save can be merged field by field with the other person's version", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const path = await newDraft(reporter, "Sidang kasus korupsi", "Sidang dibuka pukul sembilan.");
  await openDesk(reporter, "reload");
  await openDesk(editor, path);

  await editor.getByLabel("Judul", { exact: true }).fill("Sidang kasus korupsi dana desa");
  await body(editor).click();
  await editor.keyboard.press("ControlOrMeta+End");
  await write(editor, " Jaksa membacakan dakwaan.");
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi 2/);

  await reporter.getByLabel("Dek (ringkasan)").fill("Terdakwa didampingi tiga pengacara.");
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await write(reporter, " Terdakwa hadir.");
  await reporter.getByRole("button", { name: "Simpan" }).click();

  const merge = reporter.getByRole("region", { name: "Gabungkan dengan versi 2" });
  await expect(merge.getByRole("group")).toHaveText([/^Judul/, /^Dek/, /^Isi/]);
  await expect(merge.getByTestId("merge-body-theirs")).toHaveText("Sidang dibuka pukul sembilan. Jaksa membacakan dakwaan.");
  await expect(merge.getByTestId("merge-body-mine")).toHaveText("Sidang dibuka pukul sembilan. Terdakwa hadir.");
  expect(await seriousViolations(reporter)).toEqual([]);
  await merge.getByRole("radio", { name: "Judul: versi 2" }).check();
  await merge.getByRole("button", { name: "Terapkan pilihan ke editor" }).click();

  await expect(merge).toBeHidden();
  await expect(reporter.getByLabel("Judul", { exact: true })).toHaveValue("Sidang kasus korupsi dana desa");
  await expect(reporter.getByLabel("Dek (ringkasan)")).toHaveValue("Terdakwa didampingi tiga pengacara.");
  await expect(body(reporter)).toHaveText("Sidang dibuka pukul sembilan. Terdakwa hadir.");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 3/);

  await openDesk(editor, "reload");
  await expect(editor.getByLabel("Judul", { exact: true })).toHaveValue("Sidang kasus korupsi dana desa");
  await expect(editor.getByLabel("Dek (ringkasan)")).toHaveValue("Terdakwa didampingi tiga pengacara.");
  await expect(body(editor)).toHaveText("Sidang dibuka pukul sembilan. Terdakwa hadir.");
  await reporter.context().close();
  await editor.context().close();
});

test("pasting from Word or a web page keeps only what the body allows, and the story saves", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await newDraft(reporter, "Rapat koordinasi banjir", "Awal.");
  const wordHtml = [
    `<p class="MsoNormal" style="font-family:Calibri;color:red"><span style="mso-bidi-font-weight:bold">Hasil <b>rapat</b> <u>penting</u> <i>sekali</i></span></p>`,
    `<h1 style="font-size:40px">Judul besar</h1>`,
    `<table><tr><td>Sel tabel</td></tr></table>`,
    `<script>window.pasted = true</script><img src="x" onerror="window.pasted = true">`,
    `<p><a href="javascript:window.pasted = true">tautan jahat</a> dan <a href="https://bnpb.go.id/">BNPB</a></p>`,
    `<pre><code>kode</code></pre><hr><p style="text-decoration:line-through"><s>coret</s></p>`,
  ].join("");
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await body(reporter).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "cadangan");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, wordHtml);

  const editorBody = body(reporter);
  await expect(editorBody).toContainText("Hasil rapat penting sekali");
  await expect(editorBody.locator("strong")).toHaveText("rapat");
  await expect(editorBody.locator("em")).toHaveText("sekali");
  await expect(editorBody.locator("u, s, table, script, img, pre, code, hr, h1, [style]")).toHaveCount(0);
  await expect(editorBody.getByRole("link", { name: "BNPB" })).toHaveAttribute("href", "https://bnpb.go.id/");
  await expect(editorBody.getByRole("link", { name: "tautan jahat" })).toHaveCount(0);
  await expect(editorBody).toContainText("Sel tabel");
  expect(await reporter.evaluate(() => (window as { pasted?: boolean }).pasted)).toBeUndefined();

  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi \d+/);
  await reporter.reload();
  await expect(body(reporter)).toContainText("Hasil rapat penting sekali");
  await expect(body(reporter).getByRole("link", { name: "BNPB" })).toBeVisible();
  await reporter.context().close();
});

test("the preview shows an unpublished story as the public site will, at phone and desktop widths, to staff only", async ({ browser, request }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const path = await newDraft(reporter, "Draf rahasia pratinjau", "Isi yang belum terbit.");
  await reporter.reload();
  await reporter.getByRole("link", { name: "Pratinjau", exact: true }).click();
  await expect(reporter).toHaveURL(`${path}/pratinjau`);

  const phone = reporter.frameLocator('iframe[title="Pratinjau di layar ponsel"]');
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Draf rahasia pratinjau");
  await expect(phone.getByRole("banner")).toContainText("RI News Portal");
  await expect(reporter.locator("iframe")).toHaveAttribute("width", "390");
  expect(await seriousViolations(reporter)).toEqual([]);
  await reporter.getByRole("link", { name: "Desktop (1280 px)" }).click();
  await expect(reporter.locator('iframe[title="Pratinjau di layar desktop"]')).toHaveAttribute("width", "1280");
  await expect(reporter.frameLocator("iframe").getByText("Isi yang belum terbit.")).toBeVisible();

  const framePath = `/redaksi/pratinjau/${path.split("/").at(-1)}`;
  const staffView = await reporter.request.get(framePath);
  expect(staffView.status()).toBe(200);
  expect(staffView.headers()["cache-control"]).toContain("no-store");
  expect(staffView.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  expect(await staffView.text()).toMatch(/<meta name="robots" content="noindex/);

  const signedOut = await request.get(framePath, { maxRedirects: 0 });
  expect(signedOut.status()).toBeGreaterThanOrEqual(300);
  expect(await signedOut.text()).not.toContain("Isi yang belum terbit.");
  expect((await request.get("/berita/draf-rahasia-pratinjau")).status()).toBe(404);
  await reporter.context().close();
});

test("when the session ends while writing, the save is refused with a way back in and nothing typed is lost", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const path = await newDraft(reporter, "Sesi habis saat menulis", "Paragraf pertama.");
  await openDesk(reporter, "reload");
  await reporter.context().clearCookies();
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await write(reporter, " Paragraf yang ditulis setelah sesi habis.");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(reporter.getByRole("alert").filter({ hasText: "Sesi Anda sudah berakhir" })).toBeVisible();
  await expect(body(reporter)).toHaveText("Paragraf pertama. Paragraf yang ditulis setelah sesi habis.");

  const [signInTab] = await Promise.all([reporter.context().waitForEvent("page"), reporter.getByRole("link", { name: "Masuk lagi di tab baru" }).click()]);
  await signInTab.getByLabel("Email").fill(ACCOUNTS.reporter);
  await signInTab.getByLabel("Kata sandi").fill(STAFF_PASSWORD);
  await signInTab.getByRole("button", { name: "Masuk" }).click();
  await expect(signInTab).toHaveURL(/\/redaksi$/);
  await signInTab.close();

  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 2/);
  await reporter.goto(path);
  await expect(body(reporter)).toHaveText("Paragraf pertama. Paragraf yang ditulis setelah sesi habis.");
  await reporter.context().close();
});

test("text written offline is kept in the browser and offered back when the tab is reopened", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const path = await newDraft(reporter, "Liputan di daerah tanpa sinyal", "Sinyal hilang di lereng.");
  await openDesk(reporter, "reload");
  await reporter.context().setOffline(true);
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await write(reporter, " Warga mengungsi ke balai desa.");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(reporter.getByRole("alert").filter({ hasText: "Server tidak dapat dihubungi" })).toBeVisible();
  await expect(body(reporter)).toHaveText("Sinyal hilang di lereng. Warga mengungsi ke balai desa.");

  await expect
    .poll(() => reporter.evaluate(() => Object.values(localStorage).some((copy) => copy.includes("Warga mengungsi ke balai desa."))))
    .toBe(true);
  // The tab is lost (closed, crashed) before the connection comes back.
  const context = reporter.context();
  await reporter.close();
  await context.setOffline(false);
  const reopened = await context.newPage();
  await openDesk(reopened, path);
  await expect(body(reopened)).toHaveText("Sinyal hilang di lereng.");
  const notice = reopened.getByRole("region", { name: "Ada tulisan yang belum tersimpan" });
  await expect(notice).toBeVisible();
  expect(await seriousViolations(reopened)).toEqual([]);
  await notice.getByRole("button", { name: "Pulihkan tulisan itu" }).click();
  await expect(notice).toBeHidden();
  await expect(body(reopened)).toHaveText("Sinyal hilang di lereng. Warga mengungsi ke balai desa.");
  await reopened.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reopened)).toHaveText(/Tersimpan · versi 2/);

  await openDesk(reopened, "reload");
  await expect(reopened.getByRole("region", { name: "Ada tulisan yang belum tersimpan" })).toHaveCount(0);
  await expect(body(reopened)).toHaveText("Sinyal hilang di lereng. Warga mengungsi ke balai desa.");

  // Signing out leaves none of the writer's unsaved text in this (perhaps shared) browser.
  const keptCopies = () => reopened.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("ri-news:naskah:")).length);
  await reopened.getByLabel("Dek (ringkasan)").fill("Belum disimpan.");
  await expect.poll(keptCopies).toBe(1);
  reopened.once("dialog", (dialog) => dialog.accept());
  await reopened.getByRole("button", { name: "Keluar" }).click();
  await expect(reopened).toHaveURL(/\/redaksi\/masuk/);
  expect(await keptCopies()).toBe(0);
  await context.close();
});

test("the body's keyboard shortcuts make headings, bold, italic, lists and quotes, as the toolbar says", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await openDesk(reporter);
  await expect(reporter.getByRole("button", { name: "Tebal" })).toHaveAttribute("title", "Tebal (Ctrl+B)");
  const editorBody = body(reporter);
  await editorBody.click();
  await reporter.keyboard.press("Control+Alt+2");
  await reporter.keyboard.type("Kronologi");
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.press("Control+b");
  await reporter.keyboard.type("Tebal");
  await reporter.keyboard.press("Control+b");
  await reporter.keyboard.press("Control+i");
  await reporter.keyboard.type(" miring");
  await reporter.keyboard.press("Control+i");
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.press("Control+Shift+8");
  await reporter.keyboard.type("Butir daftar");
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.press("Enter");
  await reporter.keyboard.press("Control+Shift+b");
  await reporter.keyboard.type("Kutipan narasumber");

  await expect(editorBody.locator("h2")).toHaveText("Kronologi");
  await expect(editorBody.locator("strong")).toHaveText("Tebal");
  await expect(editorBody.locator("em")).toContainText("miring");
  await expect(editorBody.locator("ul li")).toHaveText("Butir daftar");
  await expect(editorBody.locator("blockquote")).toHaveText("Kutipan narasumber");
  await reporter.context().close();
});
