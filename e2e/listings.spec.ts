import { expect, test, type Page } from "@playwright/test";
import { readDatabase } from "./support/database";
import { expectNotFound, listedArticleHrefs, SEED_ARTICLE_PATH } from "./support/pages";

// Hashtag, category, author and latest listings: one component, the same pagination rules.

/** "1.234 artikel" on the page, as a number. */
async function shownTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^[\d.]+ artikel$/).textContent();
  return Number(text!.replace(/\D/g, ""));
}

const LISTINGS = [
  { path: "/tag/rinewsportal", heading: "#rinewsportal", feed: "/tag/rinewsportal/rss.xml" },
  { path: "/kategori/nasional", heading: "Nasional", feed: "/kategori/nasional/rss.xml" },
  { path: "/penulis/setiawan-s-th", heading: "Setiawan S.TH" },
  { path: "/terkini", heading: "Berita Terkini" },
];

for (const listing of LISTINGS) {
  test(`${listing.path}: 20 newest first, counted, with prev/next links through to the last page`, async ({ page }) => {
    expect((await page.goto(listing.path))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(listing.heading);
    const total = await shownTotal(page);
    expect(total).toBeGreaterThan(20);
    const lastPage = Math.ceil(total / 20);

    const first = await listedArticleHrefs(page);
    expect(first).toHaveLength(20);
    const times = await page.locator("main li time").evaluateAll((nodes) => nodes.map((n) => Date.parse(n.getAttribute("datetime")!)));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const pagination = page.getByRole("navigation", { name: "Halaman", exact: true });
    await expect(pagination.locator("a[rel=prev]")).toHaveCount(0);
    await expect(pagination.locator("a[rel=next]")).toHaveAttribute("href", `${listing.path}?page=2`);

    await pagination.locator("a[rel=next]").click();
    await expect(page).toHaveURL(new RegExp(`${listing.path}\\?page=2$`));
    const second = await listedArticleHrefs(page);
    expect(second).toHaveLength(lastPage === 2 ? total - 20 : 20);
    expect(second.filter((href) => first.includes(href))).toEqual([]);
    await expect(pagination.locator("a[rel=prev]")).toHaveAttribute("href", listing.path);

    await page.goto(`${listing.path}?page=1`);
    expect(await listedArticleHrefs(page)).toEqual(first);

    await page.goto(`${listing.path}?page=${lastPage}`);
    expect(await listedArticleHrefs(page)).toHaveLength(total - 20 * (lastPage - 1));
    await expect(pagination.locator("a[rel=next]")).toHaveCount(0);
    await expect(pagination.locator("[aria-current=page]")).toContainText(String(lastPage));

    await expectNotFound(page, `${listing.path}?page=${lastPage + 1}`);
  });

  test(`${listing.path}: a malformed page number is a 404`, async ({ request }) => {
    for (const bad of ["0", "-1", "01", "abc", "2.5", "1e2", "%2F..%2F..%2Fcari", "2%2F3"]) {
      const response = await request.get(`${listing.path}?page=${bad}`);
      expect(response.status(), `?page=${bad}`).toBe(404);
    }
  });

  if (listing.feed) {
    test(`${listing.path}: links its RSS feed`, async ({ page }) => {
      await page.goto(listing.path);
      // Its own feed first, then the site's.
      await expect(page.locator('link[rel=alternate][type="application/rss+xml"]').first()).toHaveAttribute("href", new RegExp(`${listing.feed}$`));
      await expect(page.getByRole("link", { name: "RSS" })).toHaveAttribute("href", listing.feed!);
    });
  }
}

test("a hashtag page counts exactly the published articles that carry it", async ({ page }) => {
  const expected = readDatabase(
    (db) =>
      db
        .prepare(
          "select count(*) from article_hashtags ah join hashtags h on h.id = ah.hashtag_id join articles a on a.id = ah.article_id where h.slug = 'rinewsportal' and a.status = 'published'",
        )
        .pluck()
        .get() as number,
  );
  await page.goto("/tag/rinewsportal");
  expect(await shownTotal(page)).toBe(expected);
});

test("a staff credit leads to the author page, with the writer's bio", async ({ page }) => {
  await page.goto(SEED_ARTICLE_PATH);
  await page.getByRole("link", { name: "Setiawan S.TH" }).click();
  await expect(page).toHaveURL(/\/penulis\/setiawan-s-th$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Setiawan S.TH");
  await expect(page.getByText("Pewarta desk internasional.")).toBeVisible();
});

test("unknown hashtags, categories and authors, and hashtags used only by drafts, are 404s", async ({ page }) => {
  const draftOnly = readDatabase(
    (db) =>
      db
        .prepare(
          "select h.slug from hashtags h where not exists (select 1 from article_hashtags ah where ah.hashtag_id = h.id and ah.status = 'published') limit 1",
        )
        .pluck()
        .get() as string | undefined,
  );
  for (const path of ["/tag/tidak_ada_sama_sekali", "/kategori/tidak-ada", "/penulis/tidak-ada", "/penulis/BAD_SLUG", ...(draftOnly ? [`/tag/${draftOnly}`] : [])]) {
    await expectNotFound(page, path);
  }
});

test("/terpopuler has no second page while fewer than 20 articles were read", async ({ request }) => {
  expect((await request.get("/terpopuler?page=2")).status()).toBe(404);
  expect((await request.get("/terpopuler?page=x")).status()).toBe(404);
});
