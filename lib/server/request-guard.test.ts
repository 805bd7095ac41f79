import { describe, expect, it } from "vitest";
import { refusalOf } from "./request-guard";

const get = (url: string, headers: Record<string, string> = {}) => refusalOf({ method: "GET", url, headers });

describe("requests refused before Next routes them", () => {
  it("a path whose percent-encoding does not decode is a 400; a query that does not decode is left to the page", () => {
    for (const url of ["/berita/%ff%fe", "/tag/%", "/kategori/%c0%af", "/media/%ff/1600.jpg", "/api/views/%ff?x=1"]) {
      expect(get(url)?.status, url).toBe(400);
    }
    for (const url of ["/", "/berita/judul-berita", "/cari?q=%ff", "/tag/ri_news?page=2", "/berita/%E2%80%9Cf1%E2%80%9D"]) {
      expect(get(url), url).toBeNull();
    }
  });

  it("methods the site does not answer are a 405 naming the ones it does", () => {
    for (const method of ["TRACE", "TRACK", "PUT", "DELETE", "PATCH", "CONNECT", "PROPFIND"]) {
      expect(refusalOf({ method, url: "/", headers: {} })).toMatchObject({ status: 405, headers: { Allow: "GET, HEAD, POST, OPTIONS" } });
    }
    for (const method of ["GET", "HEAD", "POST", "OPTIONS"]) expect(refusalOf({ method, url: "/", headers: {} })).toBeNull();
  });

  it("a server action posted from another origin is a 403; one from this host, or a plain post, is Next's", () => {
    const action = (origin: string) => refusalOf({ method: "POST", url: "/redaksi", headers: { host: "portal.example", "next-action": "abc", origin } });
    expect(action("https://evil.example")?.status).toBe(403);
    expect(action("null")?.status).toBe(403);
    expect(action("https://portal.example")).toBeNull();
    expect(refusalOf({ method: "POST", url: "/redaksi", headers: { host: "portal.example", origin: "https://evil.example" } })).toBeNull();
  });
});
