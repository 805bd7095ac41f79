import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

// A seeded draft by the reporter (lib/seed/demo-articles.ts), used by no other spec.
const TITLE = "Startup Lokal Perkenalkan Aplikasi Layanan Publik";
const PUBLIC_PATH = "/berita/startup-lokal-perkenalkan-aplikasi-layanan-publik";

test.describe.configure({ mode: "serial" });

let reporter: Page;
let editor: Page;
let articlePath: string;

const workflow = (page: Page) => page.getByRole("region", { name: "Alur kerja" });

test.beforeAll(async ({ browser }) => {
  reporter = await staffPage(browser, ACCOUNTS.reporter);
  editor = await staffPage(browser, ACCOUNTS.editor);
});
test.afterAll(async () => {
  await reporter.context().close();
  await editor.context().close();
});

test("a reporter finds their draft and submits it for review; readers still cannot see it", async ({ request }) => {
  // Found through the article list's search: other specs add drafts of their own to the dashboard.
  await reporter.goto(`/redaksi/artikel?q=${encodeURIComponent(TITLE)}`);
  await reporter.getByRole("link", { name: TITLE }).click();
  await expect(reporter).toHaveURL(/\/redaksi\/artikel\/\d+$/);
  articlePath = new URL(reporter.url()).pathname;
  await expect(workflow(reporter).getByRole("button", { name: "Terbitkan sekarang" })).toHaveCount(0);

  await workflow(reporter).getByRole("button", { name: "Kirim ke redaktur" }).click();
  await expect(workflow(reporter).getByRole("status")).toHaveText("Artikel dikirim ke redaktur untuk ditinjau.");
  await expect(reporter.locator("article header").getByText("Menunggu tinjauan")).toBeVisible();
  expect((await request.get(PUBLIC_PATH)).status()).toBe(404);
});

test("a reporter posting the editor's publish form directly is refused, and so is a post from another site", async ({ request }) => {
  await editor.goto(articlePath);
  const publishForm = workflow(editor).locator("form", { has: editor.getByRole("button", { name: "Terbitkan sekarang" }) });
  const fields = await publishForm.evaluate((form: HTMLFormElement) =>
    [...new FormData(form)].map(([name, value]) => [name, String(value)] as [string, string]),
  );
  const multipart = Object.fromEntries(fields);
  const origin = new URL(editor.url()).origin;

  const asReporter = await reporter.request.post(articlePath, { multipart, headers: { Origin: origin } });
  expect(await asReporter.text()).toContain("Anda tidak berhak menerbitkan artikel ini.");

  const fromElsewhere = await editor.request.post(articlePath, { multipart, headers: { Origin: "https://situs-lain.example" } });
  expect(fromElsewhere.ok()).toBe(false);

  await editor.reload();
  await expect(editor.locator("article header").getByText("Menunggu tinjauan")).toBeVisible();
  expect((await request.get(PUBLIC_PATH)).status()).toBe(404);
});

test("an editor publishes it and it appears on the public site", async ({ page }) => {
  await editor.goto(articlePath);
  await workflow(editor).getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow(editor).getByRole("status")).toHaveText("Artikel diterbitkan.");

  const response = await page.goto(PUBLIC_PATH);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
});

test("an editor unpublishes it and it is gone from the public site", async ({ request }) => {
  await workflow(editor).getByRole("button", { name: "Tarik dari situs" }).click();
  await expect(workflow(editor).getByRole("status")).toHaveText("Artikel ditarik dari situs dan kembali menjadi draf.");
  expect((await request.get(PUBLIC_PATH)).status()).toBe(404);
  await expect(editor.getByRole("region", { name: "Riwayat" })).toContainText("menarik dari situs");
});
