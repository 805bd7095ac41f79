// Posts from other platforms shown in an article body. A body keeps only the provider and the post's
// id, never a URL or markup from the writer: every address (the link readers follow, the frame the
// reader page loads on click) is built here from those two, so nothing pasted reaches a page as is.
// Pure: the editor (client), the schema and the renderers all use it.

export const EMBED_PROVIDERS = ["youtube", "instagram", "x", "tiktok", "facebook"] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export type EmbedRef = { provider: EmbedProvider; id: string };

export const EMBED_PROVIDER_LABELS: Record<EmbedProvider, string> = {
  youtube: "YouTube",
  instagram: "Instagram",
  x: "X",
  tiktok: "TikTok",
  facebook: "Facebook",
};

/** Each provider's id, exactly: anything else is refused by the schema. */
export const EMBED_ID_PATTERNS: Record<EmbedProvider, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  instagram: /^[A-Za-z0-9_-]{5,64}$/,
  x: /^[0-9]{1,25}$/,
  tiktok: /^[0-9]{1,25}$/,
  facebook: /^[0-9]{1,25}$/,
};

export function isEmbedProvider(value: string): value is EmbedProvider {
  return (EMBED_PROVIDERS as readonly string[]).includes(value);
}

export function isValidEmbedId(provider: EmbedProvider, id: string): boolean {
  return EMBED_ID_PATTERNS[provider].test(id);
}

// Hosts are matched whole (never by suffix or prefix), so youtube.com.evil.example is no YouTube.
const HOSTS: Record<EmbedProvider, readonly string[]> = {
  youtube: ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"],
  instagram: ["instagram.com", "www.instagram.com"],
  x: ["x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com"],
  tiktok: ["tiktok.com", "www.tiktok.com", "m.tiktok.com"],
  facebook: ["facebook.com", "www.facebook.com", "m.facebook.com", "web.facebook.com"],
};

/** The post's id from its path (and query, for YouTube's watch page), or null. */
const ID_FROM_PATH: Record<EmbedProvider, (url: URL) => string | null> = {
  youtube: (url) => {
    if (url.hostname === "youtu.be") return match(url.pathname, /^\/([^/]+)\/?$/);
    if (url.pathname === "/watch") return url.searchParams.get("v");
    return match(url.pathname, /^\/shorts\/([^/]+)\/?$/);
  },
  instagram: (url) => match(url.pathname, /^\/(?:p|reel)\/([^/]+)\/?$/),
  x: (url) => match(url.pathname, /^\/[A-Za-z0-9_]{1,15}\/status\/([^/]+)\/?$/),
  tiktok: (url) => match(url.pathname, /^\/@[A-Za-z0-9_.]{1,32}\/video\/([^/]+)\/?$/),
  facebook: (url) => match(url.pathname, /^\/[A-Za-z0-9.-]{1,80}\/videos\/([^/]+)\/?$/),
};

function match(path: string, pattern: RegExp): string | null {
  return pattern.exec(path)?.[1] ?? null;
}

/** The post a pasted address points to, or null when it is not a post of a supported provider. */
export function parseEmbedUrl(input: string): EmbedRef | null {
  const text = input.trim();
  if (!URL.canParse(text)) return null;
  const url = new URL(text);
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return null;
  const hostname = url.hostname.toLowerCase();
  for (const provider of EMBED_PROVIDERS) {
    if (!HOSTS[provider].includes(hostname)) continue;
    const id = ID_FROM_PATH[provider](url);
    return id !== null && isValidEmbedId(provider, id) ? { provider, id } : null;
  }
  return null;
}

/** The post's own page: the link readers follow without JavaScript and in feeds. */
export function embedCanonicalUrl({ provider, id }: EmbedRef): string {
  switch (provider) {
    case "youtube":
      return `https://www.youtube.com/watch?v=${id}`;
    case "instagram":
      return `https://www.instagram.com/p/${id}/`;
    case "x":
      return `https://x.com/i/status/${id}`;
    case "tiktok":
      // A TikTok post's page needs its author's name, which the body does not keep; the player page does not.
      return `https://www.tiktok.com/embed/v2/${id}`;
    case "facebook":
      return `https://www.facebook.com/watch/?v=${id}`;
  }
}

/** The provider's player, loaded into a frame only when a reader asks for it. */
export function embedFrameUrl(ref: EmbedRef): string {
  switch (ref.provider) {
    case "youtube":
      return `https://www.youtube-nocookie.com/embed/${ref.id}?autoplay=1`;
    case "instagram":
      return `https://www.instagram.com/p/${ref.id}/embed`;
    case "x":
      return `https://platform.twitter.com/embed/Tweet.html?id=${ref.id}`;
    case "tiktok":
      return `https://www.tiktok.com/embed/v2/${ref.id}`;
    case "facebook":
      return `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(embedCanonicalUrl(ref))}`;
  }
}

/** A still of the post, where the provider offers one at a fixed address (YouTube only). */
export function embedThumbnail({ provider, id }: EmbedRef): { src: string; width: number; height: number } | null {
  return provider === "youtube" ? { src: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`, width: 480, height: 360 } : null;
}

/** The link's words when the writer gave the embed no title. */
export function embedLinkText(provider: EmbedProvider): string {
  return `${isVideo(provider) ? "Tonton video" : "Lihat unggahan"} di ${EMBED_PROVIDER_LABELS[provider]}`;
}

/** "Video YouTube: <id>": the editor's box and revision diffs name an embed so. */
export function embedSummary({ provider, id }: EmbedRef): string {
  return `${isVideo(provider) ? "Video" : "Unggahan"} ${EMBED_PROVIDER_LABELS[provider]}: ${id}`;
}

/** Instagram and X posts may be photos or text; the others are always videos. */
function isVideo(provider: EmbedProvider): boolean {
  return provider === "youtube" || provider === "tiktok" || provider === "facebook";
}
