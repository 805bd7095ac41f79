import type { Metadata } from "next";
import type { CorrectionView } from "@/lib/articles/corrections";
import type { ArticleKind } from "@/lib/articles/kinds";
import type { LiveReportView } from "@/lib/articles/live-reports";
import { bodyToPlainText, type ArticleBody } from "@/lib/body/schema";
import type { SiteSettings } from "@/lib/settings";
import { toWibIsoString } from "@/lib/time";
import {
  articlePath,
  authorPath,
  categoryFeedPath,
  categoryPath,
  dayIndexPath,
  hashtagFeedPath,
  hashtagPath,
  homePath,
  listingPagePath,
  siteFeedPath,
  staticPagePath,
} from "@/lib/urls";
import { absoluteUrl } from "./absolute-url";
import { articleAuthors, type CreditLike } from "./credits";
import { articleShareImage, type ImageLike } from "./share-image";
import { firstSentence, truncateText } from "./text";

// Metadata for every public page. Next merges a page's metadata into its layout's shallowly (a page
// that sets openGraph replaces the layout's whole openGraph), so each builder returns complete objects.

const LOCALE = "id_ID";
const DESCRIPTION_MAX = 160;
const RSS = "application/rss+xml";

const INDEXABLE: Metadata["robots"] = {
  index: true,
  follow: true,
  "max-image-preview": "large",
  googleBot: { index: true, follow: true, "max-image-preview": "large", "max-snippet": -1, "max-video-preview": -1 },
};
const NOT_INDEXABLE: Metadata["robots"] = { index: false, follow: true };
const PRIVATE: Metadata["robots"] = { index: false, follow: false, nocache: true };

export type ArticleSeoInput = {
  id: number;
  slug: string;
  title: string;
  dek: string | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  body: ArticleBody;
  bodyText?: string;
  datelinePlace?: string | null;
  kind: ArticleKind;
  publishedAt: number;
  /** The last edit readers should know about; null when none since publication. */
  updatedAt: number | null;
  category: { name: string; slug: string } | null;
  hashtags: { name: string; slug: string }[];
  credits: CreditLike[];
  image: ImageLike | null;
  /** Koreksi notes, for structured data. */
  corrections?: Omit<CorrectionView, "id">[];
  /** A Live story's entries (LiveBlogPosting). */
  live?: LiveReportView | null;
};

/** The SEO description, else the dek, else the body's first sentence; at most 160 characters. */
export function articleDescription(article: Pick<ArticleSeoInput, "dek" | "seoDescription" | "body" | "bodyText">): string {
  const given = article.seoDescription?.trim() || article.dek?.trim();
  if (given) return truncateText(given, DESCRIPTION_MAX);
  return firstSentence(article.bodyText ?? bodyToPlainText(article.body), DESCRIPTION_MAX);
}

/** When an article last changed for readers (a Live story: its newest entry, or its end); never earlier than its publication. */
export function articleModifiedAt(article: Pick<ArticleSeoInput, "publishedAt" | "updatedAt" | "live">): number {
  const live = article.live ? [article.live.endedAt ?? 0, ...article.live.entries.map((entry) => entry.updatedAt)] : [];
  return Math.max(article.publishedAt, article.updatedAt ?? 0, ...live);
}

function feedAlternates(site: SiteSettings, feeds: { title: string; path: string }[]) {
  return { [RSS]: feeds.map((feed) => ({ title: feed.title, url: absoluteUrl(site.url, feed.path) })) };
}

function siteFeed(site: SiteSettings) {
  return { title: site.name, path: siteFeedPath() };
}

function pageTitle(title: string, page: number): string {
  return page > 1 ? `${title} - Halaman ${page}` : title;
}

/** For the (site) layout: the title template, metadataBase and the defaults every page shares. */
export function siteMetadata(site: SiteSettings): Metadata {
  return {
    metadataBase: new URL(site.url),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.tagline || undefined,
    applicationName: site.name,
    robots: INDEXABLE,
    openGraph: { type: "website", siteName: site.name, locale: LOCALE },
    twitter: { card: "summary_large_image" },
    alternates: { types: feedAlternates(site, [siteFeed(site)]) },
  };
}

export function homeMetadata(site: SiteSettings): Metadata {
  const title = site.tagline ? `${site.name} - ${site.tagline}` : site.name;
  const url = absoluteUrl(site.url, homePath());
  return {
    title: { absolute: title },
    description: site.tagline || site.name,
    robots: INDEXABLE,
    alternates: { canonical: url, types: feedAlternates(site, [siteFeed(site)]) },
    openGraph: { type: "website", siteName: site.name, locale: LOCALE, url, title, description: site.tagline || undefined },
    twitter: { card: "summary_large_image", title, description: site.tagline || undefined },
  };
}

export function articleMetadata(site: SiteSettings, article: ArticleSeoInput): Metadata {
  const url = absoluteUrl(site.url, articlePath(article.slug));
  const title = article.seoTitle?.trim() || article.title;
  const description = articleDescription(article);
  const image = articleShareImage(site.url, article);
  const feeds = [siteFeed(site)];
  if (article.category) feeds.push({ title: `${article.category.name} | ${site.name}`, path: categoryFeedPath(article.category.slug) });
  return {
    title,
    description,
    robots: INDEXABLE,
    alternates: { canonical: url, types: feedAlternates(site, feeds) },
    openGraph: {
      type: "article",
      siteName: site.name,
      locale: LOCALE,
      url,
      title: article.title,
      description,
      images: [image],
      publishedTime: toWibIsoString(article.publishedAt),
      modifiedTime: toWibIsoString(articleModifiedAt(article)),
      section: article.category?.name,
      tags: article.hashtags.map((h) => h.name),
      authors: articleAuthors(article.credits).map((a) => (a.authorSlug ? absoluteUrl(site.url, authorPath(a.authorSlug)) : a.name)),
    },
    twitter: { card: "summary_large_image", title: article.title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

type ListingInput = {
  /** Shown in <title> and og:title, before the site name. */
  title: string;
  description: string;
  path: string;
  page?: number;
  totalPages?: number;
  /** The listing's own feed, advertised next to the site feed. */
  feed?: { title: string; path: string };
};

/** Any paginated listing: home sections, terkini, terpopuler, category, hashtag and author pages. */
export function listingMetadata(site: SiteSettings, listing: ListingInput): Metadata {
  const page = listing.page ?? 1;
  const title = pageTitle(listing.title, page);
  const url = absoluteUrl(site.url, listingPagePath(listing.path, page));
  const feeds = listing.feed ? [listing.feed, siteFeed(site)] : [siteFeed(site)];
  const totalPages = listing.totalPages ?? page;
  return {
    title,
    description: listing.description,
    robots: INDEXABLE,
    alternates: { canonical: url, types: feedAlternates(site, feeds) },
    pagination: {
      previous: page > 1 ? absoluteUrl(site.url, listingPagePath(listing.path, page - 1)) : undefined,
      next: page < totalPages ? absoluteUrl(site.url, listingPagePath(listing.path, page + 1)) : undefined,
    },
    openGraph: { type: "website", siteName: site.name, locale: LOCALE, url, title, description: listing.description },
    twitter: { card: "summary", title, description: listing.description },
  };
}

export function categoryMetadata(
  site: SiteSettings,
  category: { name: string; slug: string; description?: string | null },
  page = 1,
  totalPages?: number,
): Metadata {
  return listingMetadata(site, {
    title: `Berita ${category.name}`,
    description: category.description?.trim() || `Berita ${category.name} terbaru dari ${site.name}.`,
    path: categoryPath(category.slug),
    page,
    totalPages,
    feed: { title: `${category.name} | ${site.name}`, path: categoryFeedPath(category.slug) },
  });
}

export function hashtagMetadata(
  site: SiteSettings,
  hashtag: { name: string; slug: string; description?: string | null },
  page = 1,
  totalPages?: number,
): Metadata {
  return listingMetadata(site, {
    title: `#${hashtag.name}`,
    description: hashtag.description?.trim() || `Berita dengan tagar #${hashtag.name} dari ${site.name}.`,
    path: hashtagPath(hashtag.slug),
    page,
    totalPages,
    feed: { title: `#${hashtag.name} | ${site.name}`, path: hashtagFeedPath(hashtag.slug) },
  });
}

export function authorMetadata(
  site: SiteSettings,
  author: { name: string; slug: string; bio?: string | null },
  page = 1,
  totalPages?: number,
): Metadata {
  const metadata = listingMetadata(site, {
    title: author.name,
    description: author.bio?.trim() ? truncateText(author.bio, DESCRIPTION_MAX) : `Berita oleh ${author.name} di ${site.name}.`,
    path: authorPath(author.slug),
    page,
    totalPages,
  });
  return { ...metadata, openGraph: { ...metadata.openGraph, type: "profile" } };
}

/** A day of the Indeks; an empty day says so and is not indexed. */
export function dayIndexMetadata(
  site: SiteSettings,
  index: { day: string; dayLabel: string; rubrik: { name: string; slug: string } | null; page: number; totalPages: number; empty: boolean },
): Metadata {
  const what = index.rubrik ? `Indeks Berita ${index.rubrik.name}` : "Indeks Berita";
  const metadata = listingMetadata(site, {
    title: `${what} ${index.dayLabel}`,
    description: `Semua berita${index.rubrik ? ` rubrik ${index.rubrik.name}` : ""} yang terbit ${index.dayLabel} di ${site.name}.`,
    path: dayIndexPath(index.day, index.rubrik?.slug),
    page: index.page,
    totalPages: index.totalPages,
  });
  return index.empty ? { ...metadata, robots: NOT_INDEXABLE } : metadata;
}

/** A static page: Tentang Kami, Redaksi, Kontak, Pedoman Media Siber. */
export function staticPageMetadata(site: SiteSettings, page: { title: string; slug: string; body: string }): Metadata {
  const url = absoluteUrl(site.url, staticPagePath(page.slug));
  const description = firstSentence(page.body, DESCRIPTION_MAX);
  return {
    title: page.title,
    description,
    robots: INDEXABLE,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: site.name, locale: LOCALE, url, title: page.title, description },
    twitter: { card: "summary", title: page.title, description },
  };
}

/** Search results: followed but never indexed. */
export function searchMetadata(query: string): Metadata {
  return { title: query ? `Hasil pencarian "${truncateText(query, 60)}"` : "Pencarian", robots: NOT_INDEXABLE };
}

/** A withdrawn article's notice (answered 410): says what was withdrawn, never indexed. */
export function withdrawalMetadata(notice: { title: string }): Metadata {
  return { title: `Dicabut: ${notice.title}`, robots: NOT_INDEXABLE };
}

export function notFoundMetadata(): Metadata {
  return { title: "Halaman tidak ditemukan", robots: NOT_INDEXABLE };
}

/** For app/redaksi/layout.tsx: nothing in the newsroom is indexed or followed. */
export function newsroomMetadata(): Metadata {
  return { robots: PRIVATE };
}
