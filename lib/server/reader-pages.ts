import type { IncomingMessage } from "node:http";
import { stripClientRuntime } from "./client-runtime.mjs";
import { isClientDrawnShell } from "./not-found-pages";

// @NOTE Reader pages are read, not operated: every reader feature works with JavaScript off (links,
// GET forms, <details>), and the one interactive part, copying an article's address, is a small
// island of its own (public/islands/copy-link.js). So the HTML Next renders for them goes out without
// Next's client runtime: its script files (≈190 KB gzip on every page), their preloads and the
// inline RSC payload the runtime would hydrate from (a third to half of each page's HTML). The cost:
// following a link loads the next page whole (from the page cache, gzipped once) instead of
// navigating client-side, and nothing is prefetched. The newsroom keeps the runtime (server actions,
// the editor), and so do error answers (5xx), whose retry button and latest links are React, and
// Next's empty error shell, which only the runtime can draw (a 404's is replaced: not-found-pages.ts).

// An ad document (/iklan/<placement>) is a network's markup, sent exactly as the admin saved it.
const NOT_READER_PAGES = /^\/(redaksi|admin|api|_next|media|iklan)(\/|\?|$)/;

/** A GET or HEAD for a page of the public site (not the newsroom, an API, a framework file or media). */
export function isReaderPageRequest(req: IncomingMessage): boolean {
  return (req.method === "GET" || req.method === "HEAD") && !NOT_READER_PAGES.test(req.url ?? "/");
}

/** Whether a finished reader response is a page to send without the runtime. */
export function isReaderHtml(statusCode: number, contentType: string): boolean {
  return statusCode < 500 && /^text\/html\b/i.test(contentType);
}

/** A reader page's HTML without Next's client runtime (unchanged if only the runtime can draw it). */
export function withoutClientRuntime(html: Buffer): Buffer {
  const text = html.toString("utf8");
  if (isClientDrawnShell(text)) return html;
  const stripped = stripClientRuntime(text);
  return stripped.length === text.length ? html : Buffer.from(stripped, "utf8");
}
