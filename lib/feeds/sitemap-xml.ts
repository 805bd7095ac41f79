import { toWibIsoString } from "@/lib/time";
import { escapeXml, textElement, XML_DECLARATION } from "./xml";

export type SitemapIndexEntry = { loc: string; lastmod: number | null };
export type SitemapUrl = { loc: string; lastmod: number | null; images?: { loc: string }[] };
export type NewsSitemapUrl = { loc: string; title: string; publishedAt: number };

const lastmod = (epochMs: number | null) => (epochMs ? textElement("lastmod", toWibIsoString(epochMs)) : "");

export function renderSitemapIndex(entries: readonly SitemapIndexEntry[]): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((e) => `<sitemap>${textElement("loc", e.loc)}${lastmod(e.lastmod)}</sitemap>`),
    "</sitemapindex>",
  ].join("\n");
}

export function renderUrlSet(urls: readonly SitemapUrl[]): string {
  const withImages = urls.some((u) => u.images?.length);
  const namespaces = `xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${withImages ? ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"' : ""}`;
  return [
    XML_DECLARATION,
    `<urlset ${namespaces}>`,
    ...urls.map(
      (u) =>
        `<url>${textElement("loc", u.loc)}${lastmod(u.lastmod)}${(u.images ?? [])
          .map((image) => `<image:image>${textElement("image:loc", image.loc)}</image:image>`)
          .join("")}</url>`,
    ),
    "</urlset>",
  ].join("\n");
}

/** Google News sitemap: the publication name must match the name Google News knows the site by. */
export function renderNewsSitemap(publicationName: string, urls: readonly NewsSitemapUrl[]): string {
  const publication = `<news:publication>${textElement("news:name", publicationName)}<news:language>id</news:language></news:publication>`;
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls.map(
      (u) =>
        `<url>${textElement("loc", u.loc)}<news:news>${publication}${textElement("news:publication_date", toWibIsoString(u.publishedAt))}<news:title>${escapeXml(u.title)}</news:title></news:news></url>`,
    ),
    "</urlset>",
  ].join("\n");
}
