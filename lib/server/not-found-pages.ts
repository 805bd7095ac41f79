import type { IncomingMessage } from "node:http";
import { NOT_FOUND_PAGE_PATH } from "@/lib/urls";

// @NOTE A page that calls notFound() (an unknown article, hashtag, category or author, a bad date,
// any address no route takes) comes from Next as an empty shell that its client runtime fills from
// the payload (vercel/next.js#62228, open). Reader pages go out without that runtime, so a reader
// without JavaScript, and every crawler, would get a blank 404, and a reader with it ~190 KB of
// scripts to draw one. The layer answers such a 404 with the reader site's not-found page instead,
// rendered by its own route (NOT_FOUND_PAGE_PATH) and fetched from this same server. One copy serves
// every 404 for NOT_FOUND_PAGE_TTL_MS (its latest articles may be that much behind), so a loop of
// made-up addresses costs one render every few seconds. That route answers 404 to everyone.

const CLIENT_DRAWN_SHELL = '<html id="__next_error__"';
const FETCH_TIMEOUT_MS = 5000;
export const NOT_FOUND_PAGE_TTL_MS = 10_000;

/** HTML Next leaves for its client runtime to draw (the 404 of notFound(), an error's shell). */
export function isClientDrawnShell(html: Buffer | string): boolean {
  return html.includes(CLIENT_DRAWN_SHELL);
}

/** A GET or HEAD for the not-found page's own route: answered 404, like every not-found page. */
export function isNotFoundPageRequest(req: IncomingMessage): boolean {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url) return false;
  const path = req.url.split("?", 1)[0]!;
  return path === NOT_FOUND_PAGE_PATH || path.startsWith(`${NOT_FOUND_PAGE_PATH}/`);
}

/** Where this server can reach itself: its address, or the loopback one when it listens on all. */
export function ownOrigin(hostname: string, port: number): string {
  const host = hostname === "0.0.0.0" || hostname === "::" || hostname === "" ? "127.0.0.1" : hostname.includes(":") ? `[${hostname}]` : hostname;
  return `http://${host}:${port}`;
}

/**
 * The not-found page from this server (`origin`: where it listens), one copy for every request within
 * NOT_FOUND_PAGE_TTL_MS; null when it does not answer with a drawn page (the shell then goes out as
 * it came, and the next 404 asks again).
 */
export function notFoundPageFrom(origin: string): () => Promise<Buffer | null> {
  let kept: { at: number; page: Promise<Buffer | null> } | null = null;
  return () => {
    if (!kept || Date.now() - kept.at >= NOT_FOUND_PAGE_TTL_MS) {
      const page = fetchNotFoundPage(origin);
      kept = { at: Date.now(), page };
      void page.then((html) => {
        if (html === null && kept?.page === page) kept = null;
      });
    }
    return kept.page;
  };
}

async function fetchNotFoundPage(origin: string): Promise<Buffer | null> {
  try {
    const response = await fetch(`${origin}${NOT_FOUND_PAGE_PATH}`, { headers: { accept: "text/html" }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    const html = Buffer.from(await response.arrayBuffer());
    if (response.status !== 404 || !/^text\/html\b/i.test(response.headers.get("content-type") ?? "") || isClientDrawnShell(html)) {
      console.warn(`Not-found page unavailable (status ${response.status}): sending Next's empty 404 shell`);
      return null;
    }
    return html;
  } catch (error) {
    console.warn("Not-found page unavailable: sending Next's empty 404 shell", error);
    return null;
  }
}
