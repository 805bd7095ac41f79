import { expect, type Locator, type Page } from "@playwright/test";

// The writing desk as the specs drive it.

export const body = (page: Page) => page.getByRole("textbox", { name: "Isi artikel" });
export const tool = (page: Page, name: string) => page.getByRole("toolbar", { name: "Format isi" }).getByRole("button", { name, exact: true });
export const saveState = (page: Page) => page.getByTestId("save-state");

/**
 * Puts text in at the body's cursor in one input event, as a phone keyboard's suggestion or dictation
 * does. Key by key, every character re-renders the whole editor form: seconds per sentence on a busy
 * machine. Specs about keys themselves (shortcuts, input rules) type them.
 */
export const write = (page: Page, text: string) => page.keyboard.insertText(text);

/** Pastes plain text into the editor as a browser does from the clipboard. */
export async function paste(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Opens an article in the writing desk (the new-article page without a path, the same page again
 * with `"reload"`) and waits until it takes input. The body editor appears only once the page's script
 * has run: a field filled before that may be reset when the form comes to life, and a click does nothing.
 */
export async function openDesk(page: Page, path: string | "reload" = "/redaksi/artikel/baru"): Promise<void> {
  if (path === "reload") await page.reload();
  else await page.goto(path);
  await expect(body(page)).toBeVisible();
}

/** Writes and saves a new draft; answers its newsroom path. */
export async function newDraft(page: Page, title: string, text: string): Promise<string> {
  await openDesk(page);
  await page.getByLabel("Judul", { exact: true }).fill(title);
  await body(page).click();
  await write(page, text);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(page)).toHaveText(/Tersimpan · versi 1/);
  await expect(page).toHaveURL(/\/redaksi\/artikel\/\d+$/);
  return new URL(page.url()).pathname;
}

/** A new article written and published by this editor; answers its newsroom and public paths. */
export async function publishedArticle(editor: Page, title: string, text: string): Promise<{ newsroomPath: string; publicPath: string }> {
  const newsroomPath = await newDraft(editor, title, text);
  await editor.reload();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  const publicPath = await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href");
  return { newsroomPath, publicPath: publicPath! };
}
