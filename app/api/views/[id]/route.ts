import { requestClient } from "@/lib/auth/request";
import { articleIdParam, parseParams } from "@/lib/route-params";
import { countView } from "@/lib/views";

// The view-counting pixel of article pages (components/view-pixel.tsx). Never cached, anywhere:
// every load must reach this handler.
const TRANSPARENT_GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const articleId = parseParams(articleIdParam, (await params).id);
  if (articleId === null) return new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });
  countView(articleId, await requestClient());
  return new Response(TRANSPARENT_GIF, { headers: { "Content-Type": "image/gif", "Cache-Control": "no-store" } });
}
