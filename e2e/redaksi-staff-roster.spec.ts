import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

// Accounts of its own, so the seeded roster other specs read stays as it is.

/** The roster's job title for this name, or null when the name is not on it. */
async function rosterTitle(request: APIRequestContext, name: string): Promise<string | null> {
  const html = await (await request.get("/halaman/redaksi")).text();
  const entry = new RegExp(`<dt[^>]*>([^<]*)</dt><dd[^>]*><a[^>]*>${name}</a>`).exec(html);
  return entry ? entry[1]! : null;
}

async function createAccount(admin: Page, fields: { name: string; email: string; role: string; jobTitle: string; onRoster: "Ya" | "Tidak (misalnya admin TI)" }) {
  await admin.goto("/redaksi/staf/baru");
  await admin.getByLabel("Nama").fill(fields.name);
  await admin.getByLabel("Email").fill(fields.email);
  await admin.getByLabel("Peran").selectOption({ label: fields.role });
  await admin.getByLabel("Jabatan").fill(fields.jobTitle);
  await admin.getByLabel("Tampil di Susunan Redaksi").selectOption({ label: fields.onRoster });
  await admin.getByRole("button", { name: "Buat akun" }).click();
  await expect(admin.getByTestId("one-time-secret")).toBeVisible();
}

test("an admin names a job title for the roster and keeps an IT admin off it; the role stays a matter of rights", async ({ browser, request }) => {
  const admin = await staffPage(browser, ACCOUNTS.admin);
  await createAccount(admin, { name: "Dewi Lestari", email: "dewi@rinewsportal.example", role: "Pewarta", jobTitle: "Fotografer Senior", onRoster: "Ya" });
  await createAccount(admin, { name: "Agus Teknisi", email: "agus.ti@rinewsportal.example", role: "Kontributor", jobTitle: "", onRoster: "Tidak (misalnya admin TI)" });

  // The roster is a static page's: it may be served as it was for up to 0.9 s (README, "Caching").
  await expect.poll(() => rosterTitle(request, "Dewi Lestari")).toBe("Fotografer Senior");
  expect(await rosterTitle(request, "Agus Teknisi")).toBeNull();
  expect(await rosterTitle(request, "Bambang Sutrisno")).toBe("Pemimpin Redaksi");

  await admin.goto("/redaksi/staf");
  await admin.getByRole("link", { name: "Dewi Lestari" }).click();
  await expect(admin.getByLabel("Jabatan")).toHaveValue("Fotografer Senior");
  await admin.getByLabel("Jabatan").fill("Redaktur Foto");
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.getByText("Perubahan akun disimpan.")).toBeVisible();
  await expect.poll(() => rosterTitle(request, "Dewi Lestari")).toBe("Redaktur Foto");
  // Still a reporter: the title gives no rights.
  await expect(admin.getByLabel("Peran")).toHaveValue("reporter");

  await admin.getByLabel("Tampil di Susunan Redaksi").selectOption({ label: "Tidak (misalnya admin TI)" });
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.getByText("Perubahan akun disimpan.")).toBeVisible();
  await expect.poll(() => rosterTitle(request, "Dewi Lestari")).toBeNull();
  await admin.context().close();
});
