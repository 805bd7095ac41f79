import type { IncomingMessage } from "node:http";
import { SEARCH_PAGE_PATH, searchResultsRoute } from "@/lib/urls";

// A search (`/cari?q=…&page=…`) is served by its results route, cached per query (lib/urls.ts). The
// server sends it there before Next sees it: through Next's proxy (proxy.ts, which still does this
// for `next dev`) every search also paid for running the proxy and its request and response objects.

/** Points a GET or HEAD for /cari with a query at its results route; leaves every other request alone. */
export function routeSearchToResults(req: IncomingMessage): void {
  if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(`${SEARCH_PAGE_PATH}?`)) return;
  const { searchParams } = new URL(req.url, "http://localhost");
  const route = searchResultsRoute(searchParams.get("q") ?? "", searchParams.get("page") ?? "1");
  if (route) req.url = route;
}
