import { expect, test } from "@playwright/test";
import { ACCOUNTS } from "./redaksi-sign-in";
import { readDatabase } from "./support/database";
import { expectNotFound } from "./support/pages";

const STATIC_PAGES = [
  { title: "Tentang Kami", path: "/halaman/tentang-kami", text: "Kami percaya berita yang baik lahir dari verifikasi." },
  { title: "Redaksi", path: "/halaman/redaksi", text: "dikelola oleh tim redaksi" },
  { title: "Kontak", path: "/halaman/kontak", text: "redaksi@rinewsportal.example" },
  { title: "Pedoman Media Siber", path: "/halaman/pedoman-media-siber", text: "Dewan Pers" },
];

test("every page has the header: site name, category navigation, Terkini, Terpopuler and search", async ({ page }) => {
  const categories = readDatabase((db) => db.prepare("select name, slug from categories order by position").all() as { name: string; slug: string }[]);
  for (const path of ["/", "/terkini", "/halaman/kontak", "/halaman-yang-tidak-ada"]) {
    await page.goto(path);
    const header = page.getByRole("banner");
    await expect(header.getByRole("link", { name: "RI News Portal" })).toHaveAttribute("href", "/");
    const nav = header.getByRole("navigation", { name: "Kategori" });
    await expect(nav.getByRole("link")).toHaveText(categories.map((c) => c.name));
    await expect(nav.getByRole("link").first()).toHaveAttribute("href", `/kategori/${categories[0]!.slug}`);
  }
});

test("the category navigation scrolls sideways on a phone instead of wrapping", async ({ page }) => {
  await page.goto("/");
  const list = page.getByRole("navigation", { name: "Kategori" }).getByRole("list");
  const { scrollWidth, clientWidth, height } = await list.evaluate((node) => ({ scrollWidth: node.scrollWidth, clientWidth: node.clientWidth, height: node.getBoundingClientRect().height }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(height).toBeLessThan(60);
});

test("the mobile menu opens with Terkini, Terpopuler, the categories and a search box", async ({ page }) => {
  await page.goto("/");
  const menu = page.getByRole("navigation", { name: "Menu utama" });
  await expect(menu).toBeHidden();
  await page.locator("summary", { hasText: "Menu" }).click();
  await expect(menu.getByRole("link", { name: "Terkini" })).toHaveAttribute("href", "/terkini");
  await expect(menu.getByRole("link", { name: "Terpopuler" })).toHaveAttribute("href", "/terpopuler");
  await expect(page.getByRole("searchbox", { name: "Cari berita" }).filter({ visible: true })).toHaveCount(1);
  await menu.getByRole("link", { name: "Terkini" }).click();
  await expect(page).toHaveURL(/\/terkini$/);
});

test("the footer links the Indeks and the four pages a portal must have, and each one reads well", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link")).toHaveText(["Indeks Berita", ...STATIC_PAGES.map((p) => p.title)]);
  for (const staticPage of STATIC_PAGES) {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: staticPage.title }).click();
    await expect(page).toHaveURL(new RegExp(`${staticPage.path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(staticPage.title);
    await expect(page.locator("main")).toContainText(staticPage.text);
  }
});

test("the Redaksi page lists the newsroom with job titles and author pages, never email addresses", async ({ page }) => {
  await page.goto("/halaman/redaksi");
  const roster = page.getByRole("region", { name: "Susunan Redaksi" });
  await expect(roster.getByRole("definition")).toHaveText(["Bambang Sutrisno", "Rina Kartika", "Setiawan S.TH", "Yusuf Hidayat"]);
  await expect(roster.getByRole("term")).toHaveText(["Pemimpin Redaksi", "Redaktur Pelaksana", "Pewarta", "Kontributor Daerah"]);
  await expect(roster.getByRole("link", { name: "Rina Kartika" })).toHaveAttribute("href", "/penulis/rina-kartika");
  const text = await page.locator("main").textContent();
  for (const email of Object.values(ACCOUNTS)) expect(text).not.toContain(email);
  await roster.getByRole("link", { name: "Yusuf Hidayat" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Yusuf Hidayat");
});

test("an unknown page is a 404 inside the site, with the search box and the latest articles", async ({ page }) => {
  for (const path of ["/halaman-acak/lagi", "/berita/tidak-ada-artikel-ini", "/halaman/tidak-ada"]) {
    await expectNotFound(page, path);
    await expect(page.getByRole("banner").getByRole("navigation", { name: "Kategori" })).toBeVisible();
    await expect(page.locator("main").getByRole("searchbox", { name: "Cari berita" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Berita terkini" }).locator("li h3 a")).toHaveCount(5);
  }
});

test("the site name leads home from any page, and the home page is only ever at /", async ({ page, request, baseURL }) => {
  await page.goto("/kategori/olahraga");
  await page.getByRole("banner").getByRole("link", { name: "RI News Portal" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("region", { name: "Terkini" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
  expect((await request.get("/beranda/lain")).status()).toBe(404);
});
