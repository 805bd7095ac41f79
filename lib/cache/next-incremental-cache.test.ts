import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterEach, describe, expect, it, vi } from "vitest";
// The class Next's server stores every rendered page through, patched by patches/next+16.4.6.patch.
import { IncrementalCache } from "next/dist/server/lib/incremental-cache/index.js";

class RecordingHandler {
  static stored: string[] = [];
  async get() {
    return null;
  }
  async set(key: string) {
    RecordingHandler.stored.push(key);
  }
  async revalidateTag() {}
  resetRequestCache() {}
}

function incrementalCache() {
  return new IncrementalCache({
    dev: false,
    requestHeaders: {},
    previewProps: { previewModeId: "preview", previewModeSigningKey: "", previewModeEncryptionKey: "" },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: "preview", previewModeSigningKey: "", previewModeEncryptionKey: "" } },
    CurCacheHandler: RecordingHandler,
    minimalMode: false,
    fetchCacheKeyPrefix: "",
    allowedRevalidateHeaderKeys: [],
  } as unknown as ConstructorParameters<typeof IncrementalCache>[0]);
}

describe("Next's incremental cache", () => {
  afterEach(() => vi.restoreAllMocks());

  it("hands a rendered page to the page cache without serialising it to JSON (a page's Buffers cost ~8 ms of CPU, a feed's ~15 ms)", async () => {
    const stringify = vi.spyOn(JSON, "stringify");
    const page = { kind: "APP_PAGE", html: "<p>berita</p>", rscData: Buffer.alloc(64 * 1024, 65), headers: {}, status: 200, postponed: undefined, segmentData: new Map() };
    await incrementalCache().set("/berita/contoh", page as never, { route: { kind: "APP_PAGE", sourceRoute: "/berita/[slug]/page" }, cacheControl: { revalidate: 300, expire: undefined }, isRoutePPREnabled: false, isFallback: false } as never);
    expect(RecordingHandler.stored).toEqual([expect.stringMatching(/\/berita\/contoh$/)]);
    expect(stringify.mock.calls.some(([value]) => value === page)).toBe(false);
  });

  // A production build serves pages and route handlers from Next's compiled runtimes, which carry
  // their own copy of the class above; the same measurement, minified.
  it.each(["app-page-turbo", "app-route-turbo"])("measures fetch entries only in the %s runtime a production build runs", (runtime) => {
    const source = readFileSync(createRequire(import.meta.url).resolve(`next/dist/compiled/next-server/${runtime}.runtime.prod.js`), "utf8");
    expect(source).toContain("let i=r.fetchCache?JSON.stringify(t).length:0;");
    expect(source).not.toMatch(/let \w+=JSON\.stringify\(\w+\)\.length;/);
  });
});
