// How PAGE_CACHE_MAX_MB (bytes of rendered pages, data and gzipped bodies a server process keeps)
// is shared out. Plain JavaScript: the page cache handler, which Next loads outside the bundle,
// reads it as well as the gzip layer.

const DEFAULT_MB = 512;

/** @returns {{ pages: number, volatile: number, gzip: number }} byte budgets */
export function pageCacheBudget(env = process.env) {
  const raw = env.PAGE_CACHE_MAX_MB;
  const mb = raw === undefined || raw === "" ? DEFAULT_MB : Number(raw);
  if (!Number.isFinite(mb) || mb < 16) throw new Error(`PAGE_CACHE_MAX_MB must be a number of megabytes, at least 16 (got "${raw}")`);
  const bytes = mb * 1024 * 1024;
  // Whole pages are most of it; a page's gzipped HTML is about a tenth of its entry; the pool for
  // search results and not-found pages only has to hold what is read again within minutes.
  return { pages: Math.floor(bytes * 0.8), gzip: Math.floor(bytes * 0.15), volatile: Math.floor(bytes * 0.05) };
}
