import type { Metadata } from "next";
import { AnalyticsConsent } from "@/components/analytics-consent";
import { SiteFrame } from "@/components/site-frame";
import { siteMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";

// The layout of every reader page: app/(site) and app/(story) (article pages) both use it.

export async function readerLayoutMetadata(): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  return siteMetadata(site);
}

/**
 * The site's frame and the analytics consent notice (here rather than in SiteFrame: the newsroom's
 * preview uses the frame too). `leaderboard: false` for article pages, which place that ad
 * themselves: none on sponsored content.
 */
export function ReaderLayout({ children, leaderboard = true }: { children: React.ReactNode; leaderboard?: boolean }) {
  return (
    <>
      <SiteFrame leaderboard={leaderboard}>{children}</SiteFrame>
      <AnalyticsConsent />
    </>
  );
}
