import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "../redaksi-sign-in";

// The writing desk as the specs drive it.

/** A page in its own browser context, signed in as this account. */
export async function staffPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

export const body = (page: Page) => page.getByRole("textbox", { name: "Isi artikel" });
export const tool = (page: Page, name: string) => page.getByRole("toolbar", { name: "Format isi" }).getByRole("button", { name, exact: true });
export const saveState = (page: Page) => page.getByTestId("save-state");

/** Writes and saves a new draft; answers its newsroom path. */
export async function newDraft(page: Page, title: string, text: string): Promise<string> {
  await page.goto("/redaksi/artikel/baru");
  await page.getByLabel("Judul", { exact: true }).fill(title);
  await body(page).click();
  await page.keyboard.type(text);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(page)).toHaveText(/Tersimpan · versi 1/);
  await expect(page).toHaveURL(/\/redaksi\/artikel\/\d+$/);
  return new URL(page.url()).pathname;
}
