import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { body, openDesk, saveState, write } from "./support/newsroom";


/** Replaces the whole body with this text, saves, and answers the version saved. */
async function rewriteBody(page: Page, text: string): Promise<number> {
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+A");
  await write(page, text);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(page)).toHaveText(/Tersimpan · versi \d+/);
  return Number((await saveState(page).textContent())!.match(/versi (\d+)/)![1]);
}

test("an article edited twice: the compare view shows the words inserted and deleted, and a restored revision stays after a reload", async ({ browser }) => {
  // The editor writes: a editor draft more would push the seeded one that redaksi-workflow.spec.ts
  // opens off the editor's dashboard.
  const editor = await staffPage(browser, ACCOUNTS.editor);
  await openDesk(editor);
  await editor.getByLabel("Judul", { exact: true }).fill("Panen raya padi di Karawang");
  const first = await rewriteBody(editor, "Petani memanen padi di sawah seluas seratus hektare.");
  await expect(editor).toHaveURL(/\/redaksi\/artikel\/\d+$/);
  const articlePath = new URL(editor.url()).pathname;
  const second = await rewriteBody(editor, "Ratusan petani memanen padi di sawah seluas dua ratus hektare.");
  await editor.getByLabel("Judul", { exact: true }).fill("Panen raya padi di Karawang meluas");
  const third = await rewriteBody(editor, "Ratusan petani memanen padi di sawah seluas dua ratus hektare.");

  await editor.reload();
  await editor.getByRole("link", { name: `Bandingkan versi ${first} dengan versi sekarang` }).click();
  await expect(editor).toHaveURL(`${articlePath}/revisi?dari=${first}&ke=${third}`);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Bandingkan revisi: Panen raya padi di Karawang meluas");
  const isi = editor.getByRole("region", { name: "Isi" });
  await expect(isi.locator("ins").filter({ hasText: "dua ratus" })).toBeVisible();
  await expect(isi.locator("del").filter({ hasText: "seratus" })).toBeVisible();
  await expect(isi.locator("ins").first()).toContainText("[ditambahkan:");
  const rincian = editor.getByRole("region", { name: "Rincian" });
  await expect(rincian.locator("ins")).toContainText("meluas");

  // Any two versions, picked with the GET form.
  await editor.getByLabel("Dari versi").selectOption(String(second));
  await editor.getByLabel("Ke versi").selectOption(String(third));
  await editor.getByRole("button", { name: "Bandingkan" }).click();
  await expect(editor).toHaveURL(`${articlePath}/revisi?dari=${second}&ke=${third}`);
  await expect(isi).toContainText("Isi artikel tidak berubah.");
  await expect(isi.locator("ins, del")).toHaveCount(0);
  await expect(rincian.locator("ins")).toContainText("meluas");

  expect(await seriousViolations(editor)).toEqual([]);

  await editor.goto(`${articlePath}/revisi?dari=abc&ke=${third}`);
  await expect(editor.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Versi harus berupa nomor versi, misalnya 2.");
  await editor.goto(`${articlePath}/revisi?dari=${first}&ke=999`);
  await expect(editor.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Versi 999 tidak ada pada artikel ini.");

  await editor.goto(articlePath);
  await editor.getByRole("button", { name: `Pulihkan versi ${first}` }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Revisi dipulihkan sebagai versi" })).toBeVisible();
  await editor.reload();
  await expect(body(editor)).toHaveText("Petani memanen padi di sawah seluas seratus hektare.");
  await expect(editor.getByLabel("Judul", { exact: true })).toHaveValue("Panen raya padi di Karawang");
  await editor.context().close();
});

test("a revision compare of an article that does not exist is a 404", async ({ browser }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  expect((await editor.goto("/redaksi/artikel/987654/revisi?dari=1&ke=2"))?.status()).toBe(404);
  expect((await editor.goto("/redaksi/artikel/abc/revisi"))?.status()).toBe(404);
  await editor.context().close();
});
