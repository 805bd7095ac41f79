import { request, type IncomingHttpHeaders } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

// fetch() would negotiate and decode compression itself; node:http lets us choose the
// Accept-Encoding and count the bytes that actually cross the wire.

export type RawResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  /** Body bytes as sent (compressed when the server compressed). */
  transferBytes: number;
  raw: Buffer;
  /** Body after decoding. */
  body: Buffer;
};

export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(url, { headers, timeout: 60_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", fail);
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        try {
          done({ status: res.statusCode ?? 0, headers: res.headers, transferBytes: raw.length, raw, body: decode(raw, res.headers["content-encoding"]) });
        } catch (error) {
          fail(error);
        }
      });
    });
    req.on("timeout", () => req.destroy(new Error(`GET ${url} timed out`)));
    req.on("error", fail);
    req.end();
  });
}

function decode(raw: Buffer, encoding: string | undefined): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case "gzip":
      return gunzipSync(raw);
    case "br":
      return brotliDecompressSync(raw);
    case "deflate":
      return inflateSync(raw);
    default:
      return raw;
  }
}

/** Waits up to 5 s for a yardstick server started in the background to answer 200; stops it and throws if it never does. */
export async function waitUntilAnswering(url: string, what: string, stop: () => void): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const answered = await get(url).then(
      (res) => res.status === 200,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stop();
  throw new Error(`${what} did not answer on ${url}`);
}

export async function warm(url: string, times: number, headers: Record<string, string>): Promise<void> {
  for (let i = 0; i < times; i++) await get(url, headers);
}

/** Scripts a browser loads for this HTML: `<script src>`, modulepreload and script preloads. */
export function scriptUrls(html: string, pageUrl: string): string[] {
  const urls = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, "src");
    if (src) urls.add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase();
    const as = attribute(tag, "as")?.toLowerCase();
    const href = attribute(tag, "href");
    if (href && (rel === "modulepreload" || (rel === "preload" && as === "script"))) urls.add(href);
  }
  return [...urls].map((url) => new URL(url, pageUrl).href);
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value?.replace(/&amp;/g, "&");
}

export type PageWeight = {
  status: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Content-Encoding of the HTML when gzip was offered ("identity" when the server did not compress). */
  htmlEncoding: string;
  /** What the server says about caching: x-nextjs-cache or the like, and Cache-Control. */
  cacheStatus: string | null;
  cacheControl: string | null;
  scripts: string[];
  jsBytes: number;
  jsGzipBytes: number;
};

export async function measurePage(url: string): Promise<PageWeight> {
  const plain = await get(url);
  const gzipped = await get(url, { "accept-encoding": "gzip" });
  const scripts = scriptUrls(gzipped.body.toString("utf8"), url);
  let jsBytes = 0;
  let jsGzipBytes = 0;
  for (const script of scripts) {
    const response = await get(script, { "accept-encoding": "gzip" });
    jsBytes += response.body.length;
    jsGzipBytes += response.transferBytes;
  }
  const cacheStatus = gzipped.headers["x-nextjs-cache"] ?? gzipped.headers["x-cache"] ?? null;
  return {
    status: gzipped.status,
    htmlBytes: plain.body.length,
    htmlGzipBytes: gzipped.transferBytes,
    htmlEncoding: String(gzipped.headers["content-encoding"] ?? "identity"),
    cacheStatus: Array.isArray(cacheStatus) ? cacheStatus.join(", ") : cacheStatus,
    cacheControl: gzipped.headers["cache-control"] ?? null,
    scripts: scripts.map((script) => new URL(script).pathname),
    jsBytes,
    jsGzipBytes,
  };
}
