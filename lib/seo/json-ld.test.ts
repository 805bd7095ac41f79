import { describe, expect, it } from "vitest";
import { NASTY_TITLE, publishedAt, seoArticle, site } from "./fixtures";
import {
  articleBreadcrumbJsonLd,
  articleImages,
  HEADLINE_MAX,
  newsArticleJsonLd,
  organizationJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from "./json-ld";

const longTitle = "Pemerintah Percepat Program Mudik Gratis dan Perbaikan Jalan Nasional Menjelang Libur Panjang Akhir Tahun di Seluruh Indonesia";

describe("NewsArticle JSON-LD", () => {
  const article = newsArticleJsonLd(site, seoArticle);

  it("has a headline of at most 110 characters, cut on a word", () => {
    const headline = newsArticleJsonLd(site, { ...seoArticle, title: longTitle }).headline as string;
    expect(longTitle.length).toBeGreaterThan(HEADLINE_MAX);
    expect([...headline].length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(headline).toMatch(/^Pemerintah Percepat .*\S…$/);
  });

  it("is a NewsArticle for news, an OpinionNewsArticle for Opini, and never a news article for sponsored content or a press release", () => {
    expect(article["@type"]).toBe("NewsArticle");
    expect(newsArticleJsonLd(site, { ...seoArticle, kind: "video" })["@type"]).toBe("NewsArticle");
    expect(newsArticleJsonLd(site, { ...seoArticle, kind: "opini" })["@type"]).toBe("OpinionNewsArticle");
    expect(newsArticleJsonLd(site, { ...seoArticle, kind: "advertorial" })["@type"]).toBe("AdvertiserContentArticle");
    expect(newsArticleJsonLd(site, { ...seoArticle, kind: "rilis-pers" })["@type"]).toBe("Article");
  });

  it("dates publication and modification with the +07:00 offset", () => {
    expect(article.datePublished).toBe("2025-06-18T10:00:00+07:00");
    expect(article.dateModified).toBe("2025-06-18T11:00:00+07:00");
    expect(newsArticleJsonLd(site, { ...seoArticle, updatedAt: null }).dateModified).toBe("2025-06-18T10:00:00+07:00");
  });

  it("names staff authors with their author page, guests by name only, and not the editor", () => {
    expect(article.author).toEqual([
      { "@type": "Person", name: "Setiawan S.TH", url: "https://berita.example/penulis/setiawan-s-th" },
      { "@type": "Person", name: "Andi <Tamu>" },
    ]);
    const unsigned = newsArticleJsonLd(site, { ...seoArticle, credits: [] });
    expect(unsigned.author).toEqual([{ "@type": "Organization", "@id": "https://berita.example/#organization", name: site.name }]);
  });

  it("names the publisher with its logo, the section, hashtags as keywords, and free access", () => {
    expect(article.publisher).toMatchObject({
      "@type": "Organization",
      name: site.name,
      logo: { "@type": "ImageObject", url: "https://berita.example/logo.png", width: 512, height: 512 },
    });
    expect(article.articleSection).toBe("Ekonomi & Bisnis");
    expect(article.keywords).toEqual(["harga<pangan>", "ekonomi"]);
    expect(article.isAccessibleForFree).toBe(true);
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": "https://berita.example/berita/harga-cabai-naik" });
    expect(article.dateline).toBe("Jakarta");
  });

  it("carries each note as a dated CorrectionComment named by its kind, and no correction key without one", () => {
    const corrected = newsArticleJsonLd(site, {
      ...seoArticle,
      corrections: [
        { kind: "koreksi", note: "Yang benar: 5 ton.", replyUrl: null, createdAt: publishedAt + 7_200_000 },
        { kind: "hak-jawab", note: "PT Maju menanggapi.", replyUrl: "https://berita.example/berita/hak-jawab", createdAt: publishedAt + 7_200_000 },
      ],
    });
    expect(corrected.correction).toEqual([
      { "@type": "CorrectionComment", name: "Koreksi", text: "Yang benar: 5 ton.", datePublished: "2025-06-18T12:00:00+07:00" },
      { "@type": "CorrectionComment", name: "Hak Jawab", text: "PT Maju menanggapi.", datePublished: "2025-06-18T12:00:00+07:00", url: "https://berita.example/berita/hak-jawab" },
    ]);
    expect(article).not.toHaveProperty("correction");
  });

  it("never carries an email address", () => {
    expect(JSON.stringify(article)).not.toContain("@rinewsportal");
  });
});

describe("article images for structured data", () => {
  const featured = { url: "/demo/a.jpg", width: 1600, height: 900, alt: "" };

  it("lists the featured photo and the article's other images that are 4:3 or 1:1", () => {
    const images = articleImages(site.url, { id: 1, publishedAt, updatedAt: null, image: featured }, [
      { url: "/media/lebar.jpg", width: 2000, height: 600, alt: "" },
      { url: "/media/kotak.jpg", width: 1200, height: 1200, alt: "" },
      { url: "/media/empat-tiga.jpg", width: 1600, height: 1200, alt: "" },
    ]);
    expect(images.map((i) => i.url)).toEqual([
      "https://berita.example/demo/a.jpg",
      "https://berita.example/media/empat-tiga.jpg",
      "https://berita.example/media/kotak.jpg",
    ]);
  });

  it("keeps a featured photo of another ratio rather than crop it", () => {
    const images = articleImages(site.url, { id: 1, publishedAt, updatedAt: null, image: { ...featured, width: 1000, height: 700 } });
    expect(images).toEqual([{ "@type": "ImageObject", url: "https://berita.example/demo/a.jpg", width: 1000, height: 700 }]);
  });

  it("gives an article without images its generated card in 16:9, 4:3 and 1:1", () => {
    const images = articleImages(site.url, { id: 5, publishedAt, updatedAt: null, image: null });
    expect(images.map((i) => [i.url, i.width / i.height])).toEqual([
      [`https://berita.example/og/berita/5/16x9?v=${publishedAt}`, 1200 / 675],
      [`https://berita.example/og/berita/5/4x3?v=${publishedAt}`, 4 / 3],
      [`https://berita.example/og/berita/5/1x1?v=${publishedAt}`, 1],
    ]);
  });
});

describe("site-wide JSON-LD", () => {
  it("describes the site with a SearchAction on /cari", () => {
    expect(webSiteJsonLd(site)).toMatchObject({
      "@type": "WebSite",
      url: "https://berita.example/",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: "https://berita.example/cari?q={search_term_string}" },
        "query-input": "required name=search_term_string",
      },
    });
  });

  it("describes the organization with its logo and social profiles", () => {
    expect(organizationJsonLd(site)).toMatchObject({ "@type": "Organization", name: site.name, sameAs: ["https://x.com/portal"] });
  });

  it("builds the article breadcrumb Beranda › category › article", () => {
    expect(articleBreadcrumbJsonLd(site, seoArticle).itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Beranda", item: "https://berita.example/" },
      { "@type": "ListItem", position: 2, name: "Ekonomi & Bisnis", item: "https://berita.example/kategori/ekonomi" },
      { "@type": "ListItem", position: 3, name: NASTY_TITLE, item: "https://berita.example/berita/harga-cabai-naik" },
    ]);
  });
});

describe("JSON-LD in a script element", () => {
  it("cannot be ended by </script> or <!-- in a title, and parses back to the same data", () => {
    const data = newsArticleJsonLd(site, seoArticle);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<|>/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(data);
    expect(serializeJsonLd([data, organizationJsonLd(site)])).not.toContain("<");
  });

  it("escapes line and paragraph separators", () => {
    const json = serializeJsonLd({ ...organizationJsonLd(site), name: "a\u2028b\u2029c" });
    expect(json).toContain("a\\u2028b\\u2029c");
    expect(JSON.parse(json).name).toBe("a\u2028b\u2029c");
  });
});
