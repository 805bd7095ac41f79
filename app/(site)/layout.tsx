import type { Metadata } from "next";
import { SiteFrame } from "@/components/site-frame";
import { siteMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  return siteMetadata(site);
}

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
