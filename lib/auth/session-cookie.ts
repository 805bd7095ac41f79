// Shared by lib/auth/request.ts and proxy.ts (which slides the cookie's lifetime on each visit),
// so nothing here may import the database.
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

const COOKIE_NAME = "rinews_session";

/**
 * The session cookie of a request over https or plain http (local use, tests). Over https it
 * carries the `__Host-` prefix: the browser then keeps it only when it was set Secure, for the
 * whole host and by the host itself, so neither a subdomain nor a plain-http response can plant
 * a session of its choosing. A prefixed and an unprefixed cookie are never read in place of each other.
 */
export function sessionCookie(https: boolean) {
  return {
    name: https ? `__Host-${COOKIE_NAME}` : COOKIE_NAME,
    options: { httpOnly: true, sameSite: "lax", secure: https, path: "/", maxAge: SESSION_TTL_MS / 1000 } as const,
  };
}
