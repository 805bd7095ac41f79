import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp, { type OutputInfo, type Sharp } from "sharp";
import { Refusal } from "@/lib/newsroom/refusal";
import { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, MIN_DIMENSION, UPLOAD_MESSAGES } from "./limits";
import { mediaDir } from "./storage";
import { MAX_MEDIA_WIDTH, variantWidths, type MediaFile, type MediaFormat } from "./variants";

// @NOTE Every upload is untrusted. It is identified by its bytes (never its name or the browser's
// content type), decoded completely by libvips under a pixel limit before anything is written (a
// truncated or corrupt file fails the decode), turned upright by its EXIF orientation, and re-encoded
// from decoded pixels, so nothing of the original file (EXIF, GPS, ICC, comments, trailing data) is
// kept. The original is not stored.

/** A stored file on disk; keys are spread over 256 folders so none grows huge. */
export function mediaFileLocation(file: MediaFile): string {
  return join(/*turbopackIgnore: true*/ mediaDir(), file.key.slice(0, 2), file.key, `${file.width}.${file.format}`);
}

function keyFolder(key: string): string {
  return join(/*turbopackIgnore: true*/ mediaDir(), key.slice(0, 2), key);
}

type ImageType = "jpeg" | "png" | "webp";

class UploadRejected extends Refusal {
  constructor(message: string, readonly logReason: string) {
    super("invalid", message, "file");
  }
}

/** JPEG, PNG or WebP by their signatures; anything else is null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString("latin1");
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  return null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || head.startsWith("<!doctype svg");
}

export type ProcessedImage = {
  key: string;
  /** The widest JPEG, which `media.url` names. */
  url: MediaFile;
  width: number;
  height: number;
  byteSize: number;
};

const ENCODERS: Record<MediaFormat, (image: Sharp, hasAlpha: boolean) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 78 }),
  jpg: (image, hasAlpha) => (hasAlpha ? image.flatten({ background: "#ffffff" }) : image).jpeg({ quality: 80, mozjpeg: true }),
};

/** Checks an upload by its content and stores its sizes; refuses (nothing stored) anything that is not a sound JPEG, PNG or WebP. */
export async function processUpload(bytes: Uint8Array): Promise<ProcessedImage> {
  if (bytes.length === 0) throw new UploadRejected(UPLOAD_MESSAGES.empty, "empty file");
  if (bytes.length > MAX_UPLOAD_BYTES) throw new UploadRejected(UPLOAD_MESSAGES.tooLarge(bytes.length), `${bytes.length} bytes`);
  const type = sniffImageType(bytes);
  if (!type) {
    if (looksLikeSvg(bytes)) throw new UploadRejected(UPLOAD_MESSAGES.svg, "SVG");
    throw new UploadRejected(UPLOAD_MESSAGES.notImage, "unknown signature");
  }
  return decodeAndStore(bytes, type);
}

async function decodeAndStore(bytes: Uint8Array, type: ImageType): Promise<ProcessedImage> {
  // One sharp instance reads the upload's buffer in place for both the header and the decode.
  const input = sharp(bytes, { failOn: "warning", limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true });
  let decoded: { data: Buffer; info: OutputInfo };
  try {
    const metadata = await input.metadata();
    if (metadata.format !== type) throw new UploadRejected(UPLOAD_MESSAGES.notImage, `signature ${type} but decoder says ${metadata.format}`);
    if ((metadata.width ?? 0) < MIN_DIMENSION || (metadata.height ?? 0) < MIN_DIMENSION) {
      throw new UploadRejected(UPLOAD_MESSAGES.tooSmall, `${metadata.width}x${metadata.height}`);
    }
    // The whole image is decoded here: a truncated or corrupt file fails now, before anything is written.
    decoded = await input
      .resize({ width: MAX_MEDIA_WIDTH, withoutEnlargement: true })
      .toColourspace("srgb")
      .raw({ depth: "uchar" })
      .toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof UploadRejected) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(reason)) throw new UploadRejected(UPLOAD_MESSAGES.tooManyPixels, reason);
    throw new UploadRejected(UPLOAD_MESSAGES.corrupt, reason);
  }

  const { data, info } = decoded;
  const key = createHash("sha256").update(bytes).digest("hex").slice(0, 32);
  const hasAlpha = info.channels === 2 || info.channels === 4;
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

  // Written to a scratch folder and moved into place whole: a reader never sees half an upload.
  const folder = keyFolder(key);
  const scratch = join(/*turbopackIgnore: true*/ mediaDir(), `.upload-${randomUUID()}`);
  await mkdir(scratch, { recursive: true });
  let widestJpegBytes = 0;
  try {
    for (const width of variantWidths(info.width)) {
      for (const [format, encode] of Object.entries(ENCODERS) as [MediaFormat, (typeof ENCODERS)[MediaFormat]][]) {
        const resized = width === info.width ? pixels() : pixels().resize({ width });
        const output = await encode(resized, hasAlpha).toBuffer();
        await writeFile(join(/*turbopackIgnore: true*/ scratch, `${width}.${format}`), output);
        if (format === "jpg" && width === info.width) widestJpegBytes = output.length;
      }
    }
    await mkdir(dirname(folder), { recursive: true });
    await rename(scratch, folder).catch(async (error: NodeJS.ErrnoException) => {
      // The same bytes were uploaded before: their files are already in place.
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
      await rm(scratch, { recursive: true, force: true });
    });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }

  return {
    key,
    url: { key, width: info.width, format: "jpg" },
    width: info.width,
    height: info.height,
    byteSize: widestJpegBytes,
  };
}

/** The English reason an upload was refused, for the server log. */
export function uploadRejectionReason(error: unknown): string | null {
  return error instanceof UploadRejected ? error.logReason : null;
}
