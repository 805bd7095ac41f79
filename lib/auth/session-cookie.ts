// Shared by lib/auth/request.ts and proxy.ts (which slides the cookie's lifetime on each visit),
// so nothing here may import the database.
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const SESSION_COOKIE = "rinews_session";

export function sessionCookieOptions(https: boolean) {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
  } as const;
}
