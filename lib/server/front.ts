import { Agent, createServer, request, type ClientRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pageCacheBudget } from "@/lib/cache/budget.mjs";
import { keptPageState } from "@/lib/cache/page-cache-handler.mjs";
import { dropUntrustedForwarding, isHttps } from "./forwarded-headers";
import { acceptsGzip, carriesVariedHeader, matchesEtag, variedHeaderNames } from "./gzip-response";
import { KeptCopies, type Head } from "./kept-copies";
import { KEPT_PAGE_HEADER, readKeptPageNotice, type KeptPageNotice } from "./kept-page-header";
import { PageRefreshes, REFRESH_INTERVAL_MS } from "./page-refreshes";
import { isReaderPageRequest } from "./reader-pages";
import { answerMalformedRequest, answerRefusal } from "./request-guard";
import { routeSearchToResults } from "./search-route";
import { setSecurityHeaders } from "./security-headers";

// @NOTE Why a front: a server process renders a page on the thread that answers requests, and a
// render costs 35-150 ms of CPU. On a news day the writers cause a few renders a second, and every
// cache hit that arrives behind one waits for it (issue 11: p99 2.4x the quiet day's with one
// process). The front is the primary of `npm start`: it renders nothing. It keeps the pages a server
// process said it may keep (cache hits, kept-page-header.ts) and answers them by the page cache's
// own rules, fed by the same invalidations (keptPageState): a fresh page at once; a page Next would
// serve stale while it renders it anew (in the grace after a hard change, a due soft change, past
// its revalidate period) stale as well, while a request of its own has a server process render it
// (page-refreshes.ts); a page gone, and everything else, goes to a server process over its Unix
// socket (the one with the fewest requests in flight). A render then delays only what needs it.

/** What the front keeps with a page's copy: its notice, and the request headers the page varies on. */
type Kept = Pick<KeptPageNotice, "cacheKey" | "facts"> & { variedHeaders: string[] };

// Between this hop and the next only (RFC 9110 7.6.1); `expect` is answered here, by Node.
const REQUEST_HOP_HEADERS = ["connection", "keep-alive", "proxy-connection", "upgrade", "te", "trailer", "expect"];
const RESPONSE_HOP_HEADERS = ["connection", "keep-alive", "proxy-connection", "upgrade", "trailer", "transfer-encoding", KEPT_PAGE_HEADER];
/** Connections to one server process; more requests wait in the front rather than open more. */
const MAX_SOCKETS_PER_PROCESS = 256;
/** Idle connections to a server process close before its own keep-alive timeout (65 s) would. */
const IDLE_SOCKET_MS = 60_000;
/** Refreshes under way at once, per server process (page-refreshes.ts). */
const REFRESHES_PER_PROCESS = 2;
/** A refresh still answered stale this many times gives up (its render failed): the page is left to a server process. */
const MAX_REFRESH_ATTEMPTS = 20;

type Target = { socketPath: string; agent: Agent; inFlight: number };

/** The server processes that are listening, by socket path. */
export class ServerProcesses {
  private readonly serving = new Map<string, Target>();

  add(socketPath: string): void {
    this.remove(socketPath);
    this.serving.set(socketPath, { socketPath, agent: new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_PROCESS, timeout: IDLE_SOCKET_MS }), inFlight: 0 });
  }

  get count(): number {
    return this.serving.size;
  }

  remove(socketPath: string): void {
    this.serving.get(socketPath)?.agent.destroy();
    this.serving.delete(socketPath);
  }

  /** The one with the fewest requests in flight: a process busy rendering gets the next request last. */
  pick(): Target | null {
    let best: Target | null = null;
    for (const target of this.serving.values()) if (!best || target.inFlight < best.inFlight) best = target;
    return best;
  }
}

/** A request for a server process: a reader's (`body`: its request, piped on) or the front's own. */
type Outgoing = { method: string; url: string; headers: IncomingHttpHeaders; body: IncomingMessage | null };

function withoutHeaders(headers: IncomingHttpHeaders, names: readonly string[]): IncomingHttpHeaders {
  const kept = { ...headers };
  for (const name of names) delete kept[name];
  return kept;
}

/**
 * Sends a request to a server process; `onAnswer` gets its answer, `onFailure` the error when there
 * was none (no process serving, or the process failed). A kept-alive connection the process closed
 * under a GET or HEAD is retried once on another.
 */
function send(processes: ServerProcesses, outgoing: Outgoing, onAnswer: (answer: IncomingMessage) => void, onFailure: (error: Error) => void, retry = true): ClientRequest | null {
  const target = processes.pick();
  if (!target) {
    onFailure(new Error("no server process is serving"));
    return null;
  }
  target.inFlight++;
  let finished = false;
  const finish = () => {
    if (!finished) target.inFlight--;
    finished = true;
  };
  const { method, url, headers, body } = outgoing;
  let answered = false;
  const upstream = request({ socketPath: target.socketPath, agent: target.agent, method, path: url, headers }, (answer) => {
    answered = true;
    answer.on("close", finish);
    // Answered before the whole body was sent (a refusal: too large, not decodable): the rest is the
    // client's to send and the front's to let flow away, as the server process would have.
    answer.on("end", () => {
      if (!body || body.readableEnded) return;
      body.unpipe(upstream);
      body.resume();
      upstream.destroy();
    });
    onAnswer(answer);
  });
  upstream.on("error", (error: NodeJS.ErrnoException) => {
    finish();
    // Torn down under a body it had answered before reading (above): the answer is on its way.
    if (answered) return;
    if (retry && (method === "GET" || method === "HEAD") && upstream.reusedSocket && error.code === "ECONNRESET") {
      send(processes, outgoing, onAnswer, onFailure, false);
      return;
    }
    onFailure(new Error(`the server process at ${target.socketPath} failed: ${error.message}`));
  });
  if (!body || body.readableEnded) upstream.end();
  else body.pipe(upstream);
  return upstream;
}

/** What a refresh sends: a plain reader's request for the page, on the host and scheme the reader used. */
function refreshHeaders(req: IncomingMessage): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = { "accept-encoding": "gzip" };
  for (const name of ["host", "x-forwarded-proto", "x-forwarded-host"]) if (req.headers[name] !== undefined) headers[name] = req.headers[name];
  return headers;
}

function answerUnavailable(req: IncomingMessage, res: ServerResponse): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  answerRefusal(req, res, { status: 503, message: "Server sedang dimulai ulang. Coba lagi sebentar lagi.", headers: { "Retry-After": "5" } });
}

class Front {
  private readonly kept = new KeptCopies<Kept>(pageCacheBudget().gzip);
  private readonly refreshes: PageRefreshes<IncomingHttpHeaders>;

  constructor(private readonly processes: ServerProcesses) {
    this.refreshes = new PageRefreshes((url, headers, done) => this.refresh(url, headers, done), () => Math.max(1, processes.count) * REFRESHES_PER_PROCESS);
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.answerFromKeptPage(req, res)) return;
    const headers = withoutHeaders(req.headers, REQUEST_HOP_HEADERS);
    // As Next would: a trusted proxy's X-Forwarded-For names the client last (lib/auth/request.ts reads
    // it there); without one (none, or dropped as untrusted) the client is the socket's other end.
    headers["x-forwarded-for"] ??= req.socket.remoteAddress ?? "unknown";
    let readerLeft = false;
    const upstream = send(
      this.processes,
      { method: req.method!, url: req.url!, headers, body: req },
      (answer) => this.relay(req, res, answer),
      (error) => {
        // Torn down because the reader went away (below): nothing failed.
        if (readerLeft) return;
        if (!res.writableEnded) console.error(`Front: ${req.method} ${req.url}: ${error.message}`);
        answerUnavailable(req, res);
      },
    );
    res.on("close", () => {
      if (res.writableFinished) return;
      readerLeft = true;
      upstream?.destroy();
    });
  }

  /** Answers a reader page from its kept copy unless the page is gone; false when a server process must answer. */
  private answerFromKeptPage(req: IncomingMessage, res: ServerResponse): boolean {
    if (!acceptsGzip(req) || !isReaderPageRequest(req)) return false;
    const copy = this.kept.pageFor(req.url!);
    if (!copy) return false;
    const { head, facts } = copy.page;
    if (carriesVariedHeader(req, facts.variedHeaders)) return false;
    const state = keptPageState(facts.cacheKey, facts.facts);
    if (state === "gone") return false;
    for (const [name, value] of head) res.setHeader(name, value);
    if (state !== "fresh") {
      res.setHeader("x-nextjs-cache", "STALE");
      this.refreshes.ask(req.url!, refreshHeaders(req), state === "grace");
    }
    if (matchesEtag(req.headers["if-none-match"], copy.etag)) {
      for (const name of ["content-type", "content-encoding"]) res.removeHeader(name);
      res.writeHead(304).end();
    } else {
      res.setHeader("content-length", copy.gzipped.length);
      res.end(copy.gzipped);
    }
    return true;
  }

  /**
   * Asks a server process for a page the front serves stale, as a plain reader would: the page cache
   * serves it stale too (STALE) and renders it anew in the background, so the front asks again until
   * an answer after that render (a hit, with its notice) replaces the kept copy. The refresh is under
   * way until then: the render is what the concurrency of refreshes bounds.
   */
  private refresh(url: string, headers: IncomingHttpHeaders, done: () => void, attempt = 1): void {
    send(
      this.processes,
      { method: "GET", url, headers, body: null },
      (answer) => {
        const rendering = answer.headers["x-nextjs-cache"] === "STALE" && attempt < MAX_REFRESH_ATTEMPTS;
        const kept = this.keepIfNoticed(url, answer, () => {});
        if (!kept) answer.resume();
        answer.on("close", () => {
          if (rendering) {
            setTimeout(() => this.refresh(url, headers, done, attempt + 1), REFRESH_INTERVAL_MS).unref();
            return;
          }
          // Nothing to keep (no longer a hit, not a page, a render that keeps failing): the stale
          // copy would be answered for good, so readers go to a server process, which knows.
          if (!kept) this.kept.dropPage(url);
          done();
        });
      },
      (error) => {
        console.error(`Front: refreshing ${url}: ${error.message}`);
        done();
      },
    );
  }

  /** Sends a server process's answer on to the reader, keeping it first when it came with a notice. */
  private relay(req: IncomingMessage, res: ServerResponse, answer: IncomingMessage): void {
    answer.on("error", () => res.destroy());
    const headers = withoutHeaders(answer.headers, RESPONSE_HOP_HEADERS);
    const status = answer.statusCode ?? 502;
    const sendWhole = (body: Buffer) => {
      res.writeHead(status, answer.statusMessage, headers);
      res.end(body);
    };
    if (req.method !== "GET" || !this.keepIfNoticed(req.url!, answer, sendWhole)) {
      res.writeHead(status, answer.statusMessage, headers);
      answer.pipe(res);
    }
  }

  /**
   * Reads the whole answer and keeps it when a server process marked it as a page the front may keep,
   * then hands the body to `then`; false, with nothing read, when it did not.
   */
  private keepIfNoticed(url: string, answer: IncomingMessage, then: (body: Buffer) => void): boolean {
    const notice = readKeptPageNotice(answer.headers[KEPT_PAGE_HEADER]);
    const etag = answer.headers.etag;
    if (!notice || answer.statusCode !== 200 || typeof etag !== "string") return false;
    const chunks: Buffer[] = [];
    answer.on("data", (chunk: Buffer) => chunks.push(chunk));
    answer.on("end", () => {
      const gzipped = Buffer.concat(chunks);
      const head: Head = notice.head.flatMap((name) => {
        const value = answer.headers[name];
        return value === undefined ? [] : [[name, value]];
      });
      this.kept.add(url, etag, gzipped);
      this.kept.keepPage(url, etag, { head, facts: { cacheKey: notice.cacheKey, facts: notice.facts, variedHeaders: variedHeaderNames(answer.headers.vary) } });
      then(gzipped);
    });
    return true;
  }
}

/** The front's HTTP server: what reaches `npm start`'s port. */
export function createFront({ trustForwarding, processes }: { trustForwarding: boolean; processes: ServerProcesses }): Server {
  const front = new Front(processes);
  return createServer((req, res) => {
    dropUntrustedForwarding(req, trustForwarding);
    setSecurityHeaders(res, isHttps(req.headers["x-forwarded-proto"]));
    if (answerMalformedRequest(req, res)) return;
    routeSearchToResults(req);
    front.handle(req, res);
  });
}
