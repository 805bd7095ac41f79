import { z } from "zod";
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

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** /cari's query string: `q` (anything at all; a repeated one counts once) and an optional page. */
export const searchParamsSchema = z.object({
  q: z.preprocess(firstValue, z.string()).catch(""),
  page: z.preprocess(firstValue, pageParam.optional()).transform((page) => page ?? 1),
});

export const articleIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/)
  .transform(Number);
