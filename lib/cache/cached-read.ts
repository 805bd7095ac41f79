import { AsyncLocalStorage } from "node:async_hooks";
import { tags } from "./tags";

// Outside the Next server, the tags each read declares are collected here when asked for: what a
// page rendering those reads would carry (the cache tests render real pages through it).
const declaredTags = new AsyncLocalStorage<Set<string>>();

/**
 * Wraps a public read so its result is cached under `site` plus the tags it declares; the page
 * that calls it inherits those tags, so invalidating one drops both the data and the whole page
 * (or, for a soft tag, refreshes the page in the background: lib/cache/tags.ts).
 * Results cross a JSON boundary: return plain data (no Map, Date or class instances).
 * Outside the Next server (tests, CLI) there is no cache and the read goes straight to the database;
 * next/cache is imported only inside it, as it cannot load before Next has started (the seed, which
 * runs first, imports modules that define cached reads).
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  read: (...args: Args) => Result,
  tagsFor: (...args: Args) => string[] = () => [],
): (...args: Args) => Promise<Awaited<Result>> {
  return async (...args: Args): Promise<Awaited<Result>> => {
    const readTags = [tags.site, ...tagsFor(...args)];
    if (!process.env.NEXT_RUNTIME) {
      const collecting = declaredTags.getStore();
      if (collecting) for (const tag of readTags) collecting.add(tag);
      return await read(...args);
    }
    const { unstable_cache } = await import("next/cache");
    return unstable_cache(async (): Promise<Awaited<Result>> => await read(...args), [name, JSON.stringify(args)], { tags: readTags })();
  };
}

/** The tags that the cached reads made while `render` runs declare (outside the Next server). */
export async function tagsDeclaredBy(render: () => Promise<unknown>): Promise<string[]> {
  const collected = new Set<string>();
  await declaredTags.run(collected, render);
  return [...collected];
}
