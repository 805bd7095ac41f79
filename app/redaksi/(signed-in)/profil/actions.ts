"use server";

import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password";
import { currentSessionToken, requestClient, setSessionCookie } from "@/lib/auth/request";
import { createSession, endOtherSessions, endSession } from "@/lib/auth/session";
import { newsroomAction } from "@/lib/newsroom/action";
import { idField, optionalText, requiredText } from "@/lib/newsroom/form-fields";
import { changeOwnPassword, updateOwnProfile } from "@/lib/staff/newsroom";

const profileInput = z.object({
  name: requiredText(120),
  bio: optionalText(1000, { multiline: true }),
  photoMediaId: z.union([z.literal("").transform(() => null), idField]),
});

export const updateProfileAction = newsroomAction({ input: profileInput }, (input, user) => {
  updateOwnProfile(user, input);
  return { status: "success", message: "Profil disimpan." };
});

const passwordInput = z
  .object({
    currentPassword: z.string().min(1, { error: "Masukkan kata sandi saat ini." }).max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, { error: "Konfirmasi tidak sama dengan kata sandi baru.", path: ["confirmPassword"] });

export const changePasswordAction = newsroomAction({ input: passwordInput }, async (input, user) => {
  await changeOwnPassword(user, input);
  // Every session of the account has just ended; this browser continues in a new one.
  const client = await requestClient();
  await setSessionCookie(createSession(user.id, { userAgent: client.userAgent, ipAddress: client.address }).token);
  return { status: "success", message: "Kata sandi diganti. Sesi di perangkat lain telah diakhiri." };
});

export const endSessionAction = newsroomAction({ input: z.object({ sessionId: idField }) }, async ({ sessionId }, user) => {
  endSession(user, sessionId, await currentSessionToken());
  return { status: "success", message: "Sesi diakhiri; perangkat itu harus masuk lagi." };
});

export const endOtherSessionsAction = newsroomAction({ input: z.object({}) }, async (_input, user) => {
  // The wrapper has just found a session for this token.
  const ended = endOtherSessions(user, (await currentSessionToken())!);
  return { status: "success", message: ended ? `${ended} sesi di perangkat lain diakhiri.` : "Tidak ada sesi lain." };
});
