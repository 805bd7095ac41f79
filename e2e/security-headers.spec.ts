import { expect, test } from "@playwright/test";
import { ACCOUNTS, SESSION_COOKIE, signIn } from "./redaksi-sign-in";
import { publishedArticles } from "./support/database";
import { newDraft } from "./support/newsroom";

// Headers every response carries, the newsroom's Content-Security-Policy, and the session cookie
// over https (the end-to-end server trusts X-Forwarded-Proto: TRUST_PROXY=1 in playwright.config.ts).

const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "SAMEORIGIN",
};

test("public pages carry the security headers when rendered and when served from the page cache; HSTS only over https", async ({ request }) => {
  const [article] = publishedArticles();
  const path = `/berita/${article!.slug}`;
  const first = await request.get(path);
  await expect.poll(async () => (await request.get(path)).headers()["x-nextjs-cache"]).toBe("HIT");
  const cached = await request.get(path, { headers: { "accept-encoding": "gzip" } });
  for (const response of [first, cached, await request.get("/rss.xml"), await request.get("/tag/%ff")]) {
    expect(response.headers()).toMatchObject(EVERY_RESPONSE);
    expect(response.headers()["permissions-policy"]).toContain("camera=()");
    expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(response.headers()["content-security-policy"]).toContain("object-src 'none'");
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
  }
  const overHttps = await request.get(path, { headers: { "x-forwarded-proto": "https" } });
  expect(overHttps.headers()["strict-transport-security"]).toBe("max-age=31536000");
});

test("newsroom pages allow only scripts with this response's nonce, and the editor still runs under that policy", async ({ page }) => {
  // Signs in (argon2) and saves a draft: slow on a loaded machine.
  test.slow();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/redaksi/masuk");
  const policy = response!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).not.toContain("'unsafe-inline' 'strict-dynamic'");
  expect(response!.headers()).toMatchObject(EVERY_RESPONSE);
  const scripts = await page.locator("script").evaluateAll((elements) => elements.map((script) => (script as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((value) => value === nonce)).toBe(true);
  const again = await page.request.get("/redaksi/masuk");
  expect(again.headers()["content-security-policy"]).not.toBe(policy);

  // The body editor is a client island and saving goes through a server action: both need their scripts.
  await signIn(page, ACCOUNTS.editor);
  await newDraft(page, "Uji kebijakan skrip redaksi", "Naskah ini ditulis di bawah Content-Security-Policy.");
  expect(violations).toEqual([]);
});

test("over https the session cookie is __Host-rinews_session, Secure; the plain-named cookie does not sign anyone in there", async ({ page, context, request }) => {
  test.slow();
  await signIn(page, ACCOUNTS.reporter);
  const token = (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  const https = { "x-forwarded-proto": "https" };

  const prefixed = await request.get("/redaksi", { headers: { ...https, cookie: `__Host-${SESSION_COOKIE}=${token}` }, maxRedirects: 0 });
  expect(prefixed.status()).toBe(200);
  const setCookie = prefixed.headersArray().find((header) => header.name.toLowerCase() === "set-cookie")?.value ?? "";
  expect(setCookie).toMatch(new RegExp(`^__Host-${SESSION_COOKIE}=${token};`));
  expect(setCookie).toMatch(/; Secure/i);
  expect(setCookie).toMatch(/; Path=\//i);
  expect(setCookie).not.toMatch(/; Domain=/i);

  const plain = await request.get("/redaksi", { headers: { ...https, cookie: `${SESSION_COOKIE}=${token}` }, maxRedirects: 0 });
  expect(plain.status()).toBe(307);
  expect(plain.headers()["location"]).toContain("/redaksi/masuk");
});
