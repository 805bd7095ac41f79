import type { IncomingMessage, ServerResponse } from "node:http";

// Requests Next would answer with a 500 (or never route at all) are answered here, before Next
// sees them: nothing a client sends may produce a server error.

/** Every method a page, route handler or server action of this site answers. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "OPTIONS"];

export type Refusal = { status: 400 | 403 | 405 | 413 | 415 | 503; message: string; headers?: Record<string, string> };

function isDecodable(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server action posted from another site. Next refuses it too, but by throwing, which answers 500;
 * the actions themselves also check (lib/auth/request.ts isCrossSiteRequest).
 */
function isCrossSiteAction(headers: IncomingMessage["headers"]): boolean {
  if (!headers["next-action"] || !headers.origin) return false;
  const host = headers["x-forwarded-host"] ?? headers.host;
  return !URL.canParse(headers.origin) || new URL(headers.origin).host !== host;
}

/** Why this request is refused before routing, or null when Next may have it. */
export function refusalOf(req: Pick<IncomingMessage, "method" | "url" | "headers">): Refusal | null {
  if (!ALLOWED_METHODS.includes(req.method ?? "")) {
    return { status: 405, message: "Metode permintaan tidak didukung.", headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  const url = req.url ?? "";
  const pathname = url.split("?", 1)[0]!;
  // Route params are decoded by Next, which throws (a 500) on a path that is not valid UTF-8 once
  // percent-decoded: `/berita/%ff`, `/tag/%`, `/kategori/%c0%af`.
  if (!pathname.startsWith("/") || !isDecodable(pathname)) return { status: 400, message: "Alamat tidak valid." };
  if (isCrossSiteAction(req.headers)) return { status: 403, message: "Permintaan dari situs lain ditolak." };
  return null;
}

/** Answers a request refusalOf() refuses; true when it did (then Next must not see it). */
export function answerMalformedRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const refusal = refusalOf(req);
  if (!refusal) return false;
  answerRefusal(req, res, refusal);
  return true;
}

/** A refusal as a short plain-text answer, never cached. */
export function answerRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const body = `${refusal.status} ${refusal.message}\n`;
  res.writeHead(refusal.status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    ...refusal.headers,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
