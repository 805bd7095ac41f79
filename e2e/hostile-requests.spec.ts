import { expect, test, type APIResponse } from "@playwright/test";
import { publishedArticles } from "./support/database";

// What a stranger can send: none of it may produce a server error, reflect script, or send a
// reader to another site. Requests go straight to the server (Playwright's `request`), unnormalized.

const NO_REDIRECTS = { maxRedirects: 0 } as const;

/** One path per route family, with percent-encoding that does not decode to UTF-8. */
const UNDECODABLE_PATHS = [
  "/berita/%ff%fe",
  "/tag/%",
  "/tag/%ff/halaman/2",
  "/kategori/%c0%af",
  "/penulis/%ff",
  "/halaman/%ff",
  "/terkini/halaman/%ff",
  "/media/%ff/1600.jpg",
  "/api/views/%ff",
  "/og/berita/%ff/x",
  "/rss.xml/%ff",
  "/tag/%ff/rss.xml",
  "/kategori/%c0%af/rss.xml",
  "/sitemaps/%ff",
  "/cari/hasil/1/%ff",
  "/redaksi/%ff",
  "/redaksi/artikel/%ff",
  "/admin/%ff",
  "/%ff",
];

test("a path whose percent-encoding does not decode answers 400 in every route family, never 5xx", async ({ request }) => {
  for (const path of UNDECODABLE_PATHS) {
    const response = await request.get(path, NO_REDIRECTS);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("Alamat tidak valid.");
  }
});

test("TRACE and other methods the site does not answer get 405 with Allow, on pages, feeds and route handlers", async ({ request }) => {
  const [article] = publishedArticles();
  for (const path of ["/", `/berita/${article!.slug}`, "/rss.xml", `/api/views/${article!.id}`, "/redaksi"]) {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const response = await request.fetch(path, { method, ...NO_REDIRECTS });
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers()["allow"], `${method} ${path}`).toBe("GET, HEAD, POST, OPTIONS");
    }
  }
});

test("a forged server action id gets a 4xx, and one posted from another site a 403", async ({ request, baseURL }) => {
  const forged = ["x", "../../etc/passwd", "%ff", "0".repeat(42), `7f${"a".repeat(40)}`];
  for (const path of ["/", "/redaksi/masuk", "/redaksi"]) {
    for (const id of forged) {
      for (const contentType of ["text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        const response = await request.post(path, { headers: { "next-action": id, origin: baseURL!, "content-type": contentType }, data: "[]", ...NO_REDIRECTS });
        expect(response.status(), `${path} ${id} ${contentType}`).toBeGreaterThanOrEqual(400);
        expect(response.status(), `${path} ${id} ${contentType}`).toBeLessThan(500);
      }
    }
    const crossSite = await request.post(path, { headers: { "next-action": "abcdef", origin: "https://evil.example" }, multipart: { a: "b" }, ...NO_REDIRECTS });
    expect(crossSite.status(), path).toBe(403);
  }
});

const SCRIPT = "<script>alert(1)</script>";

test("script sent in a path, a query or a header is never reflected unescaped", async ({ request }) => {
  const responses: [string, APIResponse][] = [];
  for (const path of [
    `/cari?q=${encodeURIComponent(SCRIPT)}`,
    `/cari?q=x&page=${encodeURIComponent(SCRIPT)}`,
    `/berita/${encodeURIComponent(SCRIPT)}`,
    `/tag/${encodeURIComponent(SCRIPT)}`,
    `/redaksi/masuk?next=${encodeURIComponent(SCRIPT)}`,
    `/?page=${encodeURIComponent(SCRIPT)}`,
  ]) {
    responses.push([path, await request.get(path, { headers: { "user-agent": SCRIPT, referer: `https://example.com/${SCRIPT}` } })]);
  }
  for (const [path, response] of responses) {
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text(), path).not.toContain(SCRIPT);
  }
});

test("a forged Host or X-Forwarded-Host never shows up in pages, feeds or redirects", async ({ request }) => {
  const [article] = publishedArticles();
  const forgedHosts: Record<string, string>[] = [{ host: "evil.example" }, { "x-forwarded-host": "evil.example" }];
  for (const headers of forgedHosts) {
    for (const path of [`/berita/${article!.slug}`, "/rss.xml", "/sitemap.xml", "/robots.txt", "/admin", "/redaksi"]) {
      const response = await request.get(path, { headers, ...NO_REDIRECTS });
      expect(response.status(), path).toBeLessThan(500);
      expect(await response.text(), path).not.toContain("evil.example");
      expect(response.headers()["location"] ?? "", path).not.toContain("evil.example");
    }
  }
});

test("no path or parameter redirects off the site", async ({ request, baseURL }) => {
  const site = new URL(baseURL!).host;
  for (const path of ["//evil.example/", "/\\evil.example", "/admin//evil.example", "/admin/%2F%2Fevil.example", "/redaksi?next=https://evil.example", "/redaksi/masuk?next=//evil.example"]) {
    // The full URL, so that `//evil.example/` is a path on this site rather than a protocol-relative address.
    const response = await request.get(`${baseURL}${path}`, NO_REDIRECTS);
    expect(response.status(), path).toBeLessThan(500);
    const location = response.headers()["location"];
    if (location) expect(new URL(location, baseURL).host, `${path} -> ${location}`).toBe(site);
  }
});
