import { mkdtempSync, rmSync } from "node:fs";
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SharedCacheProvider } from "@/lib/cache/shared-cache";
import { createFront, ServerProcesses } from "./front";
import { acceptsGzip, finishWhenComplete } from "./gzip-response";
import { isReaderPageRequest } from "./reader-pages";
import { routeSearchToResults } from "./search-route";
import { isNotFoundPageRequest, notFoundPageFrom } from "./not-found-pages";
import { decideSharedCaching } from "./shared-caching";
import { routeWithdrawnArticle } from "./withdrawn-articles";

// Tests of the layer lib/server/start.ts puts in front of Next: a real HTTP server wired the same
// way, whose `answer` plays Next. `withdrawals` also asks the database about withdrawn articles
// (the test must have opened one); `sharedCache` decides what a shared cache in front may keep;
// `front` puts the front (front.ts) before it, the layer then listening on a Unix socket as in `npm start`
// (`trustForwarding`: TRUST_PROXY).

export type LayerResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

type LayerOptions = { withdrawals?: boolean; sharedCache?: SharedCacheProvider; front?: boolean; trustForwarding?: boolean };

export async function serveThroughLayer(answer: (req: IncomingMessage, res: ServerResponse) => void, { withdrawals = false, sharedCache, front = false, trustForwarding = false }: LayerOptions = {}) {
  const notFoundPage = () => notFoundPageFrom(base)();
  const server = createServer((req, res) => {
    if (sharedCache) decideSharedCaching(req, res, sharedCache);
    routeSearchToResults(req);
    const okAs = withdrawals && routeWithdrawnArticle(req) ? 410 : isNotFoundPageRequest(req) ? 404 : undefined;
    const gzip = acceptsGzip(req);
    const readerPage = isReaderPageRequest(req);
    if (gzip || readerPage) finishWhenComplete(req, res, { gzip, readerPage, okAs, notFoundPage });
    answer(req, res);
  });
  const listening: Server[] = [server];
  const socketDir = mkdtempSync(join(tmpdir(), "layer-"));
  if (front) {
    const socketPath = join(socketDir, "server.sock");
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    const processes = new ServerProcesses();
    processes.add(socketPath);
    listening.unshift(createFront({ trustForwarding, processes }));
  }
  await new Promise<void>((resolve) => listening[0]!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(listening[0]!.address() as AddressInfo).port}`;

  /** The response as sent: the body still compressed when the layer compressed it. */
  function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br" }): Promise<LayerResponse> {
    return new Promise((resolve, reject) => {
      request(`${base}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on("error", reject)
        .end();
    });
  }
  const close = () => {
    for (const open of listening) open.close();
    rmSync(socketDir, { recursive: true, force: true });
  };
  return { get, base, close };
}
