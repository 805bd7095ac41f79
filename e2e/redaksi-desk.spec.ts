import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS } from "./redaksi-sign-in";
import { body, newDraft, saveState, staffPage } from "./support/newsroom";

const hashtagField = (page: Page) => page.getByRole("combobox", { name: "Tagar" });

/** "YYYY-MM-DDTHH:mm" in WIB, as the schedule field takes it. */
function wibWallClock(at: number): string {
  return new Date(at).toLocaleString("sv-SE", { timeZone: "Asia/Jakarta" }).replace(" ", "T").slice(0, 16);
}

test("hashtag autocomplete offers existing tags by their start, and a new one is created inline", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await newDraft(reporter, "Liga voli putri", "Pertandingan berlangsung sengit.");

  await hashtagField(reporter).fill("beritater");
  const suggestions = reporter.getByRole("listbox", { name: "Saran tagar" });
  await expect(suggestions.getByRole("option").first()).toHaveText(/^#beritaterkini · \d+ artikel$/);
  await hashtagField(reporter).press("ArrowDown");
  await expect(suggestions.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
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
  await reporter.goto("/redaksi/artikel/baru");
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
  await reporter.reload();
  await editor.goto(path);

  await editor.getByLabel("Judul", { exact: true }).fill("Sidang kasus korupsi dana desa");
  await body(editor).click();
  await editor.keyboard.press("ControlOrMeta+End");
  await editor.keyboard.type(" Jaksa membacakan dakwaan.");
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi 2/);

  await reporter.getByLabel("Dek (ringkasan)").fill("Terdakwa didampingi tiga pengacara.");
  await body(reporter).click();
  await reporter.keyboard.press("ControlOrMeta+End");
  await reporter.keyboard.type(" Terdakwa hadir.");
  await reporter.getByRole("button", { name: "Simpan" }).click();

  const merge = reporter.getByRole("region", { name: "Gabungkan dengan versi 2" });
  await expect(merge.getByRole("group")).toHaveText([/^Judul/, /^Dek/, /^Isi/]);
  await expect(merge.getByTestId("merge-body-theirs")).toHaveText("Sidang dibuka pukul sembilan. Jaksa membacakan dakwaan.");
  await expect(merge.getByTestId("merge-body-mine")).toHaveText("Sidang dibuka pukul sembilan. Terdakwa hadir.");
  await merge.getByRole("radio", { name: "Judul: versi 2" }).check();
  await merge.getByRole("button", { name: "Terapkan pilihan ke editor" }).click();

  await expect(merge).toBeHidden();
  await expect(reporter.getByLabel("Judul", { exact: true })).toHaveValue("Sidang kasus korupsi dana desa");
  await expect(reporter.getByLabel("Dek (ringkasan)")).toHaveValue("Terdakwa didampingi tiga pengacara.");
  await expect(body(reporter)).toHaveText("Sidang dibuka pukul sembilan. Terdakwa hadir.");
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText(/Tersimpan · versi 3/);

  await editor.reload();
  await expect(editor.getByLabel("Judul", { exact: true })).toHaveValue("Sidang kasus korupsi dana desa");
  await expect(editor.getByLabel("Dek (ringkasan)")).toHaveValue("Terdakwa didampingi tiga pengacara.");
  await expect(body(editor)).toHaveText("Sidang dibuka pukul sembilan. Terdakwa hadir.");
  await reporter.context().close();
  await editor.context().close();
});

test("an article scheduled a minute ahead is listed with its time, can be rescheduled, and goes live by itself", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const path = await newDraft(editor, "Pengumuman hasil seleksi CPNS", "Hasil seleksi diumumkan hari ini.");
  await editor.reload();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });

  await workflow.getByLabel("Waktu tayang (WIB)").fill(wibWallClock(Date.now() + 3_600_000));
  await workflow.getByRole("button", { name: "Jadwalkan" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel dijadwalkan.");
  const slug = "pengumuman-hasil-seleksi-cpns";
  expect((await request.get(`/berita/${slug}`)).status()).toBe(404);

  // One minute ahead: the next whole minute after sixty seconds from now.
  const goLive = Math.ceil((Date.now() + 60_000) / 60_000) * 60_000;
  await workflow.getByLabel("Waktu tayang (WIB)").fill(wibWallClock(goLive));
  await workflow.getByRole("button", { name: "Ubah jadwal" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Jadwal tayang diubah.");

  await editor.goto("/redaksi/artikel?status=scheduled");
  const row = editor.getByRole("row").filter({ hasText: "Pengumuman hasil seleksi CPNS" });
  await expect(row).toContainText(`${wibWallClock(goLive).slice(11)} WIB`);

  await expect
    .poll(async () => (await request.get(`/berita/${slug}`)).status(), { timeout: 200_000, intervals: [5_000] })
    .toBe(200);
  await editor.goto(path);
  await expect(editor.getByText("Terbit", { exact: true })).toBeVisible();
  await editor.context().close();
});

test("a scheduled article's schedule can be cancelled, and it goes back to draft", async ({ browser, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  await newDraft(editor, "Jadwal mudik gratis", "Pendaftaran dibuka pekan depan.");
  await editor.reload();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByLabel("Waktu tayang (WIB)").fill(wibWallClock(Date.now() + 120_000));
  await workflow.getByRole("button", { name: "Jadwalkan" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel dijadwalkan.");
  await workflow.getByRole("button", { name: "Batalkan jadwal" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Jadwal dibatalkan; artikel kembali menjadi draf.");
  await expect(workflow.getByRole("button", { name: "Jadwalkan" })).toBeVisible();
  expect((await request.get("/berita/jadwal-mudik-gratis")).status()).toBe(404);
  await editor.context().close();
});
