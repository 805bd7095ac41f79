import { describe, expect, it } from "vitest";
import { seoArticle, site } from "./fixtures";
import {
  articleDescription,
  articleMetadata,
  authorMetadata,
  categoryMetadata,
  hashtagMetadata,
  homeMetadata,
  newsroomMetadata,
  searchMetadata,
  siteMetadata,
} from "./metadata";

describe("article metadata", () => {
  const metadata = articleMetadata(site, seoArticle);

  it("has an absolute canonical URL and a large image preview for robots", () => {
    expect(metadata.alternates?.canonical).toBe("https://berita.example/berita/harga-cabai-naik");
    expect(metadata.robots).toMatchObject({ index: true, follow: true, "max-image-preview": "large", googleBot: { "max-image-preview": "large" } });
  });

  it("has Open Graph article fields with +07:00 times, section and tags", () => {
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      url: "https://berita.example/berita/harga-cabai-naik",
      siteName: site.name,
      locale: "id_ID",
      publishedTime: "2025-06-18T10:00:00+07:00",
      modifiedTime: "2025-06-18T11:00:00+07:00",
      section: "Ekonomi & Bisnis",
      tags: ["harga<pangan>", "ekonomi"],
      authors: ["https://berita.example/penulis/setiawan-s-th", "Andi <Tamu>"],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("shares the featured photo when it is 1200 px wide or more, else the generated card", () => {
    expect(metadata.openGraph?.images).toEqual([{ url: "https://berita.example/demo/ekonomi.jpg", width: 1600, height: 900, alt: "Pasar" }]);
    const small = articleMetadata(site, { ...seoArticle, image: { url: "/media/kecil.jpg", width: 800, height: 450, alt: "" } });
    const none = articleMetadata(site, { ...seoArticle, image: null });
    for (const m of [small, none]) {
      expect(m.openGraph?.images).toEqual([
        { url: `https://berita.example/og/berita/42/og?v=${seoArticle.updatedAt}`, width: 1200, height: 630, alt: seoArticle.title },
      ]);
    }
  });

  it("advertises the site feed and the category feed", () => {
    expect(metadata.alternates?.types).toEqual({
      "application/rss+xml": [
        { title: site.name, url: "https://berita.example/rss.xml" },
        { title: `Ekonomi & Bisnis | ${site.name}`, url: "https://berita.example/kategori/ekonomi/rss.xml" },
      ],
    });
  });

  it("prefers the SEO title and description, then the dek, then the body's first sentence", () => {
    expect(articleMetadata(site, { ...seoArticle, seoTitle: "Judul SEO", seoDescription: "Deskripsi SEO" })).toMatchObject({
      title: "Judul SEO",
      description: "Deskripsi SEO",
    });
    expect(metadata.description).toBe(seoArticle.dek);
    expect(articleDescription({ ...seoArticle, dek: null, bodyText: undefined })).toBe("Harga naik ]]> tajam <hari ini>.");
  });
});

describe("listing metadata", () => {
  it("makes every page of a listing canonical to itself, with prev and next links", () => {
    const page2 = hashtagMetadata(site, { name: "banjir", slug: "banjir" }, 2, 3);
    expect(page2.alternates?.canonical).toBe("https://berita.example/tag/banjir?page=2");
    expect(page2.title).toBe("#banjir - Halaman 2");
    expect(page2.pagination).toEqual({ previous: "https://berita.example/tag/banjir", next: "https://berita.example/tag/banjir?page=3" });
    expect(hashtagMetadata(site, { name: "banjir", slug: "banjir" }).alternates?.canonical).toBe("https://berita.example/tag/banjir");
  });

  it("advertises a category's own feed", () => {
    const types = categoryMetadata(site, { name: "Nasional", slug: "nasional" }).alternates?.types as Record<string, { url: string }[]>;
    expect(types["application/rss+xml"]!.map((f) => f.url)).toEqual([
      "https://berita.example/kategori/nasional/rss.xml",
      "https://berita.example/rss.xml",
    ]);
  });

  it("gives author pages a profile type", () => {
    expect(authorMetadata(site, { name: "Setiawan", slug: "setiawan" }).openGraph).toMatchObject({ type: "profile", url: "https://berita.example/penulis/setiawan" });
  });
});

describe("site, home, search and newsroom metadata", () => {
  it("sets the title template and metadataBase from the settings", () => {
    const metadata = siteMetadata(site);
    expect(metadata.title).toEqual({ default: site.name, template: `%s | ${site.name}` });
    expect(metadata.metadataBase?.toString()).toBe("https://berita.example/");
  });

  it("gives the home page an absolute title and canonical /", () => {
    expect(homeMetadata(site)).toMatchObject({ title: { absolute: `${site.name} - Berita terkini` }, alternates: { canonical: "https://berita.example/" } });
  });

  it("keeps search results and the newsroom out of the index", () => {
    expect(searchMetadata("banjir").robots).toEqual({ index: false, follow: true });
    expect(newsroomMetadata().robots).toMatchObject({ index: false, follow: false });
  });
});
