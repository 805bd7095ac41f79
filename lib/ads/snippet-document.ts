import { createHash } from "node:crypto";
import { z } from "zod";
import { AD_PLACEMENTS } from "@/db/schema";
import { isBuildPhase } from "@/lib/seo/build-phase";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/cache-control";
import { getActiveAdSlot } from "./slots";

// @NOTE A network's snippet runs as a document of its own at /iklan/<placement>, framed by the slot
// with a sandbox that has no allow-same-origin: its origin is opaque, so it can reach neither the
// page, nor the reader's cookies or storage. A `srcdoc` frame would inherit the page's policy;
// this document carries its own, open to whatever hosts a network loads its scripts, frames and
// pixels from, while only this site may frame it.
export const AD_DOCUMENT_CONTENT_SECURITY_POLICY = [
  "default-src * data: blob: 'unsafe-inline' 'unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join("; ");

const placementParam = z.enum(AD_PLACEMENTS);

function adDocument(snippet: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Iklan</title>
<style>html,body{margin:0;padding:0;overflow:hidden;background:transparent}</style>
</head>
<body>
${snippet}
</body>
</html>
`;
}

const notFound = () => new Response("Tidak ditemukan", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL } });

/** GET /iklan/<placement>: the slot's snippet as a document, or 404 while the slot shows no snippet. */
export async function adDocumentResponse(placement: string): Promise<Response> {
  if (isBuildPhase()) return new Response(null, { status: 204 });
  const parsed = placementParam.safeParse(placement);
  if (!parsed.success) return notFound();
  const slot = await getActiveAdSlot(parsed.data);
  if (slot?.kind !== "snippet") return notFound();
  const body = adDocument(slot.snippet);
  return new Response(body, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": AD_DOCUMENT_CONTENT_SECURITY_POLICY,
      "X-Frame-Options": "SAMEORIGIN",
      "X-Robots-Tag": "noindex",
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      ETag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    },
  });
}
