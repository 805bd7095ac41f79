import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import { prepareDatabase } from "@/db/prepare";
import { startDailyBackups } from "@/lib/backups";
import { MEDIA_URL_PREFIX } from "@/lib/media/variants";
import { receiveActionRequest } from "./action-body";
import { shortenSharedCaching } from "./cache-control";
import { ConfigurationError, trustProxy } from "./environment";
import { dropUntrustedForwarding, isHttps } from "./forwarded-headers";
import { acceptsGzip, finishWhenComplete } from "./gzip-response";
import { answerPermanentRedirectsWith301 } from "./permanent-redirects";
import { isReaderPageRequest } from "./reader-pages";
import { answerMalformedRequest } from "./request-guard";
import { setSecurityHeaders } from "./security-headers";

// `npm start`: Next's production server behind a thin layer that owns compression (gzip-response.ts).
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

let trustForwarding: boolean;
try {
  trustForwarding = trustProxy();
  // instrumentation.ts prepares the database too (for `next dev`), but Next may take requests before
  // its register() has finished seeding an empty database; here nothing listens until it is ready.
  await prepareDatabase();
} catch (error) {
  if (!(error instanceof ConfigurationError)) throw error;
  console.error(`Not starting: ${error.message}`);
  process.exit(1);
}

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  console.error("Request failed:", req.method, req.url, error);
  if (!res.headersSent) res.statusCode = 500;
  res.end();
}

const server = createServer(async (req, res) => {
  dropUntrustedForwarding(req, trustForwarding);
  setSecurityHeaders(res, isHttps(req.headers["x-forwarded-proto"]));
  if (answerMalformedRequest(req, res)) return;
  const request = await receiveActionRequest(req, res).catch((error: unknown) => {
    answerFailure(req, res, error);
    return null;
  });
  if (!request) return;
  shortenSharedCaching(res);
  answerPermanentRedirectsWith301(req, res);
  // Media files are already compressed images: held back and buffered for nothing.
  const gzip = acceptsGzip(req) && !req.url?.startsWith(MEDIA_URL_PREFIX);
  const readerPage = isReaderPageRequest(req);
  if (gzip || readerPage) finishWhenComplete(req, res, { gzip, readerPage });
  handle(request, res).catch((error: unknown) => answerFailure(req, res, error));
});
server.listen(port, hostname, () => console.log(`RI News Portal listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
startDailyBackups();

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
