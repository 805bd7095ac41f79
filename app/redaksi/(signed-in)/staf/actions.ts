"use server";

import { z } from "zod";
import { endAllSessionsOf } from "@/lib/auth/session";
import { newsroomAction } from "@/lib/newsroom/action";
import { emailField, idField, optionalText, requiredText, roleField } from "@/lib/newsroom/form-fields";
import { createStaff, resetStaffPassword, setStaffActive, updateStaff } from "@/lib/staff/newsroom";

const HAND_OVER = "Berikan kata sandi ini kepada yang bersangkutan; ia dapat menggantinya di halaman Profil.";

const accountInput = z.object({
  name: requiredText(120),
  email: emailField,
  role: roleField,
  // Left out of a post (an older form), these stay as they are.
  jobTitle: optionalText(80).optional(),
  onRoster: z
    .enum(["ya", "tidak"], { error: "Pilih ya atau tidak." })
    .optional()
    .transform((choice) => (choice === undefined ? undefined : choice === "ya")),
});

export const createStaffAction = newsroomAction({ permission: "manageStaff", input: accountInput }, async (input, user) => {
  const { password } = await createStaff(user, input);
  return { status: "success", message: `Akun ${input.email} dibuat. ${HAND_OVER}`, secret: password };
});

export const updateStaffAction = newsroomAction({ permission: "manageStaff", input: accountInput.extend({ id: idField }) }, ({ id, ...input }, user) => {
  updateStaff(user, id, input);
  return { status: "success", message: "Perubahan akun disimpan." };
});

export const setStaffActiveAction = newsroomAction(
  { permission: "manageStaff", input: z.object({ id: idField, active: z.enum(["true", "false"]) }) },
  ({ id, active }, user) => {
    setStaffActive(user, id, active === "true");
    return { status: "success", message: active === "true" ? "Akun diaktifkan kembali." : "Akun dinonaktifkan; semua sesinya telah diakhiri." };
  },
);

export const resetStaffPasswordAction = newsroomAction({ permission: "manageStaff", input: z.object({ id: idField }) }, async ({ id }, user) => {
  const password = await resetStaffPassword(user, id);
  return { status: "success", message: `Kata sandi diatur ulang dan semua sesi akun ini diakhiri. ${HAND_OVER}`, secret: password };
});

export const endStaffSessionsAction = newsroomAction({ permission: "manageStaff", input: z.object({ id: idField }) }, ({ id }, user) => {
  const ended = endAllSessionsOf(user, id);
  return { status: "success", message: ended ? `${ended} sesi diakhiri; akun ini harus masuk lagi di setiap perangkat.` : "Akun ini tidak punya sesi aktif." };
});
