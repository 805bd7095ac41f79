import { expect, test } from "@playwright/test";
import { SEED_ARTICLE_PATH, SEED_TITLE } from "./support/pages";

test("search finds the seed article by words of its title and highlights them", async ({ page }) => {
  await page.goto(`/cari?q=${encodeURIComponent("korea utara kursk")}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hasil pencarian “korea utara kursk”");
  const hit = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: SEED_TITLE }) });
  await expect(hit.getByRole("link")).toHaveAttribute("href", SEED_ARTICLE_PATH);
  await expect(hit.locator("mark").first()).toBeVisible();
  expect(await hit.locator("h2 mark").allTextContents()).toEqual(expect.arrayContaining(["Korea", "Utara", "Kursk"]));
  await expect(page.getByText(/^\d+ hasil$/)).toBeVisible();
});

test("the header search box leads to the results page", async ({ page }) => {
  await page.goto("/terkini");
  await page.locator("summary", { hasText: "Menu" }).click();
  const box = page.getByRole("searchbox", { name: "Cari berita" }).filter({ visible: true });
  await box.fill("Shoigu");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/cari\?q=Shoigu$/);
  await expect(page.getByRole("link", { name: SEED_TITLE })).toBeVisible();
});

test("results are paginated, with prev/next links and no page past the last", async ({ page }) => {
  // Every demo article's dek says who "terdampak": well over one page.
  await page.goto("/cari?q=terdampak");
  const pagination = page.getByRole("navigation", { name: "Halaman", exact: true });
  await expect(pagination.locator("a[rel=next]")).toHaveAttribute("href", "/cari?q=terdampak&page=2");
  const first = await page.locator("main ol > li h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(first).toHaveLength(20);
  await pagination.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/\/cari\?q=terdampak&page=2$/);
  const second = await page.locator("main ol > li h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(second.filter((href) => first.includes(href))).toEqual([]);
  expect((await page.goto("/cari?q=terdampak&page=999"))?.status()).toBe(404);
});

test("an empty search and a search with no match answer with a friendly page", async ({ page }) => {
  await page.goto("/cari");
  await expect(page.getByText("Ketik kata kunci untuk mencari berita.")).toBeVisible();
  await page.goto("/cari?q=zzzyyyxxxtidakada");
  await expect(page.getByText("Tidak ada berita yang cocok.", { exact: false })).toBeVisible();
  await page.goto(`/cari?q=${encodeURIComponent("🔥 ** ()")}`);
  await expect(page.getByText("Kata kunci itu tidak bisa dicari.", { exact: false })).toBeVisible();
});

test("the search page is kept out of search engines", async ({ page }) => {
  await page.goto("/cari?q=banjir");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

const HOSTILE_QUERIES = [
  '"',
  '"korea',
  "korea AND",
  "AND OR NOT",
  "NEAR(korea utara, 2)",
  "korea*",
  "*",
  "((korea",
  "korea))",
  "title:korea",
  "{title dek}: korea",
  "'; DROP TABLE articles; --",
  "1' OR '1'='1",
  "<script>alert(1)</script>",
  "🌊🇮🇩 banjir",
  "x".repeat(5000),
  "korea ".repeat(800),
  "\u0000",
  "%",
  "\uE000korea\uE001",
];

test("hostile queries answer 200 with results or an empty state, never an error", async ({ request }) => {
  for (const q of HOSTILE_QUERIES) {
    const response = await request.get(`/cari?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 40)).toBe(200);
    const html = await response.text();
    expect(html, q.slice(0, 40)).toMatch(/hasil|Tidak ada berita yang cocok|tidak bisa dicari/);
    expect(html).not.toContain("<script>alert(1)</script>");
  }
  for (const query of ["q=korea&page=abc", "q=korea&page=0", "q[]=korea", "q=korea&q=utara", "page=2"]) {
    expect((await request.get(`/cari?${query}`)).status(), query).toBeLessThan(500);
  }
});

test("results are cached per query, and any query text survives the trip through the cached page's path", async ({ request }) => {
  for (const query of ["korea utara", "a/b?c#d 50%", "...", "korea  utara  "]) {
    const first = await request.get(`/cari?q=${encodeURIComponent(query)}`);
    expect(first.status()).toBe(200);
    expect(await first.text()).toContain(`Hasil pencarian “${query.trim()}”`);
  }
  const again = await request.get(`/cari?q=${encodeURIComponent("korea utara")}`);
  // STALE is also an answer from the cache: the page reads the hour's Terpopuler, which ages at each hour's start.
  expect(again.headers()["x-nextjs-cache"]).toMatch(/^(HIT|STALE)$/);
  expect(again.headers()["cache-control"]).toContain("s-maxage=");
});
