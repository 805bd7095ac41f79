import { expect, test, type Browser } from "@playwright/test";
import { ACCOUNTS, signIn, staffPage } from "./redaksi-sign-in";

// Ending sessions signs people out, so this spec works only with an account it creates itself:
// the seeded accounts are signed in by other specs running alongside.

const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0";

/** A new reporter account made through the admin's staff page; answers its email, name and temporary password. */
async function newStaffAccount(browser: Browser, tag: string): Promise<{ email: string; name: string; password: string }> {
  const admin = await staffPage(browser, ACCOUNTS.admin);
  const name = `Sesi E2E ${tag} ${Date.now()}`;
  const email = `sesi-${tag}-${Date.now()}@contoh.example`;
  await admin.goto("/redaksi/staf/baru");
  await admin.getByLabel("Nama").fill(name);
  await admin.getByLabel("Email").fill(email);
  await admin.getByRole("button", { name: "Buat akun" }).click();
  const password = await admin.getByTestId("one-time-secret").innerText();
  await admin.context().close();
  return { email, name, password };
}

test("the same account in two browsers: the first sees both sessions, ends the other, and the other is signed out at once; the audit log shows the sign-ins", async ({ browser }) => {
  const account = await newStaffAccount(browser, "dua");

  const first = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.61" } })).newPage();
  const second = await (await browser.newContext({ userAgent: FIREFOX_WINDOWS, extraHTTPHeaders: { "x-forwarded-for": "203.0.113.62" } })).newPage();
  await signIn(first, account.email, account.password);
  await signIn(second, account.email, account.password);

  await first.goto("/redaksi/profil");
  const sessions = first.getByRole("region", { name: "Sesi aktif" }).getByTestId("session-row");
  await expect(sessions).toHaveCount(2);
  const mine = sessions.filter({ has: first.getByText("sesi ini", { exact: true }) });
  await expect(mine).toContainText("203.0.113.61");
  await expect(mine.getByRole("button", { name: "Keluar dari sesi ini" })).toHaveCount(0);
  const other = sessions.filter({ hasText: "Firefox di Windows" });
  await expect(other).toContainText("203.0.113.62");
  await other.getByRole("button", { name: "Keluar dari sesi ini" }).click();
  await expect(sessions).toHaveCount(1);

  await second.goto("/redaksi/artikel");
  await expect(second).toHaveURL(/\/redaksi\/masuk/);
  await first.reload();
  await expect(first.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();

  // The account's own history: other specs' sign-ins, running alongside, cannot push these rows away.
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/redaksi/staf");
  await admin.getByRole("link", { name: account.name }).click();
  const rows = admin.getByRole("region", { name: "Riwayat akun" }).getByRole("row");
  const signedIn = rows.filter({ has: admin.getByRole("cell", { name: "masuk", exact: true }) });
  await expect(signedIn.filter({ hasText: "Firefox di Windows dari 203.0.113.62" })).toHaveCount(1);
  await expect(signedIn.filter({ hasText: "dari 203.0.113.61" })).toHaveCount(1);
  await expect(rows.filter({ has: admin.getByRole("cell", { name: "mengakhiri sesi", exact: true }) })).toContainText("Firefox di Windows dari 203.0.113.62");

  // The audit log's filter gathers sign-ins of every account.
  await admin.goto("/redaksi/audit");
  await admin.getByLabel("Sasaran").selectOption({ label: "Masuk, keluar & sesi" });
  await admin.getByRole("button", { name: "Terapkan" }).click();
  await expect(admin).toHaveURL(/subject=access/);
  await expect(admin.getByRole("cell", { name: "masuk", exact: true }).first()).toBeVisible();
  await admin.context().close();
  await first.context().close();
  await second.context().close();
});

test("an admin ends every session of a staff member from the staff page", async ({ browser }) => {
  const account = await newStaffAccount(browser, "admin");
  const member = await (await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.63" } })).newPage();
  await signIn(member, account.email, account.password);

  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/redaksi/staf");
  await admin.getByRole("link", { name: account.name }).click();
  const sessions = admin.getByRole("region", { name: "Sesi aktif" });
  await expect(sessions.getByTestId("session-row")).toHaveCount(1);
  await expect(sessions.getByTestId("session-row")).toContainText("203.0.113.63");
  await sessions.getByRole("button", { name: "Akhiri semua sesi" }).click();
  await expect(sessions.getByRole("status")).toHaveText(/^1 sesi diakhiri/);
  await expect(sessions.getByTestId("session-row")).toHaveCount(0);

  await member.goto("/redaksi");
  await expect(member).toHaveURL(/\/redaksi\/masuk/);
  await admin.context().close();
  await member.context().close();
});
