import { SEARCH_PAGE_PATH } from "@/lib/urls";

// Gzipped bodies kept by path + ETag, in a byte budget: the server processes keep them to compress
// a page once however often Next serves it (gzip-response.ts), the front keeps them with the head
// of a fresh cache hit to answer it without a server process (front.ts).
//
// @NOTE The query is not in the key, and only a URL without one (or with just `page`) adds a copy:
// `?r=<random>` or `?page=<random>` on an article finds the article's copy. Searches (their results
// route has the query in its path) keep theirs apart, so a loop of random searches cannot push the
// site out.

export type Head = [name: string, value: number | string | string[]][];
/** A reader page as a server process sent it on a cache hit for `url` (a page URL), with what its freshness depends on. */
export type KeptPage<Facts> = { url: string; head: Head; facts: Facts };
export type KeptCopy<Facts = never> = { etag: string; gzipped: Buffer; page?: KeptPage<Facts> };

const bytesOf = (copy: KeptCopy<unknown>) => copy.gzipped.length + (copy.page ? JSON.stringify(copy.page).length : 0);

/**
 * Gzipped bodies by key; the least recently used go first once over their byte budget. The map's
 * order is the use order, but a copy is moved to its end only once it is in the older half: moving
 * it on every use cost the front ~2 µs a request (measured: news day, `--cpu-prof`), and a copy in
 * the newer half is not near the eviction end anyway.
 */
class CopyPool<Facts> {
  /** Key -> the copy, and the count of moves to the end when it last moved there. */
  private readonly slots = new Map<string, { copy: KeptCopy<Facts>; movedAt: number }>();
  private moves = 0;
  /** Page URL -> the key of the copy kept with a page's head for it: the version last sent as a hit. One per copy. */
  private readonly pages = new Map<string, string>();
  bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get count(): number {
    return this.slots.size;
  }

  get(key: string): KeptCopy<Facts> | undefined {
    const slot = this.slots.get(key);
    if (slot && this.moves - slot.movedAt > this.slots.size / 2) this.moveToEnd(key, slot.copy);
    return slot?.copy;
  }

  private moveToEnd(key: string, copy: KeptCopy<Facts>): void {
    this.slots.delete(key);
    this.slots.set(key, { copy, movedAt: ++this.moves });
  }

  /** The copy kept with a page's head for this page URL, if there is one. */
  pageAt(url: string): KeptCopy<Facts> | undefined {
    const key = this.pages.get(url);
    return key === undefined ? undefined : this.get(key);
  }

  set(key: string, copy: KeptCopy<Facts>): void {
    const previous = this.slots.get(key)?.copy;
    this.bytes += bytesOf(copy) - (previous ? bytesOf(previous) : 0);
    this.moveToEnd(key, copy);
    if (previous?.page && previous.page.url !== copy.page?.url && this.pages.get(previous.page.url) === key) this.pages.delete(previous.page.url);
    if (copy.page) this.pages.set(copy.page.url, key);
    for (const [oldKey, { copy: oldCopy }] of this.slots) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldKey, oldCopy);
    }
  }

  /** Forgets the copy kept with a page's head for this page URL. */
  dropPage(url: string): void {
    const key = this.pages.get(url);
    const copy = key === undefined ? undefined : this.slots.get(key)?.copy;
    if (copy) this.remove(key!, copy);
  }

  private remove(key: string, copy: KeptCopy<Facts>): void {
    this.slots.delete(key);
    this.bytes -= bytesOf(copy);
    if (copy.page && this.pages.get(copy.page.url) === key) this.pages.delete(copy.page.url);
  }
}

// Prefixed, not resolved: `//host/x` is a path here, not another host's address.
const pathOf = (url: string) => new URL(`http://localhost${url}`);

/** A path the URL parser leaves as it is (no query, dot segment, escape or empty segment): most requests. */
const PLAIN_PATH = /^\/(?:[\w-]+(?:\/|$))*$/;

/** A URL's path, with its `page` when that is all its query holds; null when it holds anything else. */
function pageUrlOf(url: string): { pathname: string; pageUrl: string | null } {
  if (PLAIN_PATH.test(url)) return { pathname: url, pageUrl: url };
  const { pathname, searchParams } = pathOf(url);
  const keys = [...searchParams.keys()];
  if (keys.length === 0) return { pathname, pageUrl: pathname };
  return { pathname, pageUrl: keys.length === 1 && keys[0] === "page" ? `${pathname}?page=${searchParams.get("page")}` : null };
}

export class KeptCopies<Facts = never> {
  // A search is read again too (the story everyone looks up), but anyone can mint one: their copies
  // live apart, in a tenth of the budget, so a loop of random queries pushes out only other searches.
  private readonly site: CopyPool<Facts>;
  private readonly searches: CopyPool<Facts>;

  constructor(maxBytes: number) {
    this.site = new CopyPool(Math.floor(maxBytes * 0.9));
    this.searches = new CopyPool(Math.floor(maxBytes * 0.1));
  }

  private poolFor(pathname: string): CopyPool<Facts> {
    return pathname.startsWith(`${SEARCH_PAGE_PATH}/`) ? this.searches : this.site;
  }

  /**
   * Where a response's gzipped copy is kept and under which key; `mayAdd` is false for a URL with a
   * query string other than `page` (its copy is the page's own, found under the path).
   */
  private placeOf(url: string, etag: string): { key: string; pool: CopyPool<Facts>; mayAdd: boolean; pathname: string; pageUrl: string | null } {
    const { pathname, pageUrl } = pageUrlOf(url);
    return { key: `${pathname} ${etag}`, pool: this.poolFor(pathname), mayAdd: pageUrl !== null, pathname, pageUrl };
  }

  /** The gzipped copy kept for this URL's response with this ETag, if there is one. */
  get(url: string, etag: string): KeptCopy<Facts> | undefined {
    const { key, pool } = this.placeOf(url, etag);
    return pool.get(key);
  }

  /** Keeps a gzipped body, when its URL may add a copy and none is kept for it yet (one path and ETag, one body). */
  add(url: string, etag: string, gzipped: Buffer): void {
    const { key, pool, mayAdd } = this.placeOf(url, etag);
    if (mayAdd && !pool.get(key)) pool.set(key, { etag, gzipped });
  }

  /**
   * Keeps, beside this URL's copy, the head of the cache hit it was just sent as: the latest, since a
   * render that changed nothing sends the same copy with a newer date. A copy keeps one page URL, its
   * path's own before any `?page=` that led to the same page (`?page=9` on an article).
   */
  keepPage(url: string, etag: string, page: Omit<KeptPage<Facts>, "url">): void {
    const { key, pool, pathname, pageUrl } = this.placeOf(url, etag);
    const copy = pool.get(key);
    if (pageUrl === null || !copy || (copy.page && copy.page.url !== pageUrl && pageUrl !== pathname)) return;
    pool.set(key, { ...copy, page: { ...page, url: pageUrl } });
  }

  /** The copy kept with a page's head for this request URL (no query but `page`), if there is one. */
  pageFor(url: string): (KeptCopy<Facts> & { page: KeptPage<Facts> }) | undefined {
    const { pathname, pageUrl } = pageUrlOf(url);
    const copy = pageUrl === null ? undefined : this.poolFor(pathname).pageAt(pageUrl);
    return copy?.page ? (copy as KeptCopy<Facts> & { page: KeptPage<Facts> }) : undefined;
  }

  /** Forgets the copy kept with a page's head for this request URL: a server process answers it again. */
  dropPage(url: string): void {
    const { pathname, pageUrl } = pageUrlOf(url);
    if (pageUrl !== null) this.poolFor(pathname).dropPage(pageUrl);
  }

  /** How many copies are kept, and their bytes: of the site's pages, and of searches. */
  sizes(): { site: { count: number; bytes: number }; searches: { count: number; bytes: number } } {
    return { site: { count: this.site.count, bytes: this.site.bytes }, searches: { count: this.searches.count, bytes: this.searches.bytes } };
  }
}
