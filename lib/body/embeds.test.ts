import { describe, expect, it } from "vitest";
import {
  EMBED_PROVIDERS,
  embedCanonicalUrl,
  embedFrameUrl,
  embedLinkText,
  embedSummary,
  embedThumbnail,
  isValidEmbedId,
  parseEmbedUrl,
  type EmbedRef,
} from "./embeds";

describe("parseEmbedUrl", () => {
  it.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", { provider: "youtube", id: "dQw4w9WgXcQ" }],
    ["https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s", { provider: "youtube", id: "dQw4w9WgXcQ" }],
    ["  https://m.youtube.com/watch?v=dQw4w9WgXcQ\n", { provider: "youtube", id: "dQw4w9WgXcQ" }],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", { provider: "youtube", id: "dQw4w9WgXcQ" }],
    ["https://www.youtube.com/shorts/aB3_-x9Zz0Q", { provider: "youtube", id: "aB3_-x9Zz0Q" }],
    ["HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ", { provider: "youtube", id: "dQw4w9WgXcQ" }],
    ["https://www.instagram.com/p/C1a2B3c4D5e/", { provider: "instagram", id: "C1a2B3c4D5e" }],
    ["https://instagram.com/reel/C1a2B3c4D5e?igsh=xyz", { provider: "instagram", id: "C1a2B3c4D5e" }],
    ["https://x.com/kompascom/status/1790000000000000000", { provider: "x", id: "1790000000000000000" }],
    ["https://twitter.com/jack/status/20?s=20", { provider: "x", id: "20" }],
    ["https://www.tiktok.com/@pengguna.1/video/7300000000000000000", { provider: "tiktok", id: "7300000000000000000" }],
    ["https://www.facebook.com/kompas.tv/videos/1234567890123456/", { provider: "facebook", id: "1234567890123456" }],
  ])("reads %s", (url, expected) => {
    expect(parseEmbedUrl(url)).toEqual(expected);
  });

  it.each([
    "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
    "data:text/html,https://youtu.be/dQw4w9WgXcQ",
    "ftp://youtube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://evil-youtube.com/watch?v=dQw4w9WgXcQ",
    "https://notyoutube.com/watch?v=dQw4w9WgXcQ",
    "https://youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
    "https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/watch?v=dQw4w9WgXc",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
    "https://www.youtube.com/watch?v=dQw4w9Wg%22Q",
    "https://www.youtube.com/watch?v=<script>xx",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/shorts/dQw4w9WgXcQ/extra",
    "https://youtu.be/",
    "https://www.instagram.com/p/abc%2F..%2Fx/",
    "https://www.instagram.com/stories/someone/123/",
    "https://x.com/kompascom/status/17900abc",
    "https://x.com/kompascom/status/",
    "https://x.com.evil.example/kompascom/status/1790000000000000000",
    "https://www.tiktok.com/@u/video/73000000000000000000000000000",
    "https://www.tiktok.com/video/7300000000000000000",
    "https://fb.watch/abcdef/",
    "https://www.facebook.com/kompas.tv/videos/12ab/",
    "https://vimeo.com/123456",
    "youtube.com/watch?v=dQw4w9WgXcQ",
    "lihat https://youtu.be/dQw4w9WgXcQ",
    "",
  ])("refuses %s", (url) => {
    expect(parseEmbedUrl(url)).toBeNull();
  });
});

describe("isValidEmbedId", () => {
  it("holds each provider to its own id shape", () => {
    expect(isValidEmbedId("youtube", "dQw4w9WgXcQ")).toBe(true);
    expect(isValidEmbedId("youtube", "dQw4w9WgXc\n")).toBe(false);
    expect(isValidEmbedId("x", "dQw4w9WgXcQ")).toBe(false);
    expect(isValidEmbedId("instagram", "a/b/c/d/e")).toBe(false);
    expect(isValidEmbedId("facebook", "123 456")).toBe(false);
  });
});

describe("addresses built back from provider and id", () => {
  const refs: Record<(typeof EMBED_PROVIDERS)[number], EmbedRef> = {
    youtube: { provider: "youtube", id: "dQw4w9WgXcQ" },
    instagram: { provider: "instagram", id: "C1a2B3c4D5e" },
    x: { provider: "x", id: "1790000000000000000" },
    tiktok: { provider: "tiktok", id: "7300000000000000000" },
    facebook: { provider: "facebook", id: "1234567890123456" },
  };

  it("links each post and its player", () => {
    expect(EMBED_PROVIDERS.map((provider) => [embedCanonicalUrl(refs[provider]), embedFrameUrl(refs[provider])])).toEqual([
      ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"],
      ["https://www.instagram.com/p/C1a2B3c4D5e/", "https://www.instagram.com/p/C1a2B3c4D5e/embed"],
      ["https://x.com/i/status/1790000000000000000", "https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000"],
      ["https://www.tiktok.com/embed/v2/7300000000000000000", "https://www.tiktok.com/embed/v2/7300000000000000000"],
      ["https://www.facebook.com/watch/?v=1234567890123456", "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D1234567890123456"],
    ]);
  });

  it("reads its own YouTube and Instagram addresses back", () => {
    for (const provider of ["youtube", "instagram"] as const) expect(parseEmbedUrl(embedCanonicalUrl(refs[provider]))).toEqual(refs[provider]);
  });

  it("has a still for YouTube only, and names every post", () => {
    expect(embedThumbnail(refs.youtube)).toEqual({ src: "https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg", width: 480, height: 360 });
    expect(embedThumbnail(refs.x)).toBeNull();
    expect(embedLinkText("youtube")).toBe("Tonton video di YouTube");
    expect(embedLinkText("instagram")).toBe("Lihat unggahan di Instagram");
    expect(embedSummary(refs.youtube)).toBe("Video YouTube: dQw4w9WgXcQ");
    expect(embedSummary(refs.x)).toBe("Unggahan X: 1790000000000000000");
  });
});
