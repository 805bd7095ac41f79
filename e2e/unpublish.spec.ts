import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { REVIEW_SLUG, SEED_ARTICLE_PATH } from "./support/pages";

// Runs after every other spec (its own project in playwright.config.ts): it takes the movie review
// off the site, which the other specs expect to find.

const REVIEW_PATH = `/berita/${REVIEW_SLUG}`;

function cli(command: "publish" | "unpublish") {
  execFileSync("npx", ["tsx", "lib/cli/main.ts", command, REVIEW_SLUG], { env: { ...process.env, DATABASE_PATH: process.env.E2E_DATABASE_PATH }, stdio: "pipe" });
}

/** Whether the page at `path` links to the review; a page that is gone (404) does not. */
async function linksToReview(request: APIRequestContext, path: string): Promise<boolean> {
  const response = await request.get(path);
  if (response.status() === 404) return false;
  expect(response.status(), path).toBe(200);
  return (await response.text()).includes(`href="${REVIEW_PATH}"`);
}

async function lastPage(request: APIRequestContext, listingPath: string): Promise<string> {
  const html = await (await request.get(listingPath)).text();
  const total = Number(/>([\d.]+) artikel</.exec(html)![1]!.replace(/\./g, ""));
  return `${listingPath}?page=${Math.ceil(total / 20)}`;
}

test("an unpublished article leaves its page, every listing and search at once, and the Baca juga block of another article soon after", async ({ request }) => {
  test.setTimeout(180_000);
  const places = [
    "/tag/moviereview",
    "/tag/hiburan",
    await lastPage(request, "/tag/rinewsportal"),
    await lastPage(request, "/kategori/hiburan"),
    await lastPage(request, "/terkini"),
    "/cari?q=kosinski",
  ];
  // Seen (and so cached) everywhere first: what follows proves invalidation, not expiry.
  expect((await request.get(REVIEW_PATH)).status()).toBe(200);
  for (const path of [SEED_ARTICLE_PATH, ...places]) expect(await linksToReview(request, path), path).toBe(true);

  cli("unpublish");
  const unpublishedAt = Date.now();
  try {
    // The CLI is another process: the server learns of the change from the database within half a second.
    await expect.poll(async () => (await request.get(REVIEW_PATH)).status()).toBe(404);
    // Listings and search results are about the articles they list (hard): gone within a second
    // (a listing may be served as it was for up to 0.9 s more while it is rendered anew).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, unpublishedAt + 1000 - Date.now())));
    for (const path of places) expect(await linksToReview(request, path), path).toBe(false);
    // The seed article only shows it beside (soft): served as it was while one render refreshes it,
    // within the soft refresh interval (README, "Caching").
    await expect.poll(async () => (await (await request.get(SEED_ARTICLE_PATH)).text()).includes("Baca juga:"), { timeout: 90_000 }).toBe(false);
  } finally {
    cli("publish");
  }
  await expect.poll(async () => (await request.get(REVIEW_PATH)).status()).toBe(200);
});
