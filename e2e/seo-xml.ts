import { expect, type APIRequestContext, type Page } from "@playwright/test";

// Feeds and sitemaps are parsed by the browser's own XML parser: what a crawler or feed reader gets.

export type ParsedXml = { root: string; texts: Record<string, string[]> };

/** Fetches `url`, expects 200, and returns the text of every element named in `names` (qualified names, e.g. "news:title"). */
export async function fetchXml(page: Page, request: APIRequestContext, url: string, names: string[]): Promise<ParsedXml> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"], url).toMatch(/xml/);
  const xml = await response.text();
  const parsed = await page.evaluate(
    ({ xml, names }) => {
      const doc = new DOMParser().parseFromString(xml, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      if (error) return { error: error.textContent ?? "parsererror", root: "", texts: {} };
      const texts: Record<string, string[]> = {};
      for (const name of names) texts[name] = Array.from(doc.getElementsByTagName(name), (el) => el.textContent ?? "");
      return { error: null, root: doc.documentElement.nodeName, texts };
    },
    { xml, names },
  );
  expect(parsed.error, `${url} is well-formed XML`).toBeNull();
  return { root: parsed.root, texts: parsed.texts };
}

/** The path of a URL, absolute or not. */
export const pathOf = (url: string) => new URL(url, "http://site.invalid").pathname;
