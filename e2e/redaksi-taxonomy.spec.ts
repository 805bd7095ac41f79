import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { body, openDesk, saveState, write } from "./support/newsroom";

// Rubrik and Tagar. Every category, hashtag and article here is this spec's own (a new category
// changes the navigation of every page, so playwright.config.ts runs this spec after the others).

const stamp = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Writes and publishes an article; answers its public path. */
async function publish(editor: Page, article: { title: string; category?: string; hashtags?: string }): Promise<string> {
  await openDesk(editor);
  await editor.getByLabel("Judul", { exact: true }).fill(article.title);
  await body(editor).click();
  await write(editor, `Isi ${article.title}.`);
  if (article.category) await editor.getByLabel("Rubrik").selectOption({ label: article.category });
  if (article.hashtags) await editor.getByRole("combobox", { name: "Tagar" }).fill(article.hashtags);
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi 1/);
  await expect(editor).toHaveURL(/\/redaksi\/artikel\/\d+$/);
  await editor.reload();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  return (await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href"))!;
}

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test("an editor changes a category's slug: the old address 301s to the new one, which lists the same articles", async ({ browser, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const id = stamp();
  const name = `Rubrik Uji ${id}`;
  await editor.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Rubrik" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Rubrik");
  await expectNoSeriousViolations(editor);

  const create = editor.getByRole("region", { name: "Tambah rubrik" });
  await create.getByLabel("Nama").fill(name);
  await create.getByRole("button", { name: "Tambah rubrik" }).click();
  await expect(create.getByRole("status")).toContainText(`Rubrik ${name} dibuat`);
  const oldSlug = `rubrik-uji-${id}`;
  await expect(editor.getByRole("row").filter({ hasText: name })).toContainText(oldSlug);

  const title = `Berita rubrik uji ${id}`;
  const articlePath = await publish(editor, { title, category: name });
  await editor.goto(`/kategori/${oldSlug}`);
  await expect(editor.getByRole("link", { name: title })).toHaveAttribute("href", articlePath);

  await editor.goto("/redaksi/rubrik");
  await editor.getByRole("link", { name, exact: true }).click();
  const edit = editor.getByRole("region", { name: "Nama, slug, dan deskripsi" });
  const newSlug = `rubrik-baru-${id}`;
  await edit.getByLabel("Slug").fill(newSlug);
  await edit.getByRole("button", { name: "Simpan" }).click();
  await expect(edit.getByRole("status")).toHaveText("Perubahan rubrik disimpan.");

  // The old listing may be served as it was for up to 0.9 s more while it is rendered anew (README, "Caching").
  await expect
    .poll(async () => {
      const moved = await request.get(`/kategori/${oldSlug}`, { maxRedirects: 0 });
      return [moved.status(), moved.headers().location];
    })
    .toEqual([301, `/kategori/${newSlug}`]);
  await editor.goto(`/kategori/${oldSlug}`);
  await expect(editor).toHaveURL(new RegExp(`/kategori/${newSlug}$`));
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(editor.getByRole("link", { name: title })).toHaveAttribute("href", articlePath);
  await editor.context().close();
});

test("an editor merges one hashtag into another: the old tag page 301s to the target, which lists the moved articles", async ({ browser, request }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  const id = stamp();
  const [source, target] = [`GabungAsal${id}`, `GabungTujuan${id}`];
  const [sourceSlug, targetSlug] = [source.toLowerCase(), target.toLowerCase()];
  const onlySource = `Berita tagar asal ${id}`;
  const both = `Berita dua tagar ${id}`;
  await publish(editor, { title: onlySource, hashtags: source });
  await publish(editor, { title: both, hashtags: `${source}, ${target}` });

  await editor.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Tagar" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Tagar");
  await expectNoSeriousViolations(editor);
  await editor.getByRole("searchbox", { name: "Cari tagar" }).fill(`gabungasal${id}`);
  await editor.getByRole("button", { name: "Cari" }).click();
  const row = editor.getByRole("row").filter({ hasText: `#${source}` });
  await expect(row).toContainText(sourceSlug);
  await row.getByRole("link", { name: `#${source}` }).click();

  const merge = editor.getByRole("region", { name: "Gabungkan ke tagar lain" });
  await merge.getByLabel("Tagar tujuan").fill(`#${target}`);
  await merge.getByRole("button", { name: "Gabungkan" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`#${target}`);
  await expect(editor.getByText("2 artikel terbit, 2 artikel seluruhnya")).toBeVisible();

  await expect
    .poll(async () => {
      const moved = await request.get(`/tag/${sourceSlug}`, { maxRedirects: 0 });
      return [moved.status(), moved.headers().location];
    })
    .toEqual([301, `/tag/${targetSlug}`]);
  await editor.goto(`/tag/${sourceSlug}`);
  await expect(editor).toHaveURL(new RegExp(`/tag/${targetSlug}$`));
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`#${target}`);
  for (const title of [onlySource, both]) await expect(editor.getByRole("link", { name: title })).toHaveCount(1);
  await editor.context().close();
});

test("a reporter gets 403 on the Rubrik and Tagar screens and no link to them", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  const nav = reporter.getByRole("navigation", { name: "Menu redaksi" });
  await expect(nav.getByRole("link", { name: "Artikel" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Tagar" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Rubrik" })).toHaveCount(0);
  for (const path of ["/redaksi/tagar", "/redaksi/rubrik"]) {
    const response = await reporter.goto(path);
    expect(response?.status(), path).toBe(403);
  }
  await reporter.context().close();
});
