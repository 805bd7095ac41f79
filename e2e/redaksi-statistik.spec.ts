import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { ACCOUNTS, SESSION_COOKIE, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { SEED_TITLE } from "./support/pages";

// The seed gives the seed article a week of views, most read first: 900 today, 2 925 over the week
// (lib/seed/demo-views.ts). Other specs reading pages meanwhile can only add to them.
const SEED_TODAY = 900;
const SEED_WEEK = 2925;

const viewsOf = async (page: Page, title: string) =>
  Number((await page.getByRole("row").filter({ hasText: title }).getByRole("cell").last().textContent())!.replace(/\./g, ""));

test("an editor reads views per article, rubrik and author, and switches the period without JavaScript", async ({ browser }) => {
  const editor = await staffPage(browser, ACCOUNTS.editor);
  await editor.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Statistik" }).click();
  await expect(editor).toHaveURL(/\/redaksi\/statistik$/);
  await expect(editor.getByRole("heading", { level: 1, name: "Statistik" })).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);

  // Without JavaScript, the period links are plain links.
  const noScript = await (await browser.newContext({ javaScriptEnabled: false, storageState: await editor.context().storageState() })).newPage();
  await noScript.goto("/redaksi/statistik");
  const periods = noScript.getByRole("navigation", { name: "Periode" });
  await expect(periods.getByRole("link", { name: "7 hari terakhir" })).toHaveAttribute("aria-current", "page");
  const articles = noScript.getByRole("table", { name: /Artikel paling banyak dibaca/ });
  await expect(articles.getByRole("row").nth(1)).toContainText(SEED_TITLE);
  expect(await viewsOf(noScript, SEED_TITLE)).toBeGreaterThanOrEqual(SEED_WEEK);

  await periods.getByRole("link", { name: "Hari ini" }).click();
  await expect(noScript).toHaveURL(/\?periode=hari-ini$/);
  await expect(periods.getByRole("link", { name: "Hari ini" })).toHaveAttribute("aria-current", "page");
  await expect(articles.getByRole("row").nth(1)).toContainText(SEED_TITLE);
  const today = await viewsOf(noScript, SEED_TITLE);
  expect(today).toBeGreaterThanOrEqual(SEED_TODAY);
  expect(today).toBeLessThan(SEED_WEEK);

  await periods.getByRole("link", { name: "30 hari terakhir" }).click();
  await expect(noScript).toHaveURL(/\?periode=30-hari$/);
  expect(await viewsOf(noScript, SEED_TITLE)).toBeGreaterThanOrEqual(SEED_WEEK);
  await expect(noScript.getByRole("table", { name: "Dibaca per rubrik" }).getByRole("row")).not.toHaveCount(1);
  await expect(noScript.getByRole("table", { name: "Dibaca per penulis" }).getByRole("row")).not.toHaveCount(1);

  // A malformed period is the default, never an error.
  for (const query of ["?periode=365-hari", "?periode=%00", "?periode=hari-ini&periode=30-hari", "?periode[]=x"]) {
    const response = await noScript.goto(`/redaksi/statistik${query}`);
    expect(response!.status(), query).toBe(200);
    await expect(periods.getByRole("link", { name: "7 hari terakhir" }), query).toHaveAttribute("aria-current", "page");
  }
  await noScript.context().close();

  // The CSV of the week's articles: a file to save, its header in Indonesian, the title with a comma quoted.
  await editor.goto("/redaksi/statistik?periode=7-hari");
  const [download] = await Promise.all([editor.waitForEvent("download"), editor.getByRole("region", { name: "Per artikel" }).getByRole("link", { name: "Unduh CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^statistik-artikel-7-hari-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("Judul,Rubrik,Tayang,Alamat,Dibaca");
  expect(SEED_TITLE).toContain(",");
  const seedLine = lines.find((line) => line.startsWith(`"${SEED_TITLE}",`));
  expect(seedLine, csv).toBeDefined();
  expect(Number(seedLine!.split(",").at(-1))).toBeGreaterThanOrEqual(SEED_WEEK);

  const response = await editor.request.get("/redaksi/statistik/unduh?periode=30-hari&jenis=penulis");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="statistik-penulis-30-hari-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  // The byte order mark first: spreadsheet programs then read the file as UTF-8.
  expect(await response.text()).toMatch(/^\uFEFFPenulis,Artikel dibaca,Dibaca\r\n/);
  await editor.context().close();
});

test("a reporter is refused the page and the CSV, and sees no link to them", async ({ browser }) => {
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await expect(reporter.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Statistik" })).toHaveCount(0);
  expect((await reporter.goto("/redaksi/statistik"))!.status()).toBe(403);
  await expect(reporter.getByRole("heading", { level: 1 })).toHaveText("Akses ditolak");
  const csv = await reporter.request.get("/redaksi/statistik/unduh?periode=7-hari&jenis=artikel");
  expect(csv.status()).toBe(403);
  expect(await csv.text()).not.toContain("Dibaca");
  await reporter.context().close();
});

test("signed out, the page sends to sign-in and the CSV is refused", async ({ page, request }) => {
  await page.goto("/redaksi/statistik?periode=30-hari");
  await expect(page).toHaveURL(/\/redaksi\/masuk\?next=%2Fredaksi%2Fstatistik%3Fperiode%3D30-hari$/);

  const redirected = await request.get("/redaksi/statistik/unduh?periode=7-hari&jenis=artikel", { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  expect(redirected.headers()["location"]).toContain("/redaksi/masuk");
  // A cookie that names no session gets past proxy.ts's quick check; the route itself refuses it.
  const forged = await request.get("/redaksi/statistik/unduh?periode=7-hari&jenis=artikel", { headers: { cookie: `${SESSION_COOKIE}=bukan-sesi` }, maxRedirects: 0 });
  expect(forged.status()).toBe(401);
  expect(await forged.text()).not.toContain("Dibaca");
});
