import { expect, type Browser, type Page } from "@playwright/test";

// The seed's newsroom accounts (lib/seed); playwright.config.ts sets their password.
export const STAFF_PASSWORD = "rahasia-e2e-2025";
export const ACCOUNTS = {
  admin: "admin@rinewsportal.example",
  editor: "editor@rinewsportal.example",
  reporter: "setiawan@rinewsportal.example",
  contributor: "kontributor@rinewsportal.example",
} as const;
export const SESSION_COOKIE = "rinews_session";

export async function signIn(page: Page, email: string, password = STAFF_PASSWORD): Promise<void> {
  await page.goto("/redaksi/masuk");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  // Checking an argon2id hash takes seconds on a loaded two-core machine ("Memeriksa…" meanwhile).
  await expect(page).toHaveURL(/\/redaksi$/, { timeout: 30_000 });
}

/** A page in a browser context of its own, signed in as this account. */
export async function staffPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}
