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
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteFrame>{children}</SiteFrame>
      <AnalyticsConsent />
    </>
  );
}
