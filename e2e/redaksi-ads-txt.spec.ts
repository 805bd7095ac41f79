import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

const ADS_TXT = ["# Penjual resmi", "google.com, pub-1234567890123456, DIRECT, f08c47fec0942fa0", "contact=iklan@rinewsportal.example"].join("\n");

test("an admin keeps /ads.txt in the settings: served as plain text, an unreadable line refused with nothing lost", async ({ browser, request }) => {
  expect((await request.get("/ads.txt")).status()).toBe(404);
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/redaksi/pengaturan");
  const field = admin.getByLabel("Isi /ads.txt");
  const save = admin.getByRole("button", { name: "Simpan ads.txt" });

  await field.fill(ADS_TXT);
  await save.click();
  await expect(admin.getByText("ads.txt disimpan.")).toBeVisible();
  // Changes reach the cache at once; /ads.txt may be served as it was for up to 0.9 s (README, "Caching").
  await expect.poll(async () => (await request.get("/ads.txt")).status()).toBe(200);
  const served = await request.get("/ads.txt");
  expect(served.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  expect(await served.text()).toBe(`${ADS_TXT}\n`);

  await field.fill(`${ADS_TXT}\ngoogle.com pub-1 DIRECT\n<script>alert(1)</script>`);
  await save.click();
  await expect(admin.getByText("Baris 4, 5 tidak sesuai format ads.txt: domain, ID penerbit, DIRECT atau RESELLER.")).toBeVisible();
  await expect(field).toHaveValue(`${ADS_TXT}\ngoogle.com pub-1 DIRECT\n<script>alert(1)</script>`);
  expect(await (await request.get("/ads.txt")).text()).toBe(`${ADS_TXT}\n`);
  await admin.reload();
  await expect(admin.getByLabel("Isi /ads.txt")).toHaveValue(ADS_TXT);

  const editor = await staffPage(browser, ACCOUNTS.editor);
  expect((await editor.goto("/redaksi/pengaturan"))!.status()).toBe(403);
});
