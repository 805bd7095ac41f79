import "server-only";
import { readFile } from "node:fs/promises";
import { mediaFileLocation } from "./process";
import { MEDIA_FORMATS, parseMediaFilePath } from "./variants";

// A stored file never changes (its key comes from the upload's bytes), so browsers and CDNs may
// keep it for a year without asking again.
export const MEDIA_CACHE_CONTROL = "public, max-age=31536000, immutable";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/** Answers GET /media/<key>/<width>.<format>; any other path is a 404 (only that exact shape reaches the disk). */
export async function serveMediaFile(segments: readonly string[], request: Request): Promise<Response> {
  const file = parseMediaFilePath(segments);
  if (!file) return notFound();
  const etag = `"${file.key}-${file.width}-${file.format}"`;
  const headers = {
    "Content-Type": MEDIA_FORMATS[file.format],
    "Cache-Control": MEDIA_CACHE_CONTROL,
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
  };
  let body: Buffer;
  try {
    body = await readFile(mediaFileLocation(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return notFound();
    throw error;
  }
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(body), { headers: { ...headers, "Content-Length": String(body.length) } });
}
