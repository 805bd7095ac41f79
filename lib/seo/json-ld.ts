import { CORRECTION_KIND_LABELS } from "@/lib/articles/corrections";
import { structuredDataType } from "@/lib/articles/kinds";
import { liveEntrySummary, type LiveReportView } from "@/lib/articles/live-reports";
import { bodyToPlainText } from "@/lib/body/schema";
import type { SiteSettings } from "@/lib/settings";
import { toWibIsoString } from "@/lib/time";
import { articlePath, authorPath, categoryPath, hashtagPath } from "@/lib/urls";
import { absoluteUrl } from "./absolute-url";
import { articleAuthors } from "./credits";
import { articleDescription, articleModifiedAt, type ArticleSeoInput } from "./metadata";
import { SHARE_CARD_FORMATS, shareCardPath, type ImageLike } from "./share-image";
import { truncateText } from "./text";

export type JsonLd = { "@context": "https://schema.org"; "@type": string; [key: string]: unknown };

/** Google truncates or rejects longer NewsArticle headlines. */
export const HEADLINE_MAX = 110;
/** The publisher logo in public/. */
export const LOGO = { path: "/logo.png", width: 512, height: 512 } as const;

// The aspect ratios Google asks for in an article's structured data image list.
const IMAGE_RATIOS = [
  { name: "16x9", ratio: 16 / 9 },
  { name: "4x3", ratio: 4 / 3 },
  { name: "1x1", ratio: 1 },
] as const;
const RATIO_TOLERANCE = 0.02;

const CONTEXT = "https://schema.org" as const;

function organizationId(site: SiteSettings): string {
  return `${absoluteUrl(site.url, "/")}#organization`;
}

function organization(site: SiteSettings) {
  return {
    "@type": "Organization",
    "@id": organizationId(site),
    name: site.name,
    url: absoluteUrl(site.url, "/"),
    logo: { "@type": "ImageObject", url: absoluteUrl(site.url, LOGO.path), width: LOGO.width, height: LOGO.height },
    ...(Object.keys(site.socialLinks).length ? { sameAs: Object.values(site.socialLinks) } : {}),
  };
}

export function organizationJsonLd(site: SiteSettings): JsonLd {
  return { "@context": CONTEXT, ...organization(site) };
}

/** For the home page: the site, and how to search it (/cari?q=). */
export function webSiteJsonLd(site: SiteSettings): JsonLd {
  const home = absoluteUrl(site.url, "/");
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    "@id": `${home}#website`,
    name: site.name,
    url: home,
    inLanguage: "id",
    publisher: { "@id": organizationId(site) },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${absoluteUrl(site.url, "/cari")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

export type BreadcrumbStep = { name: string; path: string };

export function breadcrumbJsonLd(site: SiteSettings, steps: readonly BreadcrumbStep[]): JsonLd {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: steps.map((step, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: step.name,
      item: absoluteUrl(site.url, step.path),
    })),
  };
}

const HOME_STEP: BreadcrumbStep = { name: "Beranda", path: "/" };

/** Beranda › category › article */
export function articleBreadcrumbJsonLd(site: SiteSettings, article: Pick<ArticleSeoInput, "slug" | "title" | "category">): JsonLd {
  const category = article.category ? [{ name: article.category.name, path: categoryPath(article.category.slug) }] : [];
  return breadcrumbJsonLd(site, [HOME_STEP, ...category, { name: article.title, path: articlePath(article.slug) }]);
}

export function categoryBreadcrumbJsonLd(site: SiteSettings, category: { name: string; slug: string }): JsonLd {
  return breadcrumbJsonLd(site, [HOME_STEP, { name: category.name, path: categoryPath(category.slug) }]);
}

export function hashtagBreadcrumbJsonLd(site: SiteSettings, hashtag: { name: string; slug: string }): JsonLd {
  return breadcrumbJsonLd(site, [HOME_STEP, { name: `#${hashtag.name}`, path: hashtagPath(hashtag.slug) }]);
}

type ImageObject = { "@type": "ImageObject"; url: string; width: number; height: number };

function imageObject(siteUrl: string, image: { url: string; width: number; height: number }): ImageObject {
  return { "@type": "ImageObject", url: absoluteUrl(siteUrl, image.url), width: image.width, height: image.height };
}

/**
 * The article's images for Google: one per 16:9, 4:3 and 1:1 ratio that its own images have
 * (no photo is cropped here), the featured photo always. An article without any image gets its
 * generated share card in all three ratios.
 */
export function articleImages(
  siteUrl: string,
  article: { id: number; publishedAt: number; updatedAt: number | null; image: ImageLike | null },
  otherImages: readonly ImageLike[] = [],
): ImageObject[] {
  const candidates = [...(article.image ? [article.image] : []), ...otherImages];
  if (candidates.length === 0) {
    return IMAGE_RATIOS.map(({ name }) =>
      imageObject(siteUrl, { url: shareCardPath(article.id, name, article.updatedAt ?? article.publishedAt), ...SHARE_CARD_FORMATS[name] }),
    );
  }
  const chosen = new Set<ImageLike>(article.image ? [article.image] : []);
  for (const { ratio } of IMAGE_RATIOS) {
    const match = candidates.find((image) => Math.abs(image.width / image.height / ratio - 1) <= RATIO_TOLERANCE);
    if (match) chosen.add(match);
  }
  return [...chosen].map((image) => imageObject(siteUrl, image));
}

export function newsArticleJsonLd(
  site: SiteSettings,
  article: ArticleSeoInput,
  otherImages: readonly ImageLike[] = [],
): JsonLd {
  const url = absoluteUrl(site.url, articlePath(article.slug));
  const authors = articleAuthors(article.credits).map((credit) =>
    credit.authorSlug
      ? { "@type": "Person", name: credit.name, url: absoluteUrl(site.url, authorPath(credit.authorSlug)) }
      : { "@type": "Person", name: credit.name },
  );
  return {
    "@context": CONTEXT,
    "@type": structuredDataType(article.kind),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: truncateText(article.title, HEADLINE_MAX),
    description: articleDescription(article),
    image: articleImages(site.url, article, otherImages),
    datePublished: toWibIsoString(article.publishedAt),
    dateModified: toWibIsoString(articleModifiedAt(article)),
    // With no byline credit the newsroom itself is the author.
    author: authors.length ? authors : [{ "@type": "Organization", "@id": organizationId(site), name: site.name }],
    publisher: organization(site),
    ...(article.datelinePlace ? { dateline: article.datelinePlace } : {}),
    ...(article.category ? { articleSection: article.category.name } : {}),
    ...(article.hashtags.length ? { keywords: article.hashtags.map((h) => h.name) } : {}),
    ...(article.corrections?.length
      ? {
          correction: article.corrections.map((c) => ({
            "@type": "CorrectionComment",
            name: CORRECTION_KIND_LABELS[c.kind],
            text: c.note,
            datePublished: toWibIsoString(c.createdAt),
            ...(c.replyUrl ? { url: c.replyUrl } : {}),
          })),
        }
      : {}),
    ...(article.live ? liveCoverage(url, article.publishedAt, article.live) : {}),
    inLanguage: "id",
    isAccessibleForFree: true,
  };
}

/** Updates a LiveBlogPosting carries: the newest ones (the page shows them all). */
export const LIVE_UPDATES_IN_JSON_LD = 50;

/**
 * A Live story's coverage: from its publication; its end only once an editor ended it (the newsroom
 * sets no planned end, and a guessed one would be wrong); its newest entries as BlogPostings.
 */
function liveCoverage(url: string, publishedAt: number, report: LiveReportView) {
  return {
    coverageStartTime: toWibIsoString(publishedAt),
    ...(report.endedAt !== null ? { coverageEndTime: toWibIsoString(report.endedAt) } : {}),
    liveBlogUpdate: report.entries.slice(0, LIVE_UPDATES_IN_JSON_LD).map((entry) => ({
      "@type": "BlogPosting",
      "@id": `${url}#entri-${entry.id}`,
      url: `${url}#entri-${entry.id}`,
      headline: truncateText(liveEntrySummary(entry), HEADLINE_MAX),
      datePublished: toWibIsoString(entry.createdAt),
      dateModified: toWibIsoString(entry.updatedAt),
      articleBody: bodyToPlainText(entry.body),
    })),
  };
}

// Inside <script>, "</script>" or "<!--" in any string would end or confuse the element; \u-escapes
// are the same JSON to a parser. U+2028/U+2029 are escaped for older JavaScript parsers.
const SCRIPT_UNSAFE: Readonly<Record<string, string>> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** JSON for a `<script type="application/ld+json">` element. */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => SCRIPT_UNSAFE[char]!);
}
