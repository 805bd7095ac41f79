import { expect, test } from "@playwright/test";
import { ACCOUNTS, staffPage } from "./redaksi-sign-in";

test("an admin keeps the box redaksi in the settings; the Redaksi and Kontak pages show it, and an address the browser lets through but is no email is refused with nothing lost", async ({ browser, page: reader }) => {
  await reader.goto("/halaman/kontak");
  const box = reader.getByRole("region", { name: "Box Redaksi" });
  await expect(box.getByRole("definition").first()).toHaveText("PT RI Media Nusantara");

  const admin = await staffPage(browser, ACCOUNTS.admin);
  await admin.goto("/redaksi/pengaturan");
  const form = admin.getByRole("region", { name: "Box redaksi" });
  await form.getByLabel("Nama perusahaan (PT)").fill("PT RI Media Nusantara Raya");
  await form.getByLabel("Nomor verifikasi Dewan Pers (jika ada)").fill("1234/DP-Verifikasi/K/XII/2026");
  await form.getByLabel("Email redaksi").fill("redaksi@lokal");
  await form.getByRole("button", { name: "Simpan box redaksi" }).click();
  await expect(form.getByLabel("Email redaksi")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Nama perusahaan (PT)")).toHaveValue("PT RI Media Nusantara Raya");
  await reader.reload();
  await expect(box.getByRole("definition").first()).toHaveText("PT RI Media Nusantara");

  await form.getByLabel("Email redaksi").fill("redaksi@rinewsportal.example");
  await form.getByRole("button", { name: "Simpan box redaksi" }).click();
  await expect(form.getByText("Box redaksi disimpan.")).toBeVisible();
  for (const path of ["/halaman/kontak", "/halaman/redaksi"]) {
    // Static pages may be served as they were for up to 0.9 s after a change (README, "Caching").
    await expect.poll(async () => (await reader.goto(path), await box.getByRole("definition").first().textContent())).toBe("PT RI Media Nusantara Raya");
    await expect(box.getByText("1234/DP-Verifikasi/K/XII/2026")).toBeVisible();
    await expect(box.getByRole("link", { name: "redaksi@rinewsportal.example" })).toHaveAttribute("href", "mailto:redaksi@rinewsportal.example");
  }
  await admin.context().close();
});
