import { absoluteUrl } from "./absolute-url";

/** Width social networks and Google Discover want for a large preview. */
export const LARGE_IMAGE_MIN_WIDTH = 1200;

export const SHARE_CARD_FORMATS = {
  og: { width: 1200, height: 630 },
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
} as const;
export type ShareCardFormat = keyof typeof SHARE_CARD_FORMATS;

export function isShareCardFormat(value: string): value is ShareCardFormat {
  return Object.hasOwn(SHARE_CARD_FORMATS, value);
}

/**
 * Path of an article's generated share card. Keyed by id so a new slug keeps it; the version
 * (the article's last change) makes social networks fetch it again after an edit.
 */
export function shareCardPath(articleId: number, format: ShareCardFormat, version?: number): string {
  return `/og/berita/${articleId}/${format}${version ? `?v=${version}` : ""}`;
}

export type ImageLike = { url: string; width: number; height: number; alt: string };
export type ResolvedImage = { url: string; width: number; height: number; alt: string };

/** The image for og:image and twitter:image: the featured photo when it is large enough, else the generated card. */
export function articleShareImage(
  siteUrl: string,
  article: { id: number; title: string; publishedAt: number; updatedAt: number | null; image: ImageLike | null },
): ResolvedImage {
  if (article.image && article.image.width >= LARGE_IMAGE_MIN_WIDTH) {
    return { ...article.image, url: absoluteUrl(siteUrl, article.image.url) };
  }
  return {
    url: absoluteUrl(siteUrl, shareCardPath(article.id, "og", article.updatedAt ?? article.publishedAt)),
    ...SHARE_CARD_FORMATS.og,
    alt: article.title,
  };
}
