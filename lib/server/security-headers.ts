import type { ServerResponse } from "node:http";

// Response headers every page and file carries (set by lib/server/start.ts before Next answers, so
// pages served from the page cache carry them too). The newsroom's stricter Content-Security-Policy
// replaces the public one in proxy.ts, which can give each request its own nonce.

const PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()";

// @NOTE Public pages are cached whole and served to every reader, so their inline scripts (Next's
// RSC payload, JSON-LD) cannot carry a per-request nonce, and a hash per script would change with
// every render. Their policy therefore leaves scripts alone and closes what an injected tag could
// use besides: plugins, a foreign <base>, forms posting elsewhere, being framed by another site.
// Leaving scripts and connections open is also what lets the optional analytics tag (lib/settings/analytics.ts)
// load from googletagmanager.com and report to google-analytics.com once a reader agrees.
export const PUBLIC_CONTENT_SECURITY_POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/**
 * The newsroom's policy: scripts only with this response's nonce (Next puts it on its own script
 * tags when it finds it in the request's Content-Security-Policy header) and what they load.
 * Styles stay 'unsafe-inline': React's `style` props and the editor's inline styles need it.
 */
export function newsroomContentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // `next dev` evaluates its modules; a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // YouTube's stills of embedded videos (lib/body/embeds.ts), in the editor and the preview.
    "img-src 'self' data: blob: https://i.ytimg.com",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // The device preview frames the newsroom's own pages; no other site may.
    "frame-ancestors 'self'",
  ].join("; ");
}

/** A fresh nonce for one newsroom response (Web Crypto: proxy.ts may run outside Node). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function setSecurityHeaders(res: ServerResponse, https: boolean): void {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  res.setHeader("X-Frame-Options", "SAMEORIGIN");
  res.setHeader("Content-Security-Policy", PUBLIC_CONTENT_SECURITY_POLICY);
  // Only a response that came over https may pin the site to it; on plain http (local use) a
  // browser ignores the header anyway, and a proxy that ends TLS says so in X-Forwarded-Proto.
  if (https) res.setHeader("Strict-Transport-Security", "max-age=31536000");
}
