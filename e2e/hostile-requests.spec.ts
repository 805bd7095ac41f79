import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ACCOUNTS, STAFF_PASSWORD } from "./redaksi-sign-in";
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
  "/ads.txt/%ff",
  "/indeks/%ff",
  "/indeks/2025-06-18/%ff",
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
  for (const path of ["/", `/berita/${article!.slug}`, "/rss.xml", "/ads.txt", `/api/views/${article!.id}`, "/redaksi"]) {
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

/** The sign-in action's id, from the form the sign-in page renders for browsers without JavaScript. */
async function signInActionId(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/redaksi/masuk")).text();
  const descriptor = html.match(/name="\$ACTION_1:0" value="([^"]+)"/)?.[1]?.replaceAll("&quot;", '"');
  return (JSON.parse(descriptor!) as { id: string }).id;
}

const BOUNDARY = "----hostile";
function multipart(fields: [string, string][]): string {
  return `${fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${BOUNDARY}--\r\n`;
}

test("a server action request with a real action id and a body that does not decode gets a 4xx with a message, and the site answers on", async ({ request, baseURL }) => {
  const id = await signInActionId(request);
  const call = { "next-action": id, origin: baseURL! };
  const form = { origin: baseURL!, "content-type": `multipart/form-data; boundary=${BOUNDARY}` };
  const noScriptForm = (boundArguments: string) =>
    multipart([["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${id}","bound":"$@1"}`], ["$ACTION_1:1", boundArguments], ["$ACTION_KEY", "k1"], ["email", ACCOUNTS.reporter], ["password", "x"]]);
  const cases = [
    { name: "truncated multipart call", headers: { ...call, "content-type": form["content-type"] }, data: multipart([["1_email", "a"], ["0", '[{},"$K1"]']]).slice(0, 90), status: 400 },
    { name: "call rows that are not JSON", headers: { ...call, "content-type": form["content-type"] }, data: multipart([["0", "[{garbage"]]), status: 400 },
    { name: "text arguments that are not JSON", headers: { ...call, "content-type": "text/plain;charset=UTF-8" }, data: "\u0000garbage{[", status: 400 },
    { name: "truncated form posted without JavaScript", headers: form, data: noScriptForm('[{"status":"idle"}]').slice(0, 200), status: 400 },
    { name: "form with an action id field, truncated", headers: form, data: multipart([[`$ACTION_ID_${id}`, ""], ["email", "a"]]).slice(0, -30), status: 400 },
    { name: "form whose bound arguments are not JSON", headers: form, data: noScriptForm("[{garbage"), status: 400 },
    // JSON that React cannot build into arguments: a row the body does not carry, a malformed BigInt, a Map of nothing.
    ...['["$5"]', '["$nzz"]', '["$Q5"]', '["$h5"]'].flatMap((row) => [
      { name: `text arguments ${row}`, headers: { ...call, "content-type": "text/plain;charset=UTF-8" }, data: row, status: 400 },
      { name: `call rows ${row}`, headers: { ...call, "content-type": form["content-type"] }, data: multipart([["0", row]]), status: 400 },
      { name: `form bound arguments ${row}`, headers: form, data: noScriptForm(row), status: 400 },
    ]),
    { name: "call as JSON", headers: { ...call, "content-type": "application/json" }, data: "[]", status: 415 },
    { name: "call as octet-stream", headers: { ...call, "content-type": "application/octet-stream" }, data: Buffer.from([0xff, 0xfe, 0x00]), status: 415 },
    { name: "call over the body limit", headers: { ...call, "content-type": "text/plain;charset=UTF-8" }, data: `["${"x".repeat(3 * 1024 * 1024)}"]`, status: 413 },
    { name: "form over the body limit", headers: form, data: noScriptForm(`["${"x".repeat(3 * 1024 * 1024)}"]`), status: 413 },
  ];
  const messages = { 400: "Permintaan tidak valid.", 413: "Isi permintaan terlalu besar.", 415: "Jenis isi permintaan tidak didukung." };
  for (const { name, headers, data, status } of cases) {
    const response = await request.post("/redaksi/masuk", { headers, data, ...NO_REDIRECTS });
    expect(response.status(), name).toBe(status);
    expect(await response.text(), name).toBe(`${status} ${messages[status as keyof typeof messages]}\n`);
  }
  // Arguments that decode but are not a form: the action answers, it does not throw.
  const notAForm = await request.post("/redaksi/masuk", { headers: { ...call, "content-type": "text/plain;charset=UTF-8" }, data: "[]", ...NO_REDIRECTS });
  expect(notAForm.status()).toBeLessThan(500);
  expect(await notAForm.text()).toContain("Permintaan tidak valid.");

  expect((await request.get("/")).status()).toBe(200);
  expect((await request.get("/redaksi/masuk")).status()).toBe(200);
});

test("a sign-in posted with JavaScript off still signs in, past the checks on action bodies", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/redaksi/masuk");
  await page.getByLabel("Email").fill(ACCOUNTS.reporter);
  await page.getByLabel("Kata sandi").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/redaksi$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Halo,");
  await context.close();
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
