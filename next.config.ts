import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets parallel builds (a second checkout's tests, the benchmark) use their own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Pages and data cached in memory only, invalidated by tag (see lib/cache/page-cache-handler.mjs).
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Compression is done once per cached page by lib/server/gzip-response.ts, in front of Next.
  compress: false,
};

export default nextConfig;
