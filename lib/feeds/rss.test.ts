import { describe, expect, it } from "vitest";
import { feedArticle, NASTY_TITLE, site, siteChannel } from "@/lib/seo/fixtures";
import { articleGuid, renderRssFeed, toRfc822Wib } from "./rss";
import { findAll, findText, parseXml } from "./testing";

const feed = () => parseXml(renderRssFeed(siteChannel, [feedArticle]));

describe("the RSS feed", () => {
  it("is well-formed with &, <, ]]> and </script> in titles, names and bodies, and gives them back unchanged", () => {
    const rss = feed();
    expect(rss.name).toBe("rss");
    expect(rss.attributes.version).toBe("2.0");
    expect(findText(rss, "title")).toEqual([site.name, site.name, NASTY_TITLE]);
    const [content] = findText(rss, "content:encoded");
    expect(content).toContain("Harga naik ]]&gt; tajam &lt;hari ini&gt;.");
  });

  it("puts a story's kind in front of its title; a Berita has none", () => {
    const titles = (kind: typeof feedArticle.kind) => findText(findAll(parseXml(renderRssFeed(siteChannel, [{ ...feedArticle, kind }])), "item")[0]!, "title");
    expect(titles("advertorial")).toEqual([`Advertorial: ${NASTY_TITLE}`]);
    expect(titles("opini")).toEqual([`Opini: ${NASTY_TITLE}`]);
    expect(titles("berita")).toEqual([NASTY_TITLE]);
  });

  it("names itself with atom:link rel=self and points at the site", () => {
    const rss = feed();
    const self = findAll(rss, "atom:link")[0]!;
    expect(self.attributes).toEqual({ href: "https://berita.example/rss.xml", rel: "self", type: "application/rss+xml" });
    expect(findText(rss, "link")[0]).toBe("https://berita.example/");
    expect(findText(rss, "language")).toEqual(["id"]);
  });

  it("gives each item a permanent GUID from the article id, not its title or slug", () => {
    const renamed = parseXml(renderRssFeed(siteChannel, [{ ...feedArticle, title: "Judul baru", slug: "judul-baru" }]));
    const guid = findAll(feed(), "guid")[0]!;
    expect(guid.attributes.isPermaLink).toBe("false");
    expect(guid.text).toBe(articleGuid(42));
    expect(findText(renamed, "guid")).toEqual([guid.text]);
  });

  it("carries the full body, the byline authors, the category and hashtags, and the featured image", () => {
    const item = findAll(feed(), "item")[0]!;
    expect(findText(item, "link")).toEqual(["https://berita.example/berita/harga-cabai-naik"]);
    expect(findText(item, "dc:creator")).toEqual(["Setiawan S.TH", "Andi <Tamu>"]);
    expect(findText(item, "category")).toEqual(["Ekonomi & Bisnis", "harga<pangan>", "ekonomi"]);
    expect(findText(item, "description")).toEqual(["Harga cabai & bawang naik menjelang Iduladha."]);
    expect(findText(item, "pubDate")).toEqual(["Wed, 18 Jun 2025 10:00:00 +0700"]);
    const content = findText(item, "content:encoded")[0]!;
    expect(content).toContain("<strong>Jakarta, 18 Juni 2025</strong> — Harga naik");
    expect(content).toContain('<a href="https://berita.example/berita/inflasi-pangan">Inflasi &amp; &lt;pangan&gt;</a>');
    expect(content).toContain('src="https://berita.example/media/pasar.jpg"');
    expect(findAll(item, "media:content")[0]!.attributes).toMatchObject({ url: "https://berita.example/demo/ekonomi.jpg", medium: "image", width: "1600" });
  });

  it("ends an item's content with its notes, each with its kind, dated in WIB and escaped", () => {
    const at = Date.UTC(2025, 5, 19, 2, 30);
    const corrected = {
      ...feedArticle,
      corrections: [
        { id: 1, kind: "koreksi" as const, note: "Harga <cabai> rawit Rp80.000,\nbukan Rp60.000.", replyUrl: null, createdAt: at },
        { id: 2, kind: "hak-jawab" as const, note: "Pedagang menanggapi.", replyUrl: "https://berita.example/berita/hak-jawab", createdAt: at },
      ],
    };
    const content = findText(parseXml(renderRssFeed(siteChannel, [corrected])), "content:encoded")[0]!;
    expect(content).toContain("<h2>Koreksi dan Hak Jawab</h2>\n<p><strong>Koreksi · Kamis, 19 Juni 2025 09:30 WIB</strong><br>Harga &lt;cabai&gt; rawit Rp80.000,<br>bukan Rp60.000.</p>");
    expect(content).toMatch(/<p><strong>Hak Jawab · Kamis, 19 Juni 2025 09:30 WIB<\/strong><br>Pedagang menanggapi\.<br><a href="https:\/\/berita\.example\/berita\/hak-jawab">Baca hak jawab selengkapnya<\/a><\/p>$/);
    expect(findText(feed(), "content:encoded")[0]).not.toContain("Koreksi");
  });

  it("never carries an email address", () => {
    expect(renderRssFeed(siteChannel, [feedArticle])).not.toMatch(/@[a-z]+\.example/);
  });

  it("is valid with no items at all", () => {
    const rss = parseXml(renderRssFeed({ ...siteChannel, articleIds: [] }, []));
    expect(findAll(rss, "item")).toHaveLength(0);
    expect(findAll(rss, "lastBuildDate")).toHaveLength(0);
  });

  it("writes dates in RFC 822 with the WIB offset", () => {
    expect(toRfc822Wib(Date.UTC(2025, 11, 31, 20, 5, 9))).toBe("Thu, 01 Jan 2026 03:05:09 +0700");
  });
});
