import { expect, test } from "@playwright/test";
import { ACCOUNTS, SESSION_COOKIE, signIn, STAFF_PASSWORD } from "./redaksi-sign-in";

test("an anonymous visit to the newsroom goes to sign-in, and signing in leads back to the page asked for", async ({ page }) => {
  await page.goto("/redaksi/artikel?status=review");
  await expect(page).toHaveURL(/\/redaksi\/masuk\?next=/);
  await expect(page.getByRole("heading", { name: "Masuk ke Redaksi" })).toBeVisible();
  await page.getByLabel("Email").fill(ACCOUNTS.editor);
  await page.getByLabel("Kata sandi").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/redaksi\/artikel\?status=review$/);
  await expect(page.getByRole("heading", { level: 1, name: "Artikel" })).toBeVisible();
});

test("the session cookie is HttpOnly, SameSite=Lax, not Secure over plain http, and lasts 14 days; newsroom pages are private and noindex", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.editor);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  const days = (cookie!.expires * 1000 - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(13.9);
  expect(days).toBeLessThanOrEqual(14);

  const response = await page.goto("/redaksi");
  const cacheControl = response!.headers()["cache-control"] ?? "";
  expect(cacheControl).toContain("private");
  expect(cacheControl).toContain("no-store");
  expect(response!.headers()["x-robots-tag"]).toContain("noindex");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("signing out ends the session on the server: the old cookie no longer opens the newsroom", async ({ page, context, browser }) => {
  await signIn(page, ACCOUNTS.reporter);
  const token = (await context.cookies()).find((c) => c.name === SESSION_COOKIE)!;
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/redaksi\/masuk/);

  const replay = await browser.newContext();
  await replay.addCookies([token]);
  const replayed = await replay.newPage();
  await replayed.goto("/redaksi");
  await expect(replayed).toHaveURL(/\/redaksi\/masuk/);
  await replay.close();
});

test("a tampered session cookie counts as signed out", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: SESSION_COOKIE, value: "A".repeat(43), url: baseURL! }]);
  await page.goto("/redaksi");
  await expect(page).toHaveURL(/\/redaksi\/masuk/);
});

test("a wrong password and an unknown email get the same message, and the email typed stays", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.21" });
  const messages: string[] = [];
  for (const [email, password] of [
    [ACCOUNTS.admin, "bukan-kata-sandinya"],
    ["tidak-ada@rinewsportal.example", STAFF_PASSWORD],
  ] as const) {
    await page.goto("/redaksi/masuk");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill(password);
    await page.getByRole("button", { name: "Masuk" }).click();
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toBeVisible();
    messages.push(await alert.innerText());
    await expect(page.getByLabel("Email")).toHaveValue(email);
  }
  expect(messages).toEqual(["Email atau kata sandi salah.", "Email atau kata sandi salah."]);
});

test("after 5 failed sign-ins from one address, even the right password has to wait there, while the owner still gets in from another", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.22" });
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto("/redaksi/masuk");
    await page.getByLabel("Email").fill(ACCOUNTS.contributor);
    await page.getByLabel("Kata sandi").fill(`tebakan-${attempt}`);
    await page.getByRole("button", { name: "Masuk" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  }
  await page.goto("/redaksi/masuk");
  await page.getByLabel("Email").fill(ACCOUNTS.contributor);
  await page.getByLabel("Kata sandi").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ detik\.$/);
  await expect(page).toHaveURL(/\/redaksi\/masuk/);

  await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.23" });
  await page.goto("/redaksi/masuk");
  await page.getByLabel("Email").fill(ACCOUNTS.contributor);
  await page.getByLabel("Kata sandi").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/redaksi$/);
});

test("a page beyond one's role is refused with a notice, and its menu link is not offered", async ({ page }) => {
  await signIn(page, ACCOUNTS.reporter);
  await expect(page.getByRole("navigation", { name: "Menu redaksi" }).getByRole("link", { name: "Staf" })).toHaveCount(0);
  const response = await page.goto("/redaksi/staf");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Anda tidak berhak membuka halaman itu.");
});

test("/admin leads to the newsroom", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/redaksi\/masuk/);
});
