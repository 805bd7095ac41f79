import { createHash } from "node:crypto";
import { findFeedRedirect, getFeedArticles, getFeedChannel, isValidFeedScope, type FeedScope } from "@/lib/feeds";
import {
  getNewsSitemapCandidates,
  getSitemapIndex,
  getSitemapPage,
  NEWS_SITEMAP_WINDOW_MS,
  parseSitemapFileName,
  sitemapPath,
} from "@/lib/feeds/sitemaps";
import { absoluteUrl } from "@/lib/seo/absolute-url";
import { isBuildPhase } from "@/lib/seo/build-phase";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/cache-control";
import { renderRssFeed } from "./rss";
import { renderNewsSitemap, renderSitemapIndex, renderUrlSet } from "./sitemap-xml";

// What the feed and sitemap route handlers answer; each route delegates here in one line.

const RSS_TYPE = "application/rss+xml; charset=utf-8";
const XML_TYPE = "application/xml; charset=utf-8";

function xmlResponse(xml: string, contentType: string): Response {
  return new Response(xml, {
    headers: {
      "Content-Type": contentType,
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      // Kept with the cached response: lets the gzip layer compress it once, and CDNs revalidate.
      ETag: `"${createHash("sha1").update(xml).digest("base64url")}"`,
    },
  });
}

function notFoundResponse(): Response {
  return new Response("Tidak ditemukan", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}

async function respondWithXml(contentType: string, render: () => Promise<string | null>, moved?: () => Promise<string | null>): Promise<Response> {
  if (isBuildPhase()) return new Response(null, { status: 204 });
  const xml = await render();
  if (xml !== null) return xmlResponse(xml, contentType);
  const to = moved && (await moved());
  return to ? new Response(null, { status: 301, headers: { Location: to, "Cache-Control": PUBLIC_CACHE_CONTROL } }) : notFoundResponse();
}

/** A feed; a renamed or merged category's or hashtag's old feed 301s to the current one. */
export function feedResponse(scope: FeedScope): Promise<Response> {
  return respondWithXml(
    RSS_TYPE,
    async () => {
      const channel = isValidFeedScope(scope) ? await getFeedChannel(scope) : null;
      return channel && renderRssFeed(channel, await getFeedArticles(channel.articleIds));
    },
    () => findFeedRedirect(scope),
  );
}

export function sitemapIndexResponse(): Promise<Response> {
  return respondWithXml(XML_TYPE, async () => {
    const { site, files } = await getSitemapIndex();
    return renderSitemapIndex(files.map(({ file, lastmod }) => ({ loc: absoluteUrl(site.url, sitemapPath(file)), lastmod })));
  });
}

export function sitemapFileResponse(fileName: string): Promise<Response> {
  return respondWithXml(XML_TYPE, async () => {
    const file = parseSitemapFileName(fileName);
    const page = file && (await getSitemapPage(file));
    if (!page) return null;
    return renderUrlSet(
      page.entries.map(({ path, lastmod, imageUrl }) => ({
        loc: absoluteUrl(page.site.url, path),
        lastmod,
        images: imageUrl ? [{ loc: absoluteUrl(page.site.url, imageUrl) }] : [],
      })),
    );
  });
}

export function newsSitemapResponse(now = Date.now()): Promise<Response> {
  return respondWithXml(XML_TYPE, async () => {
    const { site, articles } = await getNewsSitemapCandidates();
    const recent = articles.filter((a) => a.publishedAt > now - NEWS_SITEMAP_WINDOW_MS && a.publishedAt <= now);
    return renderNewsSitemap(
      site.name,
      recent.map((a) => ({ loc: absoluteUrl(site.url, a.path), title: a.title, publishedAt: a.publishedAt })),
    );
  });
}
