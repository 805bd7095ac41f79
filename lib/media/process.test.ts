import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Refusal } from "@/lib/newsroom/refusal";
import { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./limits";
import { mediaFileLocation, processUpload, sniffImageType } from "./process";
import { testImage, temporaryMediaDir } from "./testing";
import { MEDIA_FORMATS, variantWidths, type MediaFormat } from "./variants";

let media: ReturnType<typeof temporaryMediaDir>;
beforeEach(() => {
  media = temporaryMediaDir();
});
afterEach(() => media.remove());

async function refusal(bytes: Uint8Array): Promise<Refusal> {
  const error = await processUpload(bytes).then(
    () => new Error("expected a refusal"),
    (caught: unknown) => caught,
  );
  if (!(error instanceof Refusal)) throw error;
  return error;
}

/** Everything under MEDIA_DIR: a refusal must leave nothing behind, not even a scratch folder. */
const storedEntries = () => readdirSync(media.dir);

// Encoding 12 files per upload takes a few seconds when the whole suite shares two cores.
describe("processUpload", { timeout: 30_000 }, () => {
  it.each(["jpeg", "png", "webp"] as const)("stores a good %s at every width up to 1600 in AVIF, WebP and JPEG", async (format) => {
    const image = await processUpload(await testImage(format, 1800, 1200));
    expect(image).toMatchObject({ width: 1600, height: 1067, url: { key: image.key, width: 1600, format: "jpg" } });
    expect(image.key).toMatch(/^[0-9a-f]{32}$/);
    for (const width of [400, 800, 1200, 1600]) {
      for (const [ext, mime] of Object.entries(MEDIA_FORMATS) as [MediaFormat, string][]) {
        const file = mediaFileLocation({ key: image.key, width, format: ext });
        const meta = await sharp(file).metadata();
        expect(meta.width, `${width}.${ext}`).toBe(width);
        expect(`image/${meta.format === "heif" ? "avif" : meta.format}`).toBe(mime);
      }
    }
    expect(image.byteSize).toBeGreaterThan(0);
  });

  it("never upscales: a 640-pixel image gets 400 and 640", async () => {
    const image = await processUpload(await testImage("jpeg", 640, 480));
    expect(image).toMatchObject({ width: 640, height: 480 });
    expect(variantWidths(image.width)).toEqual([400, 640]);
    expect(existsSync(mediaFileLocation({ key: image.key, width: 800, format: "jpg" }))).toBe(false);
    expect(existsSync(mediaFileLocation({ key: image.key, width: 640, format: "avif" }))).toBe(true);
  });

  it("turns the picture upright by its EXIF orientation and strips every piece of metadata", async () => {
    const sideways = await sharp(await testImage("jpeg", 600, 400))
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Copyright: "Rahasia" }, IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 10/1 0/1" } })
      .toBuffer();
    expect(await sharp(sideways).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) });
    const image = await processUpload(sideways);
    expect(image).toMatchObject({ width: 400, height: 600 });
    for (const format of ["jpg", "webp", "avif"] as const) {
      const meta = await sharp(mediaFileLocation({ key: image.key, width: 400, format })).metadata();
      expect(meta.exif, format).toBeUndefined();
      expect(meta.orientation, format).toBeUndefined();
      expect(meta.height, format).toBe(600);
    }
  });

  it("flattens transparency onto white for the JPEG and keeps it in WebP", async () => {
    const image = await processUpload(await testImage("png", 500, 500, { alpha: true }));
    expect((await sharp(mediaFileLocation({ key: image.key, width: 500, format: "jpg" })).metadata()).hasAlpha).toBe(false);
    expect((await sharp(mediaFileLocation({ key: image.key, width: 500, format: "webp" })).metadata()).hasAlpha).toBe(true);
  });

  it("judges the type by content: a PNG named .jpg is stored as the PNG it is", async () => {
    const png = await testImage("png", 300, 200);
    const file = new File([new Uint8Array(png)], "foto.jpg", { type: "image/jpeg" });
    expect(sniffImageType(new Uint8Array(await file.arrayBuffer()))).toBe("png");
    await expect(processUpload(new Uint8Array(await file.arrayBuffer()))).resolves.toMatchObject({ width: 300, height: 200 });
  });

  it("stores the same bytes once: a second upload reuses the files", async () => {
    const bytes = await testImage("webp", 500, 300);
    const first = await processUpload(bytes);
    const second = await processUpload(bytes);
    expect(second.key).toBe(first.key);
    expect(readdirSync(join(media.dir, first.key.slice(0, 2)))).toEqual([first.key]);
    expect(storedEntries()).toEqual([first.key.slice(0, 2)]);
  });

  it("refuses a file that is not an image", async () => {
    const error = await refusal(new TextEncoder().encode("%PDF-1.7\nini bukan gambar"));
    expect(error).toMatchObject({ reason: "invalid", field: "file", message: UPLOAD_MESSAGES.notImage });
    expect(storedEntries()).toEqual([]);
  });

  it("refuses a truncated JPEG by decoding it completely", async () => {
    const jpeg = await testImage("jpeg", 1200, 800);
    const error = await refusal(jpeg.subarray(0, Math.floor(jpeg.length / 2)));
    expect(error.message).toBe(UPLOAD_MESSAGES.corrupt);
    expect(storedEntries()).toEqual([]);
  });

  it("refuses a PNG with a corrupt body", async () => {
    const png = Buffer.from(await testImage("png", 400, 300));
    png.fill(0x42, 100, 300);
    expect((await refusal(png)).message).toBe(UPLOAD_MESSAGES.corrupt);
  });

  it("refuses a 50 MB file before decoding anything", async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set(await testImage("jpeg", 200, 200));
    const error = await refusal(big);
    expect(big.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
    expect(error.message).toMatch(/^Berkas terlalu besar \(50 MB\)\. Ukuran maksimal 15 MB\.$/);
    expect(storedEntries()).toEqual([]);
  });

  it("refuses an SVG, with or without a script, and says why", async () => {
    for (const svg of [
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><script>alert(document.cookie)</script><rect width="400" height="400"/></svg>',
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="400" height="400"/>',
    ]) {
      expect((await refusal(new TextEncoder().encode(svg))).message).toBe(UPLOAD_MESSAGES.svg);
    }
    expect(storedEntries()).toEqual([]);
  });

  it("refuses a GIF even when it is named .png", async () => {
    const gif = await sharp(await testImage("png", 200, 200)).gif().toBuffer();
    expect((await refusal(gif)).message).toBe(UPLOAD_MESSAGES.notImage);
  });

  it("refuses a decompression bomb by its claimed pixel count", async () => {
    // 8 000 × 8 000 of one colour compresses to a small PNG that would decode to 192 MB.
    const bomb = await sharp({ create: { width: 8_000, height: 8_000, channels: 3, background: "#fff" } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(MAX_UPLOAD_BYTES);
    expect(8_000 * 8_000).toBeGreaterThan(MAX_INPUT_PIXELS);
    expect((await refusal(bomb)).message).toBe(UPLOAD_MESSAGES.tooManyPixels);
    expect(storedEntries()).toEqual([]);
  });

  it("refuses an empty file and a tiny one", async () => {
    expect((await refusal(new Uint8Array())).message).toBe(UPLOAD_MESSAGES.empty);
    expect((await refusal(await testImage("png", 40, 40))).message).toBe(UPLOAD_MESSAGES.tooSmall);
  });
});
