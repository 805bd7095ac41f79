import { notFound, permanentRedirect } from "next/navigation";
import { z } from "zod";
import { SEARCH_QUERY_MAX } from "@/lib/urls";
import { idField } from "@/lib/newsroom/form-fields";
import { pageParam } from "@/lib/pagination";
import { isValidHashtagSlug, isValidSlug } from "@/lib/text/slug";

// Route and query parameters are reader input: pages parse them here and answer 404 when they do not fit.

export const slugParam = z.string().refine(isValidSlug);
export const hashtagSlugParam = z.string().refine(isValidHashtagSlug);

/** The parsed parameters, or null when any of them does not fit. */
export function parseParams<Schema extends z.ZodType>(schema: Schema, params: unknown): z.output<Schema> | null {
  const parsed = schema.safeParse(params);
  return parsed.success ? parsed.data : null;
}

/**
 * Loads a paginated listing page: parses its route params with `schema`, then reads; answers 404
 * when the params do not fit or the read finds nothing (an unknown slug, a page past the end),
 * unless `moved` names where that listing lives now (a renamed or merged slug): then a 301 there.
 */
export function listingPageLoader<Schema extends z.ZodType, Found>(
  schema: Schema,
  read: (params: z.output<Schema>) => Promise<Found | null>,
  moved?: (params: z.output<Schema>) => Promise<string | null>,
): (params: Promise<unknown>) => Promise<Found> {
  return async (params) => {
    const parsed = parseParams(schema, await params);
    const found = parsed && (await read(parsed));
    if (found) return found;
    const to = parsed && moved && (await moved(parsed));
    if (to) permanentRedirect(to);
    notFound();
  };
}

/** A path segment as text. Next hands a page some dynamic segments still percent-encoded. */
function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** cari/hasil/<page>/<q> (searchResultsRoute): the query's page and its text as typed. */
export const searchResultParams = z.object({
  page: pageParam,
  q: z
    .string()
    .transform((q) => decodedSegment(q).trim().slice(0, SEARCH_QUERY_MAX))
    .pipe(z.string().min(1)),
});

export const articleIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/)
  .transform(Number);

/** The id of a newsroom page's record (`/redaksi/…/<id>`); anything else is a 404. */
export async function recordIdParam(params: Promise<{ id: string }>): Promise<number> {
  const id = idField.safeParse((await params).id);
  if (!id.success) notFound();
  return id.data;
}
