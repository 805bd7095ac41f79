import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT_BYTES } from "./lib/server/action-body";

const nextConfig: NextConfig = {
  // Lets parallel builds (a second checkout's tests, the benchmark) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Pages and data cached in memory only, invalidated by tag (see lib/cache/page-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Compression is done once per cached page by lib/server/gzip-response.ts, in front of Next, which
  // also gives a cached page its ETag (its stored version: lib/cache/page-version.mjs).
  compress: false,
  generateEtags: false,
  // forbidden(): newsroom pages answer 403 to a role without the right (lib/auth/request.ts).
  // Server actions carry a whole article body (up to MAX_BODY_BYTES, 1 MB) plus the other fields;
  // the body's own limit is checked by parseArticleBody with a clear message. A longer body is refused
  // by `npm start` before Next, which would answer it with a 500, sees it (lib/server/action-body.ts).
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_BYTES },
    // CI builds once in a clean clone: Turbopack's build cache would be written (over a minute on a
    // busy two-core machine) and never read.
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
  // The optimizer serves what the pages ask of it (listing thumbnails, lead and featured images, author
  // photos) and nothing else: the demo pictures and uploads at these widths, quality 75, never a remote
  // URL. Uploads are stored at most 1600 px wide, so wider device sizes would only resend the original.
  images: {
    formats: ["image/avif", "image/webp"],
    localPatterns: [
      { pathname: "/demo/**", search: "" },
      { pathname: "/media/**", search: "" },
    ],
    deviceSizes: [640, 750, 828, 1080, 1200, 1920],
    imageSizes: [96, 128, 256, 384],
    qualities: [75],
    maximumResponseBody: 4_000_000,
  },
  // Reader pages are cached whole (ISR), so none of them reads searchParams (that would render it
  // per request): `?page=N` becomes a path segment here. Bare listing URLs go to their page 1.
  // `/` goes to a dynamic route too: `next build` prerenders a static `/` (opening the database,
  // which the build must never need), but not a dynamic route whose generateStaticParams is empty.
  async rewrites() {
    const page = [{ type: "query" as const, key: "page", value: "(?<page>.*)" }];
    return [
      { source: "/", destination: "/beranda/utama" },
      ...["/terkini", "/terpopuler", "/tag/:slug", "/kategori/:slug", "/penulis/:slug", "/indeks/:day", "/indeks/:day/:rubrik"].flatMap((source) => [
        { source, has: page, destination: `${source}/halaman/:page` },
        { source, destination: `${source}/halaman/1` },
      ]),
    ];
  },
};

export default nextConfig;
