import type { Metadata } from "next";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { listCategories } from "@/lib/categories";
import { siteMetadata } from "@/lib/seo/metadata";
import { getCachedSiteSettings } from "@/lib/settings";
import { listStaticPages } from "@/lib/static-pages";

export async function generateMetadata(): Promise<Metadata> {
  const site = await getCachedSiteSettings();
  return siteMetadata(site);
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [site, categories, pages] = await Promise.all([getCachedSiteSettings(), listCategories(), listStaticPages()]);
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} categories={categories} />
      <main id="konten" className="mx-auto w-full max-w-5xl px-4 py-6">
        {children}
      </main>
      <SiteFooter siteName={site.name} pages={pages} />
    </>
  );
}
