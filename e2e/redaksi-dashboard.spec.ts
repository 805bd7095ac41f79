import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, signIn } from "./redaksi-sign-in";
import { seriousViolations } from "./support/accessibility";
import { readDatabase } from "./support/database";
import { SEED_TITLE } from "./support/pages";

// "Terbit Rabu, 18 Juni 2025 10:00 WIB"
const STATE_TIME = /^(Terbit|Tayang|Diubah) \S+, \d/;

/** Captions of the tables on the page that hide part of a row behind a sideways scroll. */
function tablesCutOff(page: Page): Promise<string[]> {
  return page.locator("table").evaluateAll((tables) =>
    tables.filter((table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth + 1).map((table) => table.querySelector("caption")?.textContent ?? "?"),
  );
}

for (const [screen, viewport] of [
  ["a 1280 px screen", { width: 1280, height: 800 }],
  ["a phone", undefined],
] as const) {
  test(`the dashboard's and the article list's tables fit ${screen}, every date whole`, async ({ browser }) => {
    const page = await (await browser.newContext(viewport ? { viewport, isMobile: false, hasTouch: false } : {})).newPage();
    await signIn(page, ACCOUNTS.editor);
    const width = page.viewportSize()!.width;
    for (const path of ["/redaksi", "/redaksi/artikel"]) {
      await page.goto(path);
      expect(await tablesCutOff(page), path).toEqual([]);
      const times = page.getByText(STATE_TIME).filter({ visible: true });
      expect(await times.count(), path).toBeGreaterThan(0);
      for (const time of await times.all()) {
        const box = (await time.boundingBox())!;
        expect(box.x + box.width, `${path}: ${await time.textContent()}`).toBeLessThanOrEqual(width);
      }
    }
    await page.goto("/redaksi");
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the article list shows how often each article was read", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false })).newPage();
  await signIn(page, ACCOUNTS.editor);
  const views = readDatabase(
    (db) => db.prepare("select sum(v.views) from article_views v join articles a on a.id = v.article_id where a.title = ?").pluck().get(SEED_TITLE) as number,
  );
  expect(views).toBeGreaterThan(0);
  await page.goto(`/redaksi/artikel?q=${encodeURIComponent("Kursk")}`);
  const row = page.getByRole("row").filter({ hasText: SEED_TITLE });
  await expect(row.getByRole("cell").last()).toHaveText(views.toLocaleString("id-ID"));
  await expect(page.getByRole("columnheader", { name: "Dibaca" })).toBeVisible();
});
