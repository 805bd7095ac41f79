import { onInvalidationsApplied } from "./invalidation";
import { SOFT_REFRESH_MIN_AGE_MS } from "./page-cache-handler.mjs";
import { purgeBatch, sharedCacheSettings, type PurgeBatch, type PurgeTarget } from "./shared-cache";

// Purges the shared cache (lib/cache/shared-cache.ts) by the tags of each invalidation, from one
// process only: the one that runs the site's one-of-a-kind jobs (lib/cluster.ts), which applies every
// invalidation, its own, other server processes' (announced at once) and the CLI's (polled). A purge
// runs after the change has committed and never holds up the request that made it: one that fails is
// retried and logged.

export type PurgeRequest = { url: string; method: "PURGE" | "POST"; headers: Record<string, string>; body?: string };

// Varnish's default http_req_hdr_len is 8 KB.
const VARNISH_HEADER_BYTES = 4000;
// Fastly purges at most 256 keys per request; Cloudflare takes 100 tags per request.
const FASTLY_KEYS_PER_REQUEST = 256;
const CLOUDFLARE_TAGS_PER_REQUEST = 100;

function chunksByCount(keys: string[], size: number): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += size) chunks.push(keys.slice(i, i + size));
  return chunks;
}

function chunksByBytes(keys: string[], maxBytes: number): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const key of keys) {
    const added = Buffer.byteLength(key) + 1;
    if (current.length > 0 && bytes + added > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = 0;
    }
    current.push(key);
    bytes += added;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The HTTP requests that purge this batch, in each provider's documented shape. */
export function purgeRequests(target: PurgeTarget, { hard, soft }: PurgeBatch): PurgeRequest[] {
  switch (target.kind) {
    case "varnish": {
      // deploy/varnish/portal.vcl: xkey.purge for hard keys, xkey.softpurge (kept for grace) for soft ones.
      const secret: Record<string, string> = target.secret ? { "X-Purge-Secret": target.secret } : {};
      const headerRequests = [
        ...chunksByBytes(hard, VARNISH_HEADER_BYTES).map((keys) => ({ "xkey-purge": keys.join(" ") })),
        ...chunksByBytes(soft, VARNISH_HEADER_BYTES).map((keys) => ({ "xkey-softpurge": keys.join(" ") })),
      ];
      return target.urls.flatMap((url) => headerRequests.map((headers) => ({ url, method: "PURGE" as const, headers: { ...headers, ...secret } })));
    }
    case "fastly": {
      // POST /service/{id}/purge with {"surrogate_keys": [...]}; Fastly-Soft-Purge marks them stale instead.
      const url = `https://api.fastly.com/service/${encodeURIComponent(target.serviceId)}/purge`;
      const headers = { "Fastly-Key": target.token, "Content-Type": "application/json", Accept: "application/json" };
      return [
        ...chunksByCount(hard, FASTLY_KEYS_PER_REQUEST).map((keys) => ({ url, method: "POST" as const, headers, body: JSON.stringify({ surrogate_keys: keys }) })),
        ...chunksByCount(soft, FASTLY_KEYS_PER_REQUEST).map((keys) => ({
          url,
          method: "POST" as const,
          headers: { ...headers, "Fastly-Soft-Purge": "1" },
          body: JSON.stringify({ surrogate_keys: keys }),
        })),
      ];
    }
    case "cloudflare": {
      // Cloudflare has no soft purge by tag: a soft key is purged outright, and refetched from the
      // origin's page cache, which itself serves it stale while it renders it anew.
      const url = `https://api.cloudflare.com/client/v4/zones/${encodeURIComponent(target.zoneId)}/purge_cache`;
      const headers = { Authorization: `Bearer ${target.token}`, "Content-Type": "application/json" };
      return chunksByCount([...hard, ...soft], CLOUDFLARE_TAGS_PER_REQUEST).map((keys) => ({ url, method: "POST" as const, headers, body: JSON.stringify({ tags: keys }) }));
    }
  }
}

export type SendPurge = (request: PurgeRequest) => Promise<void>;

const REQUEST_TIMEOUT_MS = 5000;

async function sendOverHttp(request: PurgeRequest): Promise<void> {
  const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`answered ${response.status}`);
}

export const RETRY_DELAYS_MS = [1000, 5000, 30_000];
// Another server process may not have applied an invalidation when the shared cache asks it for the
// page again (it applies it within the 0.5 s poll): a hard purge is repeated once they all have.
export const HARD_REPEAT_MS = 1500;
// The origin keeps serving a page stale for a soft change until it is SOFT_REFRESH_MIN_AGE_MS old
// (lib/cache/page-cache-handler.mjs), and a shared cache that refetched it meanwhile keeps that copy:
// a soft purge is repeated once every such page is due, so the change shows within the same bound.
export const SOFT_REPEAT_MS = SOFT_REFRESH_MIN_AGE_MS + 2000;

export type Purger = { purge: (tagList: readonly string[]) => void };

function describe(request: PurgeRequest): string {
  const keys = request.headers["xkey-purge"] ?? request.headers["xkey-softpurge"] ?? request.body ?? "";
  return `${request.method} ${request.url} (${keys.length > 120 ? `${keys.slice(0, 120)}…` : keys})`;
}

/** Purges invalidated tags from the shared cache, retrying each request that fails; never throws. */
export function createPurger(target: PurgeTarget, { send = sendOverHttp, retryDelaysMs = RETRY_DELAYS_MS, hardRepeatMs = HARD_REPEAT_MS, softRepeatMs = SOFT_REPEAT_MS } = {}): Purger {
  const attempt = (request: PurgeRequest, failures: number): void => {
    send(request).catch((error: unknown) => {
      const delay = retryDelaysMs[failures];
      const reason = error instanceof Error ? error.message : String(error);
      if (delay === undefined) {
        console.error(`Shared cache purge failed ${failures + 1} times, giving up: ${describe(request)}: ${reason}`);
        return;
      }
      console.warn(`Shared cache purge failed, retrying in ${delay} ms: ${describe(request)}: ${reason}`);
      setTimeout(() => attempt(request, failures + 1), delay).unref();
    });
  };
  const sendBatch = (batch: PurgeBatch) => {
    for (const request of purgeRequests(target, batch)) attempt(request, 0);
  };
  return {
    purge(tagList) {
      const batch = purgeBatch(tagList);
      if (batch.hard.length === 0 && batch.soft.length === 0) return;
      sendBatch(batch);
      if (batch.hard.length > 0) setTimeout(() => sendBatch({ hard: batch.hard, soft: [] }), hardRepeatMs).unref();
      if (batch.soft.length > 0) setTimeout(() => sendBatch({ hard: [], soft: batch.soft }), softRepeatMs).unref();
    },
  };
}

/** In the process that runs the one-of-a-kind jobs: purges the configured shared cache on every invalidation applied. */
export function startSharedCachePurging(env: Record<string, string | undefined> = process.env): void {
  const { purge: target } = sharedCacheSettings(env);
  if (!target) return;
  const purger = createPurger(target);
  onInvalidationsApplied((tagList) => purger.purge(tagList));
  const where = target.kind === "varnish" ? target.urls.join(", ") : target.kind;
  console.log(`Purging the shared cache by tag: ${where}`);
}
