import { expect, test, type Page } from "@playwright/test";
import { SEED_ARTICLE_PATH } from "./support/pages";

// Reader pages ship no framework JavaScript, only the islands a feature needs (lib/server/reader-pages.ts).

/** The scripts a page loads, by path, and whether its HTML carries Next's RSC payload. */
async function scriptsOf(page: Page, path: string): Promise<{ files: string[]; payload: boolean }> {
  const files: string[] = [];
  const collect = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === "script") files.push(new URL(request.url()).pathname);
  };
  page.on("request", collect);
  const response = await page.goto(path, { waitUntil: "load" });
  page.off("request", collect);
  return { files, payload: (await response!.text()).includes("self.__next_f") };
}

test("reader pages load no script but their islands, and keep their styles", async ({ page }) => {
  // Not /terpopuler: views.spec.ts must be the first to render it.
  for (const path of ["/", SEED_ARTICLE_PATH, "/tag/rinewsportal", "/kategori/ekonomi", "/terkini", "/cari?q=korea"]) {
    const { files, payload } = await scriptsOf(page, path);
    expect(files, path).toEqual(path === SEED_ARTICLE_PATH ? ["/islands/copy-link.js"] : []);
    expect(payload, path).toBe(false);
    // The stylesheet still applies: the search box's label is for screen readers only.
    await expect(page.locator("label.sr-only").first(), path).toHaveCSS("position", "absolute");
  }
});

test("the newsroom keeps Next's runtime", async ({ page }) => {
  const { files, payload } = await scriptsOf(page, "/redaksi/masuk");
  expect(files.some((file) => file.startsWith("/_next/static/"))).toBe(true);
  expect(payload).toBe(true);
});
