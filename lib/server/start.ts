import cluster from "node:cluster";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import next from "next";
import { prepareDatabase } from "@/lib/seed/prepare";
import { startDailyBackups } from "@/lib/backups";
import { MEDIA_URL_PREFIX } from "@/lib/media/variants";
import { receiveActionRequest } from "./action-body";
import { sharedCacheSettings, type SharedCacheProvider } from "@/lib/cache/shared-cache";
import { shortenSharedCaching } from "@/lib/cache/cache-control";
import { tellPrimary } from "@/lib/cluster";
import { ConfigurationError, serverProcesses, trustProxy } from "./environment";
import { dropUntrustedForwarding, isHttps } from "./forwarded-headers";
import { startInvalidationPolling } from "@/lib/cache/invalidation";
import { createFront, ServerProcesses } from "./front";
import { acceptsGzip, finishWhenComplete } from "./gzip-response";
import { answerPermanentRedirectsWith301 } from "./permanent-redirects";
import { isReaderPageRequest } from "./reader-pages";
import { answerMalformedRequest } from "./request-guard";
import { routeSearchToResults } from "./search-route";
import { setSecurityHeaders } from "./security-headers";
import { isNotFoundPageRequest, notFoundPageFrom, ownOrigin } from "./not-found-pages";
import { decideSharedCaching } from "./shared-caching";
import { routeWithdrawnArticle } from "./withdrawn-articles";
import { SOCKET_PATH_ENV, superviseServerProcesses } from "./server-processes";

// `npm start`: a primary that prepares the database, keeps the one-of-a-kind jobs and listens as the
// front (front.ts: answers fresh cache hits, passes the rest on), and server processes, one per core
// (WEB_CONCURRENCY, server-processes.ts, lib/cluster.ts), each Next's production server behind a thin
// layer that owns compression (gzip-response.ts), listening on a Unix socket only the front reaches.
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

if (cluster.isPrimary) front();
else await serve(process.env[SOCKET_PATH_ENV]!);

function front(): void {
  startDailyBackups();
  // The front answers a kept page only while it is fresh by the same invalidations the server processes apply.
  startInvalidationPolling();
  const socketDir = mkdtempSync(join(tmpdir(), "ri-news-portal-"));
  const serving = new ServerProcesses();
  const server = keepConnectionsLong(createFront({ trustForwarding, processes: serving }));
  console.log(`Starting ${processes} server processes (WEB_CONCURRENCY)`);
  superviseServerProcesses(processes, {
    socketPathOf: (index) => join(socketDir, `server-${index}.sock`),
    onServing: (socketPath) => {
      serving.add(socketPath);
      if (!server.listening) listen(server);
    },
    onGone: (socketPath) => serving.remove(socketPath),
    onStop: () => {
      server.close();
      rmSync(socketDir, { recursive: true, force: true });
    },
  });
  if (process.env.NEWS_DAY_BENCH_DIR) void import("@/bench/news-day/in-front").then(({ startFrontStats }) => startFrontStats(process.env.NEWS_DAY_BENCH_DIR!));
}

// Proxies and clients keep idle connections longer than Node's 5 s: a request sent as the server
// closes one is reset (a proxy answers 502). Outlast them, as nginx (75 s) does.
function keepConnectionsLong(server: Server): Server {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}

function listen(server: Server): void {
  server.listen(port, hostname, () => console.log(`RI News Portal listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
}

async function serve(socketPath: string): Promise<void> {
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
    // Only the front reaches this socket, and it passes on what it trusts (front.ts).
    dropUntrustedForwarding(req, true);
    setSecurityHeaders(res, isHttps(req.headers["x-forwarded-proto"]));
    if (answerMalformedRequest(req, res)) return;
    const request = await receiveActionRequest(req, res).catch((error: unknown) => {
      answerFailure(req, res, error);
      return null;
    });
    if (!request) return;
    routeSearchToResults(req);
    const okAs = routeWithdrawnArticle(req) ? 410 : isNotFoundPageRequest(req) ? 404 : undefined;
    shortenSharedCaching(res);
    decideSharedCaching(req, res, sharedCache);
    answerPermanentRedirectsWith301(req, res);
    // Media files are already compressed images: held back and buffered for nothing.
    const gzip = acceptsGzip(req) && !req.url?.startsWith(MEDIA_URL_PREFIX);
    const readerPage = isReaderPageRequest(req);
    if (gzip || readerPage) finishWhenComplete(req, res, { gzip, readerPage, okAs, notFoundPage });
    handle(request, res).catch((error: unknown) => answerFailure(req, res, error));
  });
  keepConnectionsLong(server);
  rmSync(socketPath, { force: true });
  server.listen({ path: socketPath, exclusive: true }, () => tellPrimary({ type: "portal:serving", socketPath }));

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      app.close?.().finally(() => process.exit(0));
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}
