import type { IncomingMessage, ServerResponse } from "node:http";

// Next answers permanent redirects (a renamed article's old URL) with 308. For GET and HEAD the two
// mean the same, and 301 is what every crawler and old feed reader understands.
// @NOTE Next also sends `Location` twice on the first render of a cached redirect
// (vercel/next.js#82117); clients that merge repeated headers then follow "a, a", a URL that 404s.
export function answerPermanentRedirectsWith301(req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return;
  const writeHead = res.writeHead.bind(res) as (code: number, ...args: unknown[]) => ServerResponse;
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    const location = res.getHeader("location");
    if (Array.isArray(location)) res.setHeader("location", location[0]!);
    return writeHead(statusCode === 308 ? 301 : statusCode, ...rest);
  }) as typeof res.writeHead;
}
