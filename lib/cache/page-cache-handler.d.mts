export const SOFT_REFRESH_MIN_AGE_MS: number;
export const NOT_FOUND_REFRESH_MS: number;
export const LISTING_CHANGE_GRACE_MS: number;
export function isFreshPage(key: string, version: string): boolean;
export default class PageCacheHandler {
  get(
    key: string,
    ctx?: { kind?: string; tags?: string[]; softTags?: string[] },
  ): Promise<{ value: { kind: string; html?: string; headers?: Record<string, string>; [key: string]: unknown }; lastModified: number; cacheControl?: unknown } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
