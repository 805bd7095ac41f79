import { describe, expect, it } from "vitest";
import { hashedKey, purgeBatch, sharedCacheSettings, tagHeaderValue } from "./shared-cache";

describe("shared cache settings", () => {
  it("default to Varnish's xkey, purging only when PURGE_URLS names where", () => {
    expect(sharedCacheSettings({})).toEqual({ provider: "varnish", purge: null });
    expect(sharedCacheSettings({ PURGE_URLS: "http://10.0.0.5:6081/, http://10.0.0.6:6081/", PURGE_SECRET: "rahasia" })).toEqual({
      provider: "varnish",
      purge: { kind: "varnish", urls: ["http://10.0.0.5:6081/", "http://10.0.0.6:6081/"], secret: "rahasia" },
    });
  });

  it("take Fastly and Cloudflare from their variables, and refuse what is missing or not understood", () => {
    expect(sharedCacheSettings({ SHARED_CACHE: "fastly", FASTLY_SERVICE_ID: "svc", FASTLY_API_TOKEN: "tok" }).purge).toEqual({ kind: "fastly", serviceId: "svc", token: "tok" });
    expect(sharedCacheSettings({ SHARED_CACHE: "Cloudflare", CLOUDFLARE_ZONE_ID: "zone", CLOUDFLARE_API_TOKEN: "tok" }).purge).toEqual({ kind: "cloudflare", zoneId: "zone", token: "tok" });
    expect(() => sharedCacheSettings({ SHARED_CACHE: "fastly", FASTLY_SERVICE_ID: "svc" })).toThrow("FASTLY_API_TOKEN");
    expect(() => sharedCacheSettings({ SHARED_CACHE: "akamai" })).toThrow("not understood");
    expect(() => sharedCacheSettings({ PURGE_URLS: "varnish:6081" })).toThrow("not an http(s) URL");
  });
});

describe("the tag header", () => {
  it("names the tags as they are, in each provider's separator", () => {
    expect(tagHeaderValue(["site", "article:5", "~article:9"], "varnish")).toBe("site article:5 ~article:9");
    expect(tagHeaderValue(["site", "article:5"], "fastly")).toBe("site article:5");
    expect(tagHeaderValue(["site", "article:5"], "cloudflare")).toBe("site,article:5");
  });

  it("hashes each tag when the list does not fit the provider's limit, and gives up past what hashes fit", () => {
    const many = Array.from({ length: 300 }, (_, i) => `~related-category:kategori-yang-panjang-${i}`);
    const value = tagHeaderValue(many, "varnish")!;
    expect(value.split(" ")).toEqual(many.map(hashedKey));
    expect(Buffer.byteLength(value)).toBeLessThanOrEqual(8000);
    expect(tagHeaderValue(many, "fastly")).toBe(many.join(" "));
    expect(tagHeaderValue(Array.from({ length: 2000 }, (_, i) => `article:${i}`), "varnish")).toBeNull();
  });

  it("hashes a tag the header could not carry as it is", () => {
    expect(tagHeaderValue(["site", "tag:a,b"], "cloudflare")).toBe([hashedKey("site"), hashedKey("tag:a,b")].join(","));
  });
});

describe("what a purge names", () => {
  it("splits hard from soft tags and names each as it is and hashed, so a page with hashed tags is reached too", () => {
    expect(purgeBatch(["article:5", "~article:5", "article:5"])).toEqual({
      hard: ["article:5", hashedKey("article:5")],
      soft: ["~article:5", hashedKey("~article:5")],
    });
  });
});
