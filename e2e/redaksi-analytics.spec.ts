import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { SEED_ARTICLE_PATH } from "./support/pages";

// Named redaksi-* so it runs in the newsroom project, after the reader specs: while it runs, every
// reader page carries the consent notice. It clears the setting again at the end.

const TAG_ID = "G-E2ETEST123";
const GOOGLE = /^https:\/\/www\.googletagmanager\.com\//;
const NOTICE = "#persetujuan-analitik";

/** A reader's page whose requests to Google are answered here with a tiny script and counted. */
async function readerPage(browser: Browser): Promise<{ page: Page; googleRequests: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const googleRequests: string[] = [];
  await page.route(GOOGLE, (route) => {
    googleRequests.push(route.request().url());
    return route.fulfill({ contentType: "text/javascript", body: "window.__tagLoaded = true;" });
  });
  return { page, googleRequests };
}

async function saveTag(admin: Page, id: string, message: string) {
  await admin.goto("/redaksi/pengaturan");
  await admin.getByLabel("ID Google Analytics 4 atau Google Tag Manager").fill(id);
  await admin.getByRole("button", { name: "Simpan analitik" }).click();
  await expect(admin.getByText(message)).toBeVisible();
}

test("with an analytics id set, readers are asked first and Google's script loads only after Setuju", async ({ browser, request }) => {
  const before = await (await request.get("/")).text();
  expect(before).not.toContain("analytics-consent");

  const admin = await staffPage(browser, ACCOUNTS.admin);
  await saveTag(admin, "UA-12345-1", "Isi ID pengukuran GA4 (G-XXXXXXX) atau ID kontainer Google Tag Manager (GTM-XXXXXX), atau kosongkan untuk mematikan.");
  try {
    await saveTag(admin, TAG_ID.toLowerCase(), "Tag analitik disimpan.");
    await expect(admin.getByLabel("ID Google Analytics 4 atau Google Tag Manager")).toHaveValue(TAG_ID);
    // Changes reach the cache at once; a page may be served as it was for up to 0.9 s (README, "Caching").
    for (const path of ["/", SEED_ARTICLE_PATH, "/terkini"]) await expect.poll(async () => (await request.get(path)).text(), path).toContain(`data-analytics-id="${TAG_ID}"`);

    const accepting = await readerPage(browser);
    await accepting.page.goto(SEED_ARTICLE_PATH);
    const notice = accepting.page.getByRole("region", { name: "Izin statistik pengunjung" });
    await expect(notice).toBeVisible();
    expect(accepting.googleRequests).toEqual([]);
    expect(await seriousViolations(accepting.page, NOTICE)).toEqual([]);
    await notice.getByRole("button", { name: "Setuju" }).click();
    await expect(notice).toBeHidden();
    await expect.poll(() => accepting.googleRequests).toEqual([`https://www.googletagmanager.com/gtag/js?id=${TAG_ID}`]);
    await expect.poll(() => accepting.page.evaluate(() => (window as { __tagLoaded?: boolean }).__tagLoaded)).toBe(true);
    // Remembered: the next page loads the tag without asking.
    await accepting.page.goto("/");
    await expect.poll(() => accepting.googleRequests.length).toBe(2);
    await expect(accepting.page.locator(NOTICE)).toBeHidden();
    await accepting.page.context().close();

    const refusing = await readerPage(browser);
    await refusing.page.goto("/");
    await refusing.page.getByRole("region", { name: "Izin statistik pengunjung" }).getByRole("button", { name: "Tolak" }).click();
    await expect(refusing.page.locator(NOTICE)).toBeHidden();
    await refusing.page.goto("/terkini", { waitUntil: "load" });
    // The island has run (deferred scripts run before "load"), and neither asked nor loaded anything.
    await expect(refusing.page.locator(NOTICE)).toBeAttached();
    await expect(refusing.page.locator(NOTICE)).toBeHidden();
    expect(refusing.googleRequests).toEqual([]);
    await refusing.page.context().close();

    // Never in the newsroom, its preview of an article included.
    for (const path of ["/redaksi", "/redaksi/pengaturan", "/redaksi/statistik"]) {
      await admin.goto(path);
      await expect(admin.locator(NOTICE), path).toHaveCount(0);
      expect(await admin.content(), path).not.toContain("analytics-consent");
    }
  } finally {
    await saveTag(admin, "", "Tag analitik dimatikan.");
  }

  await expect.poll(async () => (await request.get("/")).text()).not.toContain("persetujuan-analitik");
  const cleared = await readerPage(browser);
  const scripts: string[] = [];
  cleared.page.on("request", (sent) => {
    if (sent.resourceType() === "script") scripts.push(sent.url());
  });
  await cleared.page.goto("/", { waitUntil: "load" });
  await expect(cleared.page.locator(NOTICE)).toHaveCount(0);
  expect(scripts).toEqual([]);
  expect(cleared.googleRequests).toEqual([]);
  await cleared.page.context().close();
  await admin.context().close();
});
