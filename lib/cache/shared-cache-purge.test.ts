import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPurger, purgeRequests, type PurgeRequest } from "./shared-cache-purge";

const batch = { hard: ["article:5", "home"], soft: ["~article:5"] };

describe("purge requests in each provider's documented shape", () => {
  it("Varnish: PURGE to every URL, xkey-purge for hard keys and xkey-softpurge for soft ones, with the secret when there is one", () => {
    const requests = purgeRequests({ kind: "varnish", urls: ["http://10.0.0.5:6081/", "http://10.0.0.6:6081/"], secret: "rahasia" }, batch);
    expect(requests).toEqual(
      ["http://10.0.0.5:6081/", "http://10.0.0.6:6081/"].flatMap((url) => [
        { url, method: "PURGE", headers: { "xkey-purge": "article:5 home", "X-Purge-Secret": "rahasia" } },
        { url, method: "PURGE", headers: { "xkey-softpurge": "~article:5", "X-Purge-Secret": "rahasia" } },
      ]),
    );
  });

  it("Varnish: a long key list is split to stay under its header size", () => {
    const keys = Array.from({ length: 1000 }, (_, i) => `article-slug:judul-berita-nomor-${i}`);
    const requests = purgeRequests({ kind: "varnish", urls: ["http://127.0.0.1:6081/"], secret: null }, { hard: keys, soft: [] });
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) expect(Buffer.byteLength(request.headers["xkey-purge"]!)).toBeLessThanOrEqual(4000);
    expect(requests.flatMap((request) => request.headers["xkey-purge"]!.split(" "))).toEqual(keys);
  });

  it("Fastly: POST /service/{id}/purge with surrogate_keys (256 at most), Fastly-Key, and Fastly-Soft-Purge for soft keys", () => {
    const requests = purgeRequests({ kind: "fastly", serviceId: "SU1Z0isxPaozGVKXdv0eY", token: "fastly-token" }, batch);
    const url = "https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge";
    const headers = { "Fastly-Key": "fastly-token", "Content-Type": "application/json", Accept: "application/json" };
    expect(requests).toEqual([
      { url, method: "POST", headers, body: JSON.stringify({ surrogate_keys: ["article:5", "home"] }) },
      { url, method: "POST", headers: { ...headers, "Fastly-Soft-Purge": "1" }, body: JSON.stringify({ surrogate_keys: ["~article:5"] }) },
    ]);
    const many = purgeRequests({ kind: "fastly", serviceId: "s", token: "t" }, { hard: Array.from({ length: 300 }, (_, i) => `k${i}`), soft: [] });
    expect(many.map((request) => (JSON.parse(request.body!) as { surrogate_keys: string[] }).surrogate_keys.length)).toEqual([256, 44]);
  });

  it("Cloudflare: POST /zones/{id}/purge_cache with tags (100 at most) and a bearer token; soft keys are purged outright", () => {
    const requests = purgeRequests({ kind: "cloudflare", zoneId: "023e105f4ecef8ad9ca31a8372d0c353", token: "cf-token" }, batch);
    expect(requests).toEqual([
      {
        url: "https://api.cloudflare.com/client/v4/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache",
        method: "POST",
        headers: { Authorization: "Bearer cf-token", "Content-Type": "application/json" },
        body: JSON.stringify({ tags: ["article:5", "home", "~article:5"] }),
      },
    ]);
    const many = purgeRequests({ kind: "cloudflare", zoneId: "z", token: "t" }, { hard: Array.from({ length: 150 }, (_, i) => `k${i}`), soft: [] });
    expect(many.map((request) => (JSON.parse(request.body!) as { tags: string[] }).tags.length)).toEqual([100, 50]);
  });
});

describe("the purger", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const target = { kind: "varnish" as const, urls: ["http://127.0.0.1:6081/"], secret: null };
  const keysOf = (request: PurgeRequest) => request.headers["xkey-purge"] ?? `soft ${request.headers["xkey-softpurge"]}`;

  it("purges at once without waiting for an answer, then hard keys again once every process has applied them, and soft keys once every page is due", async () => {
    const sent: string[] = [];
    const purger = createPurger(target, { send: async (request) => void sent.push(keysOf(request)), hardRepeatMs: 1500, softRepeatMs: 47_000 });
    purger.purge(["home", "~trending"]);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatch(/^home h/);
    expect(sent[1]).toMatch(/^soft ~trending h/);
    await vi.advanceTimersByTimeAsync(1500);
    expect(sent).toHaveLength(3);
    expect(sent[2]).toBe(sent[0]);
    await vi.advanceTimersByTimeAsync(45_500);
    expect(sent).toHaveLength(4);
    expect(sent[3]).toBe(sent[1]);
  });

  it("retries a purge that failed and logs it, then gives up with an error, never throwing", async () => {
    let attempts = 0;
    const purger = createPurger(target, {
      send: async () => {
        attempts++;
        throw new Error("connect ECONNREFUSED");
      },
      retryDelaysMs: [100, 200],
      hardRepeatMs: 60_000,
    });
    expect(() => purger.purge(["home"])).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(attempts).toBe(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(attempts).toBe(3);
    expect(console.warn).toHaveBeenCalledTimes(2);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("giving up"));
  });
});
