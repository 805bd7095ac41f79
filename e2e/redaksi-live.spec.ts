import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { newDraft, saveState, write } from "./support/newsroom";

// A Live story: an editor publishes it, posts timestamped entries (a key moment among them) from the
// article's page in the newsroom, and ends it. Readers see the entries newest first with the key
// moments on top, an open page takes new entries without a reload, and the structured data is a
// LiveBlogPosting. The story is the spec's own, so no seeded article other specs read changes.

type LiveBlog = { "@type": string; coverageStartTime?: string; coverageEndTime?: string; liveBlogUpdate?: { headline: string }[] };

async function liveBlog(request: APIRequestContext, path: string): Promise<LiveBlog | undefined> {
  const html = await (await request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].flatMap((match) => [JSON.parse(match[1]!)].flat() as LiveBlog[]);
  return blocks.find((data) => data["@type"] === "LiveBlogPosting");
}

async function postEntry(editor: Page, text: string, { key }: { key: boolean }) {
  const form = editor.getByRole("form", { name: "Entri baru" });
  await form.getByRole("textbox", { name: "Isi entri" }).click();
  await write(editor, text);
  if (key) await form.getByLabel(/Momen penting/).check();
  await form.getByRole("button", { name: "Tayangkan entri" }).click();
  await expect(form.getByRole("status")).toHaveText("Entri ditambahkan ke laporan langsung.");
  // The form is empty again for the next entry.
  await expect(form.getByRole("textbox", { name: "Isi entri" })).toHaveText("");
}

test("an editor runs a live report: entries show newest first with key moments, reach an open page by themselves, and the report ends", async ({ browser, page: reader, request }) => {
  test.setTimeout(150_000);
  const editor = await staffPage(browser, ACCOUNTS.editor);
  await newDraft(editor, "Laporan langsung: sidang putusan sengketa pilkada", "Mahkamah Konstitusi membacakan putusan sengketa hari ini.");
  await editor.getByLabel("Jenis").selectOption({ label: "Live" });
  await editor.getByRole("button", { name: "Simpan" }).click();
  await expect(saveState(editor)).toHaveText(/Tersimpan · versi 2/);
  await editor.reload();
  const workflow = editor.getByRole("region", { name: "Alur kerja" });
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByRole("status")).toHaveText("Artikel diterbitkan.");
  const publicPath = (await editor.getByRole("link", { name: "Lihat di situs" }).getAttribute("href"))!;

  await postEntry(editor, "Hakim konstitusi memasuki ruang sidang.", { key: false });
  await postEntry(editor, "Permohonan pemohon ditolak seluruhnya.", { key: true });

  const report = reader.getByRole("region", { name: "Laporan langsung" });
  // An edited story may be served as it was for up to 0.9 s after the change (README, "Caching").
  await expect.poll(async () => (await reader.goto(publicPath), await report.getByText(/Berlangsung · 2 entri/).count())).toBe(1);
  const entries = report.getByRole("list", { name: "Entri laporan, terbaru di atas" }).getByRole("listitem");
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText("Permohonan pemohon ditolak seluruhnya.");
  await expect(entries.nth(0).getByText("Penting", { exact: true })).toBeVisible();
  await expect(entries.nth(1)).toContainText("Hakim konstitusi memasuki ruang sidang.");
  const keyMoments = report.getByRole("navigation", { name: "Momen penting" });
  await keyMoments.getByRole("link", { name: /Permohonan pemohon ditolak/ }).click();
  await expect(reader).toHaveURL(/#entri-\d+$/);
  expect(await seriousViolations(reader, "article")).toEqual([]);
  const running = await liveBlog(request, publicPath);
  expect(running).toMatchObject({ coverageStartTime: expect.stringMatching(/\+07:00$/), liveBlogUpdate: [{ headline: "Permohonan pemohon ditolak seluruhnya." }, { headline: "Hakim konstitusi memasuki ruang sidang." }] });
  expect(running).not.toHaveProperty("coverageEndTime");

  // A new entry: the page answers with it at once (within the second), and the reader's open page
  // takes it in by itself (the island asks again every 15 s) and says so.
  // (A reader with focus inside the report is not disturbed: the link followed above lets it go.)
  await reader.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await postEntry(editor, "Kuasa hukum pemohon menerima putusan.", { key: false });
  await expect.poll(async () => (await (await request.get(publicPath)).text()).includes("Kuasa hukum pemohon menerima putusan.")).toBe(true);
  await expect(entries.nth(0)).toContainText("Kuasa hukum pemohon menerima putusan.", { timeout: 40_000 });
  await expect(report.locator("[data-live-status]")).toHaveText("1 entri baru.");

  // A reporter sees the report but may not post to it.
  const reporter = await staffPage(browser, ACCOUNTS.reporter);
  await reporter.goto(new URL(editor.url()).pathname);
  await expect(reporter.getByRole("heading", { name: "Laporan langsung", exact: true })).toBeVisible();
  await expect(reporter.getByRole("button", { name: "Tayangkan entri" })).toHaveCount(0);
  await reporter.context().close();

  // Ended: no new entries; readers see when it ended, and the structured data has its end.
  await editor.getByRole("button", { name: "Akhiri laporan langsung" }).click();
  await expect(editor.getByText("Laporan langsung diakhiri.")).toBeVisible();
  await expect(editor.getByRole("form", { name: "Entri baru" })).toHaveCount(0);
  await expect.poll(async () => (await liveBlog(request, publicPath))?.coverageEndTime).toMatch(/\+07:00$/);
  await reader.reload();
  await expect(report.getByText(/^Berakhir /)).toBeVisible();
  await expect(reader.locator('script[src="/islands/live.js"]')).toHaveCount(0);
  await editor.context().close();
});
