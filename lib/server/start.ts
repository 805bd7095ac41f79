import cluster from "node:cluster";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { prepareDatabase } from "@/lib/seed/prepare";
import { startDailyBackups } from "@/lib/backups";
import { MEDIA_URL_PREFIX } from "@/lib/media/variants";
import { receiveActionRequest } from "./action-body";
import { sharedCacheSettings, type SharedCacheProvider } from "@/lib/cache/shared-cache";
import { shortenSharedCaching } from "@/lib/cache/cache-control";
import { ConfigurationError, serverProcesses, trustProxy } from "./environment";
import { dropUntrustedForwarding, isHttps } from "./forwarded-headers";
import { acceptsGzip, answerFromKeptCopy, finishWhenComplete } from "./gzip-response";
import { answerPermanentRedirectsWith301 } from "./permanent-redirects";
import { isReaderPageRequest } from "./reader-pages";
import { answerMalformedRequest } from "./request-guard";
import { routeSearchToResults } from "./search-route";
import { setSecurityHeaders } from "./security-headers";
import { isNotFoundPageRequest, notFoundPageFrom, ownOrigin } from "./not-found-pages";
import { decideSharedCaching } from "./shared-caching";
import { routeWithdrawnArticle } from "./withdrawn-articles";
import { superviseServerProcesses } from "./server-processes";

// `npm start`: Next's production server behind a thin layer that owns compression (gzip-response.ts),
// in one process per core (WEB_CONCURRENCY): a primary prepares the database and keeps the one-of-a-
// kind jobs (server-processes.ts, lib/cluster.ts); with one process, that process serves as well.
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

let trustForwarding: boolean;
let processes: number;
let sharedCache: SharedCacheProvider;
try {
  trustForwarding = trustProxy();
  processes = serverProcesses();
  sharedCache = sharedCacheSettings().provider;
  // instrumentation.ts prepares the database too (for `next dev`), but Next may take requests before
  // its register() has finished seeding an empty database; here nothing listens until it is ready.
  if (cluster.isPrimary) await prepareDatabase();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`Not starting: ${error.message}`);
  process.exit(1);
}

if (cluster.isPrimary) startDailyBackups();
if (cluster.isPrimary && processes > 1) {
  console.log(`Starting ${processes} server processes (WEB_CONCURRENCY)`);
  superviseServerProcesses(processes);
} else {
  await serve();
}

async function serve(): Promise<void> {
  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown): void {
    console.error("Request failed:", req.method, req.url, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }

  const notFoundPage = notFoundPageFrom(ownOrigin(hostname, port));

  const server = createServer(async (req, res) => {
    dropUntrustedForwarding(req, trustForwarding);
    setSecurityHeaders(res, isHttps(req.headers["x-forwarded-proto"]));
    if (answerMalformedRequest(req, res)) return;
    const request = await receiveActionRequest(req, res).catch((error: unknown) => {
      answerFailure(req, res, error);
      return null;
    });
    if (!request) return;
    routeSearchToResults(req);
    const okAs = routeWithdrawnArticle(req) ? 410 : isNotFoundPageRequest(req) ? 404 : undefined;
    // A fresh hit goes out with the head Next's answer had once these below had shaped it.
    if (okAs === undefined && answerFromKeptCopy(req, res)) return;
    shortenSharedCaching(res);
    decideSharedCaching(req, res, sharedCache);
    answerPermanentRedirectsWith301(req, res);
    // Media files are already compressed images: held back and buffered for nothing.
    const gzip = acceptsGzip(req) && !req.url?.startsWith(MEDIA_URL_PREFIX);
    const readerPage = isReaderPageRequest(req);
    if (gzip || readerPage) finishWhenComplete(req, res, { gzip, readerPage, okAs, notFoundPage });
    handle(request, res).catch((error: unknown) => answerFailure(req, res, error));
  });
  // Proxies and clients keep idle connections longer than Node's 5 s: a request sent as the server
  // closes one is reset (a proxy answers 502). Outlast them, as nginx (75 s) does.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.listen(port, hostname, () => console.log(`RI News Portal listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      app.close?.().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
