import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./support/accessibility";
import { SEED_ARTICLE_PATH } from "./support/pages";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

const SLOT_HEADINGS = {
  leaderboard: "Leaderboard (di bawah kepala situs)",
  sidebar: "Sidebar (samping artikel dan beranda)",
  "in-article": "Dalam artikel (setelah paragraf ke-N)",
  listing: "Di antara daftar berita (setiap N berita)",
} as const;

const SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";
// Runs inside the ad's own document: it says that it ran, and whether it could reach the page around it.
const SNIPPET = `<p id="hasil">menunggu</p>
<script>
let akses;
try { void parent.document.title; akses = "halaman terbuka"; } catch { akses = "terisolasi"; }
document.getElementById("hasil").textContent = "Skrip jaringan berjalan, " + akses;
</script>`;

function slotForm(admin: Page, placement: keyof typeof SLOT_HEADINGS) {
  return admin.locator("section").filter({ has: admin.getByRole("heading", { level: 2, name: SLOT_HEADINGS[placement], exact: true }) });
}

async function save(admin: Page, placement: keyof typeof SLOT_HEADINGS, expected: string) {
  const form = slotForm(admin, placement);
  await form.getByRole("button", { name: "Simpan slot" }).click();
  await expect(form.getByText(expected)).toBeVisible();
}

/** Ads are on every page: every slot goes back off, whatever happened, so no other spec meets one. */
async function switchEverySlotOff(admin: Page) {
  await admin.goto("/redaksi/iklan");
  for (const placement of Object.keys(SLOT_HEADINGS) as (keyof typeof SLOT_HEADINGS)[]) {
    await slotForm(admin, placement).getByLabel("Status").selectOption("off");
    await save(admin, placement, "Slot iklan disimpan, nonaktif.");
  }
}

test("an admin puts a banner on the leaderboard and a network snippet in articles; readers see them labelled, boxed and sandboxed; switched off they are gone", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const admin = await staffPage(browser, ACCOUNTS.admin);
  try {
    await admin.goto("/redaksi/iklan");
    await expect(admin.getByRole("heading", { level: 1, name: "Iklan" })).toBeVisible();

    const leaderboard = slotForm(admin, "leaderboard");
    await leaderboard.getByLabel("Status").selectOption("on");
    await leaderboard.getByLabel("Jenis").selectOption("banner");
    await leaderboard.getByLabel("Alamat tujuan banner").fill("javascript:alert(1)");
    await leaderboard.getByLabel("Teks alternatif banner").fill("Promo akhir tahun Toko Contoh");
    await save(admin, "leaderboard", "Periksa kembali isian yang ditandai.");
    await expect(leaderboard.getByText("Harus alamat lengkap yang diawali http:// atau https://.")).toBeVisible();
    await expect(leaderboard.getByText("Pilih gambar banner.")).toBeVisible();

    // What was chosen stays chosen after a refusal.
    await expect(leaderboard.getByLabel("Status")).toHaveValue("on");
    const image = leaderboard.getByLabel("Gambar banner");
    const firstImage = await image.locator("option").nth(1).getAttribute("value");
    await image.selectOption(firstImage!);
    await leaderboard.getByLabel("Alamat tujuan banner").fill("https://toko.example/promo");
    await save(admin, "leaderboard", "Slot iklan disimpan dan aktif.");

    const inArticle = slotForm(admin, "in-article");
    await inArticle.getByLabel("Status").selectOption("on");
    await inArticle.getByLabel("Jenis").selectOption("snippet");
    await inArticle.getByLabel("Setelah paragraf ke-").fill("2");
    await inArticle.getByLabel("Kode jaringan iklan").fill(SNIPPET);
    await save(admin, "in-article", "Slot iklan disimpan dan aktif.");

    // The banner: labelled, a sponsored link in a new tab, an image of explicit size in a box of fixed size.
    await expect.poll(async () => {
      await page.goto("/");
      return page.locator('aside[data-ad-slot="leaderboard"]').count();
    }).toBe(1);
    const banner = page.locator('aside[data-ad-slot="leaderboard"]');
    await expect(banner).toHaveAttribute("aria-label", "Iklan");
    await expect(banner).toContainText("Iklan");
    const link = banner.getByRole("link", { name: "Promo akhir tahun Toko Contoh" });
    await expect(link).toHaveAttribute("href", "https://toko.example/promo");
    await expect(link).toHaveAttribute("rel", "sponsored noopener");
    await expect(link).toHaveAttribute("target", "_blank");
    const img = link.locator("img");
    await expect(img).toHaveAttribute("width", "728");
    await expect(img).toHaveAttribute("height", "90");
    await expect(img).toHaveAttribute("loading", "lazy");
    const box = banner.locator("a").locator("..");
    expect(await box.boundingBox()).toMatchObject({ width: 320, height: 100 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => (await box.boundingBox())?.width).toBe(728);
    expect((await box.boundingBox())?.height).toBe(90);

    // The snippet: its own document in a sandbox without allow-same-origin, which loads and runs its script.
    const slot = page.locator('aside[data-ad-slot="in-article"]');
    // An article page may be served as it was for up to 0.9 s after a change (README, "Caching").
    await expect.poll(async () => (await page.goto(SEED_ARTICLE_PATH), await slot.count())).toBe(1);
    await expect(slot).toContainText("Iklan");
    await expect(page.locator("main article .article-body > p").nth(1).locator("xpath=following-sibling::*[1]")).toHaveAttribute("data-ad-slot", "in-article");
    const frame = slot.locator("iframe");
    await expect(frame).toHaveAttribute("sandbox", SANDBOX);
    expect(await frame.getAttribute("sandbox")).not.toContain("allow-same-origin");
    await expect(frame).toHaveAttribute("src", "/iklan/in-article");
    expect(await slot.locator("iframe").boundingBox()).toMatchObject({ width: 300, height: 250 });
    await frame.scrollIntoViewIfNeeded();
    await expect(page.frameLocator('aside[data-ad-slot="in-article"] iframe').getByText("Skrip jaringan berjalan, terisolasi")).toBeVisible();
    const adDocument = await page.request.get("/iklan/in-article");
    expect(adDocument.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(await seriousViolations(page)).toEqual([]);

    // Switched off: no slot markup at all, and no ad document.
    await switchEverySlotOff(admin);
    await expect.poll(async () => {
      await page.goto(SEED_ARTICLE_PATH);
      return page.locator("aside[data-ad-slot]").count();
    }).toBe(0);
    await expect.poll(async () => (await page.request.get("/iklan/in-article")).status()).toBe(404);
    // The home page is a listing: served as it was for up to 0.9 s after a change.
    await expect.poll(async () => {
      await page.goto("/");
      return page.locator("aside[data-ad-slot]").count();
    }).toBe(0);
  } catch (error) {
    await switchEverySlotOff(admin).catch(() => {});
    throw error;
  }

  const editor = await staffPage(browser, ACCOUNTS.editor);
  expect((await editor.goto("/redaksi/iklan"))!.status()).toBe(403);
  await expect(editor.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Iklan" })).toHaveCount(0);
});
