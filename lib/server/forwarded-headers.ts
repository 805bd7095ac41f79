import type { IncomingMessage } from "node:http";

// X-Forwarded-* say who the client is (sign-in throttling keys on its address), which scheme it
// used (the session cookie's name, HSTS) and which host it asked for (the same-site check of
// uploads). A client must not choose them: unless a proxy we trust (TRUST_PROXY) sets them, they
// are dropped and Next fills them in from the socket.
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "forwarded"];

export function dropUntrustedForwarding(req: IncomingMessage, trustProxy: boolean): void {
  if (trustProxy) return;
  for (const name of FORWARDED_HEADERS) delete req.headers[name];
}

/**
 * Whether the client reached us over https, from X-Forwarded-Proto as it stands after
 * dropUntrustedForwarding (this server itself speaks plain http). The first hop's word counts.
 */
export function isHttps(forwardedProto: string | string[] | null | undefined): boolean {
  const value = Array.isArray(forwardedProto) ? forwardedProto[0] : forwardedProto;
  return value?.split(",")[0]?.trim().toLowerCase() === "https";
}
