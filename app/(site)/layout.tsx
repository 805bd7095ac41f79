import type { Metadata } from "next";
import { AnalyticsConsent } from "@/components/analytics-consent";
import { SiteFrame } from "@/components/site-frame";
import { siteMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  return siteMetadata(site);
}

// The consent notice is here rather than in SiteFrame: the newsroom's preview uses the frame too.
// The leaderboard ad is a parallel route (@leaderboard), so a sponsored story's page can leave it out.
export default function SiteLayout({ children, leaderboard }: { children: React.ReactNode; leaderboard: React.ReactNode }) {
  return (
    <>
      <SiteFrame leaderboard={leaderboard}>{children}</SiteFrame>
      <AnalyticsConsent />
    </>
  );
}
