import "server-only";
import { cookies, headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { SIGN_IN_PATH } from "@/lib/newsroom/paths";
import { Refusal } from "@/lib/newsroom/refusal";
import { isHttps } from "@/lib/server/forwarded-headers";
import { can, type Permission } from "./roles";
import { validateSessionToken, type StaffUser } from "./session";
import { sessionCookie } from "./session-cookie";

// The newsroom's view of the current request: who is signed in, from where, and over what.

/** The session cookie of this request: its name depends on whether the client came over https. */
async function requestSessionCookie() {
  return sessionCookie(isHttps((await headers()).get("x-forwarded-proto")));
}

export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  return validateSessionToken(await currentSessionToken());
});

/** For pages: the signed-in staff member with this right; anyone else is sent away before anything renders. */
export async function requireUser(permission?: Permission): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (permission && !can(user.role, permission)) forbidden();
  return user;
}

/** For pages: a newsroom read whose refusal becomes a 404 (missing) or a 403. */
export function readForPage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    if (error.reason === "not-found") notFound();
    forbidden();
  }
}

export async function currentSessionToken(): Promise<string | undefined> {
  return (await cookies()).get((await requestSessionCookie()).name)?.value;
}

export async function setSessionCookie(token: string): Promise<void> {
  const { name, options } = await requestSessionCookie();
  (await cookies()).set(name, token, options);
}

export async function clearSessionCookie(): Promise<void> {
  const { name, options } = await requestSessionCookie();
  (await cookies()).delete({ name, path: options.path, secure: options.secure });
}

/** The client's address and browser, for sign-in throttling, the session record and counting article views once per reader. */
export async function requestClient(): Promise<{ address: string; userAgent: string | null }> {
  const requestHeaders = await headers();
  // Next sets x-forwarded-for to the socket address when no proxy did; a proxy appends the
  // address it saw, so the last entry is the one the nearest hop vouches for.
  const address = requestHeaders.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
  return { address: address.slice(0, 64), userAgent: requestHeaders.get("user-agent") };
}

/**
 * True for a request another site made the browser send. Next already refuses server actions
 * whose Origin names another host; this also covers a missing Origin with Fetch metadata present.
 */
export async function isCrossSiteRequest(): Promise<boolean> {
  const requestHeaders = await headers();
  const fetchSite = requestHeaders.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = requestHeaders.get("origin");
  if (!origin) return false;
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  return !URL.canParse(origin) || new URL(origin).host !== host;
}
