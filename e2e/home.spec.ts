import { expect, test } from "@playwright/test";
import { publishedArticles, readDatabase } from "./support/database";

test("the home page leads with the newest article and its image, then Terkini", async ({ page }) => {
  const [newest, ...rest] = publishedArticles();
  await page.goto("/");
  const lead = page.locator("main article").first();
  await expect(lead.getByRole("heading", { level: 2 })).toHaveText(newest!.title);
  await expect(lead.getByRole("link", { name: newest!.title })).toHaveAttribute("href", `/berita/${newest!.slug}`);
  await expect(lead.locator("img")).toHaveAttribute("alt", /^Ilustrasi rubrik /);

  const latest = page.getByRole("region", { name: "Terkini" });
  await expect(latest.locator("li h3 a")).toHaveText(rest.slice(0, 10).map((article) => article.title));
  await expect(latest.getByRole("link", { name: "Berita terkini lainnya" })).toHaveAttribute("href", "/terkini");
  // A card's thumbnail offers a 1x and a 2x file, not a srcset of every width the optimizer knows.
  await expect(latest.locator("li img").first()).toHaveAttribute("srcset", /^\S+ 1x, \S+ 2x$/);
});

test("the home page has a block per category with its newest articles, linked to the category", async ({ page }) => {
  const categories = readDatabase((db) => db.prepare("select name, slug from categories order by position").all() as { name: string; slug: string }[]);
  await page.goto("/");
  for (const category of categories) {
    const block = page.getByRole("region", { name: category.name, exact: true });
    await expect(block.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute("href", `/kategori/${category.slug}`);
    await expect(block.locator("li h3 a")).toHaveCount(4);
  }
});

test("the home page shows Terpopuler and the week's trending hashtags", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Terpopuler" }).getByRole("heading", { level: 2 })).toHaveText("Terpopuler");
  const top = readDatabase(
    (db) =>
      db
        .prepare(
          `select h.slug from articles a join article_hashtags ah on ah.article_id = a.id join hashtags h on h.id = ah.hashtag_id
           where a.status = 'published' and a.published_at >= ? group by h.id order by count(*) desc, h.name limit 1`,
        )
        .pluck()
        .get(Date.now() - 7 * 24 * 3_600_000) as string,
  );
  const trending = page.getByRole("region", { name: "Tagar Populer" }).getByRole("link");
  expect(await trending.count()).toBeGreaterThan(3);
  await expect(trending.first()).toHaveText(`#${top}`);
  await trending.first().click();
  await expect(page).toHaveURL(new RegExp(`/tag/${top}$`));
});
