import type { FeedArticle, FeedChannel } from "@/lib/feeds";
import type { SiteSettings } from "@/lib/settings";
import { wibToEpoch } from "@/lib/time";
import type { ArticleSeoInput } from "./metadata";

// Test data with every character that breaks XML, HTML or a <script> element.

export const NASTY_TITLE = 'Harga "Cabai" & <Bawang> Naik ]]> </script><script>alert(1)</script>';

export const site: SiteSettings = {
  name: "Portal & <Berita>",
  tagline: "Berita terkini",
  url: "https://berita.example",
  socialLinks: { x: "https://x.com/portal" },
};

export const publishedAt = wibToEpoch("2025-06-18", "10:00");

export const feedArticle: FeedArticle = {
  id: 42,
  slug: "harga-cabai-naik",
  title: NASTY_TITLE,
  dek: "Harga cabai & bawang naik menjelang Iduladha.",
  body: {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "Harga naik ]]> tajam <hari ini>." }] },
      { type: "relatedArticle", attrs: { articleId: 7, pendingTitle: null } },
      { type: "image", attrs: { mediaId: 3, caption: "Pasar & pedagang", credit: "Antara" } },
    ],
  },
  bodyText: "Harga naik ]]> tajam <hari ini>.",
  datelinePlace: "Jakarta",
  kind: "berita",
  publishedAt,
  updatedAt: publishedAt + 3_600_000,
  category: { name: "Ekonomi & Bisnis", slug: "ekonomi" },
  hashtags: [
    { name: "harga<pangan>", slug: "hargapangan" },
    { name: "ekonomi", slug: "ekonomi" },
  ],
  credits: [
    { role: "pewarta", name: "Setiawan S.TH", authorSlug: "setiawan-s-th" },
    { role: "kontributor", name: "Andi <Tamu>", authorSlug: null },
    { role: "editor", name: "Rina Kartika", authorSlug: "rina-kartika" },
  ],
  image: { url: "/demo/ekonomi.jpg", width: 1600, height: 900, alt: "Pasar <tradisional>", mimeType: "image/jpeg" },
  related: [{ id: 7, title: "Inflasi & <pangan>", slug: "inflasi-pangan" }],
  bodyImages: [{ id: 3, url: "/media/pasar.jpg", width: 1200, height: 900, alt: "Pasar" }],
  corrections: [],
};

export const siteChannel: FeedChannel = {
  site,
  subject: "",
  description: "Berita & analisis",
  pagePath: "/",
  feedPath: "/rss.xml",
  articleIds: [42],
};

export const seoArticle: ArticleSeoInput = {
  ...feedArticle,
  image: { url: "/demo/ekonomi.jpg", width: 1600, height: 900, alt: "Pasar" },
};
