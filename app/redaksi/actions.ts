"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clearSessionCookie, currentSessionToken, isCrossSiteRequest, requestClient, setSessionCookie } from "@/lib/auth/request";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { CROSS_SITE_REFUSED, notAFormAnswer } from "@/lib/newsroom/action";
import type { ActionState } from "@/lib/newsroom/action-state";
import { NEWSROOM_PATH, safeReturnPath, SIGN_IN_PATH } from "@/lib/newsroom/paths";

const signInInput = z.object({
  email: z.string().trim().min(1, { error: "Email wajib diisi." }).max(254, { error: "Email terlalu panjang." }),
  password: z.string().min(1, { error: "Kata sandi wajib diisi." }).max(200, { error: "Kata sandi terlalu panjang." }),
  next: z.string().optional(),
});

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return notAFormAnswer();
  const values = { email: String(formData.get("email") ?? "").slice(0, 254) };
  if (await isCrossSiteRequest()) return { status: "error", reason: "forbidden", message: CROSS_SITE_REFUSED, values };
  const parsed = signInInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", reason: "invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };

  const result = await signIn(parsed.data, await requestClient());
  if (!result.ok) return { status: "error", reason: "unauthenticated", message: result.message, values };
  await setSessionCookie(result.token);
  redirect(safeReturnPath(parsed.data.next));
}

export async function signOutAction(): Promise<void> {
  if (await isCrossSiteRequest()) redirect(NEWSROOM_PATH);
  const token = await currentSessionToken();
  if (token) signOut(token);
  await clearSessionCookie();
  redirect(SIGN_IN_PATH);
}
