import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { newDraft, openDesk, saveState } from "./support/newsroom";

// A reporter's change to their own published article waits for an editor (issue 12, item 1). The
// article is the reporter's own, written and published here, so no other spec's subject moves.

const workflow = (page: Page) => page.getByRole("region", { name: "Alur kerja" });
const titleField = (page: Page) => page.getByLabel("Judul", { exact: true });
const publicTitle = (page: Page) => page.getByRole("heading", { level: 1 });

/** The reporter retitles the article in the editor and saves: a proposal, not a new version. */
async function propose(reporter: Page, articlePath: string, title: string): Promise<void> {
  await openDesk(reporter, articlePath);
  await expect(reporter.getByText("Perubahan yang Anda simpan menjadi")).toBeVisible();
  await titleField(reporter).fill(title);
  await reporter.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(reporter)).toHaveText("Usulan tersimpan · menunggu redaktur");
  await expect(reporter.getByRole("status").filter({ hasText: "Usulan perubahan Anda tersimpan dan menunggu redaktur" })).toBeVisible();
}

/** The editor opens the proposal from the dashboard's list, by the article's live title. */
async function openProposal(editor: Page, liveTitle: string): Promise<void> {
  await editor.goto("/redaksi");
  await editor.getByRole("region", { name: "Usulan perubahan" }).getByRole("link", { name: liveTitle }).click();
  await expect(editor).toHaveURL(/\/redaksi\/artikel\/\d+\/revisi\?usulan=\d+$/);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`Usulan perubahan: ${liveTitle}`);
}

test("a reporter's retitling of a published article waits for the editor, who applies one proposal and rejects the next with a note", async ({ browser }) => {
  // Three people, two proposals, each through the editor, the dashboard and the public page.
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const original = `Nelayan Cilacap panen ikan layur ${stamp}`;
  const proposed = `Nelayan Cilacap panen raya ikan layur ${stamp}`;
  const rejected = `Nelayan Cilacap gagal panen ${stamp}`;
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const reader = await (await browser.newContext()).newPage();

  const articlePath = await newDraft(reporter, original, "Hasil tangkapan ikan layur meningkat pekan ini.");
  await editor.goto(articlePath);
  await workflow(editor).getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow(editor).getByRole("status")).toHaveText("Artikel diterbitkan.");
  const publicPath = await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href");
  await reader.goto(publicPath!);
  await expect(publicTitle(reader)).toHaveText(original);

  await propose(reporter, articlePath, proposed);
  await reader.reload();
  await expect(publicTitle(reader)).toHaveText(original);

  await openProposal(editor, original);
  await expect(editor.getByRole("region", { name: "Rincian" }).locator("ins")).toContainText("raya");
  expect(await seriousViolations(editor)).toEqual([]);
  await editor.getByRole("button", { name: "Terapkan usulan" }).click();
  // The page shows the proposal's new state (its review forms are gone with it).
  await expect(editor.getByText("Diterapkan", { exact: true })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Terapkan usulan" })).toHaveCount(0);

  // An edited story may be served as it was for up to 0.9 s after the change (README, "Caching").
  await expect.poll(async () => (await reader.reload(), await publicTitle(reader).textContent())).toBe(proposed);

  await propose(reporter, articlePath, rejected);
  await openProposal(editor, proposed);
  await editor.getByLabel("Catatan untuk penulis").fill("Judulnya menyesatkan: panen tidak gagal.");
  await editor.getByRole("button", { name: "Tolak usulan" }).click();
  await expect(editor.getByText("Ditolak", { exact: true })).toBeVisible();

  await reporter.goto(articlePath);
  const proposals = reporter.getByRole("region", { name: "Usulan perubahan" });
  await expect(proposals.getByTestId("proposal-note")).toHaveText("Catatan redaktur: Judulnya menyesatkan: panen tidak gagal.");
  await expect(titleField(reporter)).toHaveValue(proposed);
  await reader.reload();
  await expect(publicTitle(reader)).toHaveText(proposed);

  await Promise.all([reporter.context().close(), editor.context().close(), reader.context().close()]);
});
