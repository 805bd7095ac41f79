// When each cache tag's latest invalidation reached this process, and when the change behind it was
// recorded: written by the page cache handler (revalidateTag) and lib/cache/invalidation.ts (what any
// process committed), read by the page cache handler for its pages and for the front's kept copies.
// On globalThis: Next loads the page cache handler outside its bundles, and each bundle (and `npm
// start`'s) holds a copy of this module.
const STATE_KEY = Symbol.for("ri-news-portal.cache-tag-expiry");

/** @type {{ reachedAt: Map<string, number>; committedAt: Map<string, number>; changes: number }} */
const state = (globalThis[STATE_KEY] ??= { reachedAt: new Map(), committedAt: new Map(), changes: 0 });

/** Marks `tag` invalidated now (`reachedAt`); `committedAt`, when known, is when its change was recorded, in its own transaction. */
export function expireTag(tag, reachedAt, committedAt) {
  state.reachedAt.set(tag, reachedAt);
  if (committedAt !== undefined) state.committedAt.set(tag, committedAt);
  state.changes++;
}

/** When the tag's latest invalidation reached this process; undefined when it never did. */
export function tagExpiry(tag) {
  return state.reachedAt.get(tag);
}

/** When the change behind the tag's latest invalidation was recorded, when known. */
export function tagCommittedAt(tag) {
  return state.committedAt.get(tag);
}

/** How many invalidations this process has taken: anything computed from tagExpiry holds while this stays. */
export function tagChanges() {
  return state.changes;
}
