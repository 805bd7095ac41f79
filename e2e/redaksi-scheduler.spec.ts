import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { newDraft } from "./support/newsroom";

// The scheduler's spec runs in a project of its own, beside the other newsroom specs: it mostly waits
// for the scheduler's minute, and one worker waiting for it would hold the whole suite up.

/** "YYYY-MM-DDTHH:mm" in WIB, as the schedule field takes it. */
function wibWallClock(at: number): string {
  return new Date(at).toLocaleString("sv-SE", { timeZone: "Asia/Jakarta" }).replace(" ", "T").slice(0, 16);
}

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
