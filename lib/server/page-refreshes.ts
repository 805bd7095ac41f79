// The front's requests that have a server process render a page it serves stale (front.ts), in
// order: the pages a hard change left in their grace first (their readers wait once it ends: home
// and the listings after a publish, a story after an edit), then those a soft change or their age
// made due (they may wait up to a minute). A server process renders one page at a time, so only a
// few are sent at once: a grace page asked for behind a queue of soft refreshes would miss its grace.

/** Between two refreshes of one page, at least this long (the first answer may be the stale page, its render still under way). */
export const REFRESH_INTERVAL_MS = 100;
/** Pages waiting for their refresh, at most; past this, a stale page waits for its next reader. */
const MAX_WAITING = 2_000;

/** Sends one refresh; `done` once its answer has been read (or it failed). */
export type SendRefresh<T> = (url: string, request: T, done: () => void) => void;

export class PageRefreshes<T> {
  private readonly urgent = new Map<string, T>();
  private readonly lazy = new Map<string, T>();
  private readonly inFlight = new Set<string>();
  /** Page URL -> when its last refresh was sent; forgotten once older than the interval. */
  private readonly sentAt = new Map<string, number>();

  constructor(
    private readonly send: SendRefresh<T>,
    private readonly concurrency: () => number,
  ) {}

  /** Asks for a page's refresh, once however many readers ask while it waits or is under way. */
  ask(url: string, request: T, urgent: boolean): void {
    if (this.inFlight.has(url) || this.urgent.has(url) || (!urgent && this.lazy.has(url))) return;
    if (this.urgent.size + this.lazy.size >= MAX_WAITING) return;
    const sentAt = this.sentAt.get(url);
    if (sentAt !== undefined && Date.now() - sentAt < REFRESH_INTERVAL_MS) return;
    this.lazy.delete(url);
    (urgent ? this.urgent : this.lazy).set(url, request);
    this.sendWhatFits();
  }

  /** How many refreshes wait, and how many are under way. */
  get sizes(): { waiting: number; inFlight: number } {
    return { waiting: this.urgent.size + this.lazy.size, inFlight: this.inFlight.size };
  }

  private sendWhatFits(): void {
    while (this.inFlight.size < this.concurrency()) {
      const queue = this.urgent.size > 0 ? this.urgent : this.lazy;
      const next = queue.entries().next();
      if (next.done) return;
      const [url, request] = next.value;
      queue.delete(url);
      this.inFlight.add(url);
      const now = Date.now();
      this.sentAt.delete(url);
      this.sentAt.set(url, now);
      for (const [oldUrl, oldSentAt] of this.sentAt) {
        if (now - oldSentAt < REFRESH_INTERVAL_MS) break;
        if (!this.inFlight.has(oldUrl)) this.sentAt.delete(oldUrl);
      }
      let finished = false;
      this.send(url, request, () => {
        if (finished) return;
        finished = true;
        this.inFlight.delete(url);
        this.sendWhatFits();
      });
    }
  }
}
