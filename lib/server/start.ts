import { createServer } from "node:http";
import next from "next";
import { prepareDatabase } from "@/db/prepare";
import { MEDIA_URL_PREFIX } from "@/lib/media/variants";
import { shortenSharedCaching } from "./cache-control";
import { acceptsGzip, gzipWhenComplete } from "./gzip-response";
import { answerPermanentRedirectsWith301 } from "./permanent-redirects";

// `npm start`: Next's production server behind a thin layer that owns compression (gzip-response.ts).
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

// instrumentation.ts prepares the database too (for `next dev`), but Next may take requests before
// its register() has finished seeding an empty database; here nothing listens until it is ready.
await prepareDatabase();

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  // Sign-in throttling and view counting key on the client address: a client must not choose it
  // unless a proxy we trust (TRUST_PROXY) sets X-Forwarded-For; without it Next fills in the socket address.
  if (!process.env.TRUST_PROXY) delete req.headers["x-forwarded-for"];
  shortenSharedCaching(res);
  answerPermanentRedirectsWith301(req, res);
  // Media files are already compressed images: held back and buffered for nothing.
  if (acceptsGzip(req) && !req.url?.startsWith(MEDIA_URL_PREFIX)) gzipWhenComplete(req, res);
  handle(req, res).catch((error: unknown) => {
    console.error("Request failed:", req.method, req.url, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, hostname, () => console.log(`RI News Portal listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
