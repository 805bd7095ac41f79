import { expect, test } from "@playwright/test";
import { seriousViolations } from "./support/accessibility";
import { SEED_ARTICLE_PATH } from "./support/pages";

const PAGES = [
  ["home", "/"],
  ["article", SEED_ARTICLE_PATH],
  ["hashtag", "/tag/rinewsportal"],
  ["search", "/cari?q=korea"],
  ["not found", "/halaman-acak"],
];

for (const [name, path] of PAGES) {
  test(`the ${name} page has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path!);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the landmarks and headings are in order, and focus is visible", async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("contentinfo")).toHaveCount(1);
  const levels = await page.locator("main :is(h1, h2, h3, h4)").evaluateAll((nodes) => nodes.map((n) => Number(n.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `heading ${i}`).toBeLessThanOrEqual(1);

  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Langsung ke konten" });
  await expect(skip).toBeFocused();
  expect(await skip.evaluate((node) => getComputedStyle(node).outlineStyle)).not.toBe("none");
});
