import type { IncomingMessage } from "node:http";
import { isWithdrawnSlug } from "@/lib/articles/withdrawals";
import { isValidSlug } from "@/lib/text/slug";
import { articlePath, WITHDRAWAL_NOTICE_PATH, withdrawalNoticeRoute } from "@/lib/urls";

// A withdrawn article's address answers 410 Gone with its withdrawal notice (lib/articles/
// withdrawals.ts). Next sets no status of our choosing on a page, so the layer does both: it sends
// the address to the notice's route, and the answer goes out as 410 (gzip-response.ts, `gone`).

const ARTICLE_PATH = new RegExp(`^${articlePath("([^/?]+)")}(?:\\?.*)?$`);
const NOTICE_PATH = `${WITHDRAWAL_NOTICE_PATH}/`;

/**
 * Points a GET or HEAD for a withdrawn article's address at its notice; true when the answer is to be
 * 410 (also for the notice's own route, which only ever shows a withdrawal).
 */
export function routeWithdrawnArticle(req: IncomingMessage): boolean {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url) return false;
  if (req.url.startsWith(NOTICE_PATH)) return true;
  const slug = ARTICLE_PATH.exec(req.url)?.[1];
  if (slug === undefined || !isValidSlug(slug) || !isWithdrawnSlug(slug)) return false;
  req.url = withdrawalNoticeRoute(slug);
  return true;
}
