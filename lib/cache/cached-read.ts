import { tags } from "./tags";

/**
 * Wraps a public read so its result is cached under `site` plus the tags it declares; the page
 * that calls it inherits those tags, so invalidating one drops both the data and the whole page.
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
    if (!process.env.NEXT_RUNTIME) return await read(...args);
    const { unstable_cache } = await import("next/cache");
    return unstable_cache(async (): Promise<Awaited<Result>> => await read(...args), [name, JSON.stringify(args)], {
      tags: [tags.site, ...tagsFor(...args)],
    })();
  };
}
