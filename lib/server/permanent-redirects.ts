import type { IncomingMessage, ServerResponse } from "node:http";

// Next answers permanent redirects (a renamed article's old URL) with 308. For GET and HEAD the two
// mean the same, and 301 is what every crawler and old feed reader understands.
export function answerPermanentRedirectsWith301(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((statusCode: number, ...rest: unknown[]) =>
    (writeHead as (code: number, ...args: unknown[]) => ServerResponse)(statusCode === 308 ? 301 : statusCode, ...rest)) as typeof res.writeHead;
}
