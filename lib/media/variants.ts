// @NOTE Where an uploaded image's files live and which exist. An upload is stored once, at fixed
// widths in three formats, under a key derived from its bytes, so a URL never changes meaning and
// can be cached for a year. `media.url` names the widest JPEG: a real file that any consumer (feeds,
// sitemaps, og:image) can use as is; the other widths follow from its width (variantWidths).
// Pure and without server imports: the newsroom's client islands use it for thumbnails.

/** Widths generated for each upload (never wider than the original). Changing it means regenerating stored media. */
export const MEDIA_WIDTHS = [400, 800, 1200, 1600] as const;
export const MAX_MEDIA_WIDTH = MEDIA_WIDTHS.at(-1)!;

export const MEDIA_FORMATS = { avif: "image/avif", webp: "image/webp", jpg: "image/jpeg" } as const;
export type MediaFormat = keyof typeof MEDIA_FORMATS;

export const MEDIA_URL_PREFIX = "/media/";
const KEY = /^[0-9a-f]{32}$/;
const FILE = /^([1-9][0-9]{1,4})\.(avif|webp|jpg)$/;
const UPLOADED_URL = /^\/media\/([0-9a-f]{32})\/([1-9][0-9]{1,4})\.jpg$/;

export type MediaFile = { key: string; width: number; format: MediaFormat };

/** The widths stored for an upload whose widest file is `widest` pixels wide, narrowest first. */
export function variantWidths(widest: number): number[] {
  return [...MEDIA_WIDTHS.filter((width) => width < widest), widest];
}

export function mediaFileUrl(file: MediaFile): string {
  return `${MEDIA_URL_PREFIX}${file.key}/${file.width}.${file.format}`;
}

/** The file a `/media/<key>/<width>.<format>` path names, or null for anything else (no other path is ever served). */
export function parseMediaFilePath(segments: readonly string[]): MediaFile | null {
  if (segments.length !== 2) return null;
  const [key, name] = segments as [string, string];
  const match = FILE.exec(name);
  if (!KEY.test(key) || !match) return null;
  return { key, width: Number(match[1]), format: match[2] as MediaFormat };
}

/** An uploaded image's key and widest width, from its `media.url`; null for anything else (the demo images in public/). */
export function uploadedMedia(url: string): { key: string; width: number } | null {
  const match = UPLOADED_URL.exec(url);
  return match ? { key: match[1]!, width: Number(match[2]) } : null;
}

export type ResponsiveSources = { avif: string; webp: string; jpg: string; src: string };

/** `srcset` per format for an uploaded image, or null when the URL is not an upload. */
export function responsiveSources(url: string): ResponsiveSources | null {
  const upload = uploadedMedia(url);
  if (!upload) return null;
  const srcSet = (format: MediaFormat) =>
    variantWidths(upload.width)
      .map((width) => `${mediaFileUrl({ key: upload.key, width, format })} ${width}w`)
      .join(", ");
  return { avif: srcSet("avif"), webp: srcSet("webp"), jpg: srcSet("jpg"), src: url };
}

/** A small version for lists and pickers: the narrowest WebP of an upload, the image itself otherwise. */
export function thumbnailUrl(url: string): string {
  const upload = uploadedMedia(url);
  return upload ? mediaFileUrl({ key: upload.key, width: variantWidths(upload.width)[0]!, format: "webp" }) : url;
}
