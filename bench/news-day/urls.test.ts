import { describe, expect, it } from "vitest";
import { COMMON_SEARCH_QUERY } from "../archive/text";
import { describeUrls, newsDayUrls, searchQueries, type UrlSources } from "./urls";

const sources: UrlSources = {
  articles: Array.from({ length: 5_000 }, (_, i) => ({ id: i + 1, slug: `berita-${i + 1}`, title: `Harga Beras Naik di Pasar ${i + 1}` })),
  hashtags: [
    { slug: "beritaterkini", pages: 400 },
    { slug: "indonesia", pages: 6 },
    { slug: "pemilu", pages: 1 },
  ],
  categories: [
    { slug: "nasional", pages: 300 },
    { slug: "ekonomi", pages: 150 },
    { slug: "olahraga", pages: 1 },
  ],
};

describe("newsDayUrls", () => {
  const urls = newsDayUrls(sources);
  const paths = urls.map((url) => url.path);

  it("weights add up to every request, about 80 % of them on articles, the hottest first", () => {
    expect(urls.reduce((sum, url) => sum + url.weight, 0)).toBeCloseTo(1, 12);
    const articles = urls.filter((url) => url.kind === "article");
    expect(articles).toHaveLength(5_000);
    expect(articles[0]).toEqual({ path: "/berita/berita-1", kind: "article", weight: expect.any(Number) });
    expect(describeUrls(urls).articleShare).toBeCloseTo(0.8, 1);
    expect(articles[0]!.weight / articles[9]!.weight).toBeCloseTo(10, 9);
  });

  it("has the pages a news day reads around the articles, deeper listing pages within their last", () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        "/",
        "/terkini",
        "/terpopuler",
        "/tag/beritaterkini",
        "/tag/pemilu",
        "/tag/beritaterkini?page=10",
        "/tag/indonesia?page=6",
        "/kategori/nasional",
        "/kategori/nasional?page=20",
        "/kategori/ekonomi?page=20",
        `/cari?q=${encodeURIComponent(COMMON_SEARCH_QUERY)}`,
        "/rss.xml",
        "/tag/beritaterkini/rss.xml",
        "/kategori/nasional/rss.xml",
        "/sitemap.xml",
        "/news-sitemap.xml",
      ]),
    );
    expect(paths.filter((path) => path.startsWith("/tag/pemilu?"))).toEqual([]);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("refuses an archive with nothing published", () => {
    expect(() => newsDayUrls({ ...sources, articles: [] })).toThrow();
  });
});

describe("searchQueries", () => {
  it("searches the common words and two words of each of the hottest titles, once each", () => {
    expect(searchQueries(sources)).toEqual([COMMON_SEARCH_QUERY, "harga beras"]);
  });
});
