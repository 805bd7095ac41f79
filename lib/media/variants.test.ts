import { describe, expect, it } from "vitest";
import { parseMediaFilePath, responsiveSources, thumbnailUrl, uploadedMedia, variantWidths } from "./variants";

const key = "0123456789abcdef0123456789abcdef";

describe("media variants", () => {
  it("lists the stored widths, never wider than the upload", () => {
    expect(variantWidths(1600)).toEqual([400, 800, 1200, 1600]);
    expect(variantWidths(1000)).toEqual([400, 800, 1000]);
    expect(variantWidths(300)).toEqual([300]);
  });

  it("builds a srcset per format for an upload, and nothing for a demo image", () => {
    expect(responsiveSources(`/media/${key}/1000.jpg`)).toEqual({
      avif: `/media/${key}/400.avif 400w, /media/${key}/800.avif 800w, /media/${key}/1000.avif 1000w`,
      webp: `/media/${key}/400.webp 400w, /media/${key}/800.webp 800w, /media/${key}/1000.webp 1000w`,
      jpg: `/media/${key}/400.jpg 400w, /media/${key}/800.jpg 800w, /media/${key}/1000.jpg 1000w`,
      src: `/media/${key}/1000.jpg`,
    });
    expect(responsiveSources("/demo/nasional.jpg")).toBeNull();
    expect(uploadedMedia(`https://elsewhere.example/media/${key}/1000.jpg`)).toBeNull();
    expect(thumbnailUrl(`/media/${key}/1000.jpg`)).toBe(`/media/${key}/400.webp`);
    expect(thumbnailUrl("/demo/nasional.jpg")).toBe("/demo/nasional.jpg");
  });

  it("accepts only /media/<key>/<width>.<avif|webp|jpg>", () => {
    expect(parseMediaFilePath([key, "800.webp"])).toEqual({ key, width: 800, format: "webp" });
    for (const segments of [[key], [key, "800.png"], [key, "0800.jpg"], [key, "800.jpg", "x"], ["..", "800.jpg"], [key.toUpperCase(), "800.jpg"], [key, "8.jpg"]]) {
      expect(parseMediaFilePath(segments), segments.join("/")).toBeNull();
    }
  });
});
