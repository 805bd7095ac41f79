export const SOFT_REFRESH_MIN_AGE_MS: number;
export const NOT_FOUND_REFRESH_MS: number;
export const HARD_CHANGE_GRACE_MS: number;
/** What a stored page's freshness depends on: plain data, sent from a server process to the front. */
export type PageFreshness = { lastModified: number; hardTags: string[]; softTags: string[]; revalidate: number | false; status: number; volatile: boolean };
export function freshnessOf(key: string, version: string): PageFreshness | null;
export function keptPageState(key: string, facts: PageFreshness): "fresh" | "grace" | "stale" | "gone";
export default class PageCacheHandler {
  get(
    key: string,
    ctx?: { kind?: string; tags?: string[]; softTags?: string[] },
  ): Promise<{ value: { kind: string; html?: string; headers?: Record<string, string>; [key: string]: unknown }; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
