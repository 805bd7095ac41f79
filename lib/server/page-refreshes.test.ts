import { afterEach, describe, expect, it, vi } from "vitest";
import { PageRefreshes, REFRESH_INTERVAL_MS } from "./page-refreshes";

describe("the front's page refreshes", () => {
  afterEach(() => vi.useRealTimers());

  function refreshes(concurrency = 1) {
    const sent: string[] = [];
    const pending = new Map<string, () => void>();
    const queue = new PageRefreshes<null>((url, _request, done) => {
      sent.push(url);
      pending.set(url, done);
    }, () => concurrency);
    const finish = (url: string) => pending.get(url)!();
    return { queue, sent, finish };
  }

  it("sends a few at once, a hard change's grace pages before soft refreshes, each page once however many readers ask", () => {
    const { queue, sent, finish } = refreshes(1);
    queue.ask("/berita/a", null, false);
    for (const url of ["/berita/b", "/berita/c", "/berita/b"]) queue.ask(url, null, false);
    queue.ask("/", null, true);
    queue.ask("/", null, true);
    expect(sent).toEqual(["/berita/a"]);
    finish("/berita/a");
    expect(sent).toEqual(["/berita/a", "/"]);
    finish("/");
    finish("/berita/b");
    expect(sent).toEqual(["/berita/a", "/", "/berita/b", "/berita/c"]);
    expect(queue.sizes).toEqual({ waiting: 0, inFlight: 1 });
  });

  it("moves a waiting soft refresh ahead once a hard change makes it urgent", () => {
    const { queue, sent, finish } = refreshes(1);
    queue.ask("/berita/a", null, false);
    queue.ask("/tag/x", null, false);
    queue.ask("/terkini", null, false);
    queue.ask("/terkini", null, true);
    finish("/berita/a");
    expect(sent).toEqual(["/berita/a", "/terkini"]);
  });

  it("does not ask for a page again within the interval after its last refresh was sent", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { queue, sent, finish } = refreshes(2);
    queue.ask("/", null, true);
    finish("/");
    queue.ask("/", null, true);
    expect(sent).toEqual(["/"]);
    vi.advanceTimersByTime(REFRESH_INTERVAL_MS);
    queue.ask("/", null, true);
    expect(sent).toEqual(["/", "/"]);
  });
});
