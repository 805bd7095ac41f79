import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { categories } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { soft, tags } from "@/lib/cache/tags";

export type CategoryLink = { name: string; slug: string };

/** The categories in navigation order. */
export const listCategories = cachedRead(
  "categories",
  (): CategoryLink[] =>
    getDb()
      .select({ name: categories.name, slug: categories.slug })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.name))
      .all(),
  () => [soft(tags.categories)],
);
