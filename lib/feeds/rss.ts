import type { FeedArticle, FeedChannel } from "@/lib/feeds";
import { kindLabel } from "@/lib/articles/kinds";
import { formatWibDate } from "@/lib/time";
import { articlePath } from "@/lib/urls";
import { absoluteUrl } from "@/lib/seo/absolute-url";
import { articleBodyToHtml, correctionsToHtml } from "./body-html";
import { articleAuthors } from "@/lib/seo/credits";
import { articleDescription } from "@/lib/seo/metadata";
import { cdata, escapeXml, textElement, XML_DECLARATION } from "./xml";

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 822 date in WIB, as RSS 2.0 wants it: "Wed, 18 Jun 2025 10:00:00 +0700". */
export function toRfc822Wib(epochMs: number): string {
  const d = new Date(epochMs + WIB_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${time} +0700`;
}

/**
 * The item's GUID. Built from the article id alone, never from its title or slug, so a correction
 * or a new slug does not make feed readers show the article again as new.
 */
export function articleGuid(articleId: number): string {
  return `urn:rinewsportal:article:${articleId}`;
}

export function feedTitle(channel: Pick<FeedChannel, "site" | "subject">): string {
  return channel.subject ? `${channel.subject} | ${channel.site.name}` : channel.site.name;
}

/** An RSS 2.0 document with full bodies (`content:encoded`), newest first as given. */
export function renderRssFeed(channel: FeedChannel, articles: readonly FeedArticle[]): string {
  const siteUrl = channel.site.url;
  const title = feedTitle(channel);
  const link = absoluteUrl(siteUrl, channel.pagePath);
  const lastBuild = Math.max(0, ...articles.map((a) => Math.max(a.publishedAt, a.updatedAt)));
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    "<channel>",
    textElement("title", title),
    textElement("link", link),
    textElement("description", channel.description),
    "<language>id</language>",
    `<atom:link href="${escapeXml(absoluteUrl(siteUrl, channel.feedPath))}" rel="self" type="application/rss+xml"/>`,
    lastBuild ? textElement("lastBuildDate", toRfc822Wib(lastBuild)) : "",
    `<image><url>${escapeXml(absoluteUrl(siteUrl, "/logo.png"))}</url>${textElement("title", title)}${textElement("link", link)}</image>`,
    ...articles.map((article) => renderItem(siteUrl, article)),
    "</channel>",
    "</rss>",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Feed readers show an item's title alone: a labelled kind (Opini, Advertorial, ...) goes in front of it. */
function labelledTitle(article: FeedArticle): string {
  const label = kindLabel(article.kind);
  return label ? `${label}: ${article.title}` : article.title;
}

function renderItem(siteUrl: string, article: FeedArticle): string {
  const url = absoluteUrl(siteUrl, articlePath(article.slug));
  const content = articleBodyToHtml(article.body, {
    siteUrl,
    related: new Map(article.related.map((r) => [r.id, { title: r.title, path: articlePath(r.slug) }])),
    images: new Map(article.bodyImages.map((m) => [m.id, m])),
    dateline: article.datelinePlace ? `${article.datelinePlace}, ${formatWibDate(article.publishedAt)}` : null,
  });
  const corrections = correctionsToHtml(article.corrections);
  const image = article.image;
  return [
    "<item>",
    textElement("title", labelledTitle(article)),
    textElement("link", url),
    `<guid isPermaLink="false">${articleGuid(article.id)}</guid>`,
    textElement("pubDate", toRfc822Wib(article.publishedAt)),
    ...articleAuthors(article.credits).map((author) => textElement("dc:creator", author.name)),
    ...[article.category?.name, ...article.hashtags.map((h) => h.name)].map((name) => textElement("category", name)),
    textElement("description", articleDescription(article)),
    `<content:encoded>${cdata(corrections ? `${content}\n${corrections}` : content)}</content:encoded>`,
    image
      ? `<media:content url="${escapeXml(absoluteUrl(siteUrl, image.url))}" medium="image" type="${escapeXml(image.mimeType)}" width="${image.width}" height="${image.height}">${textElement("media:description", image.alt)}</media:content>`
      : "",
    "</item>",
  ]
    .filter(Boolean)
    .join("");
}
