import { z } from "zod";
import { freshnessOf, type PageFreshness } from "@/lib/cache/page-cache-handler.mjs";

// How a server process tells the front (front.ts) that the page it answers is a cache hit the front
// may keep and answer itself while it stays fresh: an internal response header, removed by the front.
// URI-encoded JSON: a search's cache key holds the query as typed, and a header value takes no such characters.

export const KEPT_PAGE_HEADER = "x-kept-page";

const keptPageSchema = z.object({
  /** Where the page cache keeps the page: keptPageState's key. */
  cacheKey: z.string(),
  facts: z.object({
    lastModified: z.number(),
    hardTags: z.array(z.string()),
    softTags: z.array(z.string()),
    revalidate: z.union([z.number(), z.literal(false)]),
    status: z.number().int(),
    volatile: z.boolean(),
  }),
  /** The response headers that belong to the page (not those the layer sets on every response first). */
  head: z.array(z.string()),
});

export type KeptPageNotice = z.infer<typeof keptPageSchema> & { facts: PageFreshness };

/** The header value for a hit on the page stored under `cacheKey` as `version`; null when the page cache no longer holds that version. */
export function keptPageNotice(cacheKey: string, version: string, head: string[]): string | null {
  const facts = freshnessOf(cacheKey, version);
  return facts ? encodeURIComponent(JSON.stringify({ cacheKey, facts, head } satisfies KeptPageNotice)) : null;
}

/** The notice read back, or null when it is not one. */
export function readKeptPageNotice(value: string | string[] | undefined): KeptPageNotice | null {
  if (typeof value !== "string") return null;
  try {
    const parsed = keptPageSchema.safeParse(JSON.parse(decodeURIComponent(value)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
