import { ARTICLE_KINDS, type ArticleKind } from "@/db/schema";
import type { ArticleBody } from "@/lib/body/schema";

// What a story is. Readers see the kind on cards, the article heading and in RSS (a Berita, the
// default, carries no label). An Advertorial is sponsored content: Pedoman Pemberitaan Media Siber
// asks that it be marked as such, so it is labelled everywhere, its outbound links are
// rel="sponsored", it stays out of the Google News sitemap and its JSON-LD is not a NewsArticle.

export { ARTICLE_KINDS, type ArticleKind };

export const DEFAULT_KIND: ArticleKind = "berita";

export const KIND_LABELS: Record<ArticleKind, string> = {
  berita: "Berita",
  opini: "Opini",
  advertorial: "Advertorial",
  "rilis-pers": "Rilis Pers",
  foto: "Foto",
  video: "Video",
  live: "Live",
};

/** The label readers see, or null for a plain news story. */
export function kindLabel(kind: ArticleKind): string | null {
  return kind === DEFAULT_KIND ? null : KIND_LABELS[kind];
}

/** Paid-for content, as the Pedoman asks it to be marked. */
export const SPONSORED_KINDS: readonly ArticleKind[] = ["advertorial"];

export function isSponsored(kind: ArticleKind): boolean {
  return SPONSORED_KINDS.includes(kind);
}

/** The schema.org type of the story's structured data. */
export function structuredDataType(kind: ArticleKind): string {
  switch (kind) {
    case "advertorial":
      return "AdvertiserContentArticle";
    case "opini":
      return "OpinionNewsArticle";
    case "rilis-pers":
      // A company's or an agency's own text, published as it came: an article, not the newsroom's news.
      return "Article";
    case "live":
      return "LiveBlogPosting";
    default:
      return "NewsArticle";
  }
}

/**
 * A Video story leads with its first embed, a Foto story with its first gallery, in place of the
 * featured image: that block's index in the body (rendered at the top, not again in the text), or -1.
 */
export function leadMediaIndex(kind: ArticleKind, body: ArticleBody): number {
  const leadType = kind === "video" ? "embed" : kind === "foto" ? "gallery" : null;
  return leadType === null ? -1 : body.content.findIndex((block) => block.type === leadType);
}
