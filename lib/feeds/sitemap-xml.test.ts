import { describe, expect, it } from "vitest";
import { wibToEpoch } from "@/lib/time";
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet } from "./sitemap-xml";
import { findAll, findText, parseXml } from "./testing";

describe("sitemap XML", () => {
  it("writes an index with each file's lastmod in WIB", () => {
    const xml = parseXml(renderSitemapIndex([{ loc: "https://a.example/sitemaps/berita-2025-06.xml", lastmod: wibToEpoch("2025-06-30", "23:00") }]));
    expect(xml.name).toBe("sitemapindex");
    expect(findText(xml, "loc")).toEqual(["https://a.example/sitemaps/berita-2025-06.xml"]);
    expect(findText(xml, "lastmod")).toEqual(["2025-06-30T23:00:00+07:00"]);
  });

  it("escapes URLs and adds image entries only when there are images", () => {
    const xml = renderUrlSet([
      { loc: "https://a.example/berita/a?x=1&y=<2>", lastmod: null, images: [{ loc: "https://a.example/demo/a.jpg" }] },
      { loc: "https://a.example/berita/b", lastmod: wibToEpoch("2025-06-01") },
    ]);
    const urlset = parseXml(xml);
    expect(findText(urlset, "loc")).toEqual(["https://a.example/berita/a?x=1&y=<2>", "https://a.example/berita/b"]);
    expect(findText(urlset, "image:loc")).toEqual(["https://a.example/demo/a.jpg"]);
    expect(urlset.attributes["xmlns:image"]).toBeDefined();
    expect(parseXml(renderUrlSet([{ loc: "https://a.example/", lastmod: null }])).attributes["xmlns:image"]).toBeUndefined();
  });

  it("writes a Google News sitemap with the publication name, language id and escaped titles", () => {
    const title = 'Banjir & <Rob> "]]>"';
    const xml = parseXml(renderNewsSitemap("Portal & Co", [{ loc: "https://a.example/berita/banjir", title, publishedAt: wibToEpoch("2025-06-18", "10:00") }]));
    expect(xml.attributes["xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    expect(findText(xml, "news:name")).toEqual(["Portal & Co"]);
    expect(findText(xml, "news:language")).toEqual(["id"]);
    expect(findText(xml, "news:title")).toEqual([title]);
    expect(findText(xml, "news:publication_date")).toEqual(["2025-06-18T10:00:00+07:00"]);
    expect(findAll(xml, "url")).toHaveLength(1);
  });
});
