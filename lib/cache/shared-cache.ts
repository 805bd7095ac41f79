import { createHash } from "node:crypto";
import { z } from "zod";
import { ConfigurationError } from "@/lib/server/environment";
import { isSoft } from "./tags";

// A shared HTTP cache in front of the origin (Varnish with xkey, or Fastly / Cloudflare as a CDN) is
// fed the page cache's own tags (lib/cache/tags.ts): every publicly cacheable response names them in
// the header that cache reads, and every invalidation purges them there too (shared-cache-purge.ts).
// A soft tag keeps its `~` on the wire, so purging `~article:5` reaches exactly the pages that show
// article 5 beside, as the page cache does.

export const SHARED_CACHE_PROVIDERS = ["varnish", "fastly", "cloudflare"] as const;
export type SharedCacheProvider = (typeof SHARED_CACHE_PROVIDERS)[number];

/**
 * The response header each shared cache reads its keys from, and its documented size: Varnish's
 * default http_resp_hdr_len is 8 KB; Fastly's Surrogate-Key takes 16 KB; Cloudflare's Cache-Tag
 * 16 KB. Fastly and Cloudflare take keys of at most 1 KB each.
 */
export const TAG_HEADERS: Record<SharedCacheProvider, { name: string; separator: string; maxBytes: number }> = {
  varnish: { name: "xkey", separator: " ", maxBytes: 8000 },
  fastly: { name: "Surrogate-Key", separator: " ", maxBytes: 16_384 },
  cloudflare: { name: "Cache-Tag", separator: ",", maxBytes: 16_000 },
};
const MAX_KEY_BYTES = 1024;
// Printable ASCII without the separators any of the three use.
const PLAIN_KEY = /^[\x21-\x2b\x2d-\x7e]+$/;

export type PurgeTarget =
  | { kind: "varnish"; urls: string[]; secret: string | null }
  | { kind: "fastly"; serviceId: string; token: string }
  | { kind: "cloudflare"; zoneId: string; token: string };

export type SharedCacheSettings = { provider: SharedCacheProvider; purge: PurgeTarget | null };

const text = z.string().trim().min(1);
const httpUrl = z.url({ protocol: /^https?$/ });

function required(env: Record<string, string | undefined>, name: string, provider: string): string {
  const parsed = text.safeParse(env[name]);
  if (!parsed.success) throw new ConfigurationError(`SHARED_CACHE=${provider} needs ${name}.`);
  return parsed.data;
}

/**
 * SHARED_CACHE (varnish, the default; fastly; cloudflare) picks the tag header; what purges it comes
 * from PURGE_URLS (+ PURGE_SECRET) for Varnish, FASTLY_SERVICE_ID + FASTLY_API_TOKEN, or
 * CLOUDFLARE_ZONE_ID + CLOUDFLARE_API_TOKEN. Varnish without PURGE_URLS: tags are sent, nothing purges.
 */
export function sharedCacheSettings(env: Record<string, string | undefined> = process.env): SharedCacheSettings {
  const raw = env.SHARED_CACHE?.trim().toLowerCase() || "varnish";
  const provider = z.enum(SHARED_CACHE_PROVIDERS).safeParse(raw);
  if (!provider.success) throw new ConfigurationError(`SHARED_CACHE=${JSON.stringify(env.SHARED_CACHE)} is not understood: use ${SHARED_CACHE_PROVIDERS.join(", ")}.`);
  switch (provider.data) {
    case "varnish": {
      const urls = (env.PURGE_URLS ?? "").split(/[\s,]+/).filter(Boolean);
      const bad = urls.find((url) => !httpUrl.safeParse(url).success);
      if (bad) throw new ConfigurationError(`PURGE_URLS has ${JSON.stringify(bad)}, which is not an http(s) URL.`);
      return { provider: "varnish", purge: urls.length > 0 ? { kind: "varnish", urls, secret: env.PURGE_SECRET?.trim() || null } : null };
    }
    case "fastly":
      return { provider: "fastly", purge: { kind: "fastly", serviceId: required(env, "FASTLY_SERVICE_ID", "fastly"), token: required(env, "FASTLY_API_TOKEN", "fastly") } };
    case "cloudflare":
      return { provider: "cloudflare", purge: { kind: "cloudflare", zoneId: required(env, "CLOUDFLARE_ZONE_ID", "cloudflare"), token: required(env, "CLOUDFLARE_API_TOKEN", "cloudflare") } };
  }
}

/** A tag's short stand-in, for pages whose tags do not fit the header as they are. */
export function hashedKey(tag: string): string {
  return `h${createHash("sha256").update(tag).digest("hex").slice(0, 16)}`;
}

const fits = (keys: string[], separator: string, maxBytes: number) => Buffer.byteLength(keys.join(separator)) <= maxBytes;

/**
 * The tag header's value for a page with these tags: the tags as they are when they fit, else each
 * one hashed (purges name both forms), else null: a page with more tags than a header holds is not
 * kept by the shared cache at all, as it could not be purged.
 */
export function tagHeaderValue(tagList: readonly string[], provider: SharedCacheProvider): string | null {
  const { separator, maxBytes } = TAG_HEADERS[provider];
  const keys = [...new Set(tagList)];
  if (keys.length === 0) return null;
  if (keys.every((key) => PLAIN_KEY.test(key) && key.length <= MAX_KEY_BYTES) && fits(keys, separator, maxBytes)) return keys.join(separator);
  const hashed = keys.map(hashedKey);
  return fits(hashed, separator, maxBytes) ? hashed.join(separator) : null;
}

export type PurgeBatch = { hard: string[]; soft: string[] };

/** The keys to purge for these invalidated tags: each tag as it is and hashed (tagHeaderValue), hard and soft apart. */
export function purgeBatch(tagList: readonly string[]): PurgeBatch {
  const unique = [...new Set(tagList)];
  const keysOf = (list: string[]) => list.flatMap((tag) => (PLAIN_KEY.test(tag) && tag.length <= MAX_KEY_BYTES ? [tag, hashedKey(tag)] : [hashedKey(tag)]));
  return { hard: keysOf(unique.filter((tag) => !isSoft(tag))), soft: keysOf(unique.filter(isSoft)) };
}
