import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { getSiteSettings } from "@/lib/settings";

// Rendered per request until the tagged full-page cache lands (issue 3): always the current database.
export const dynamic = "force-dynamic";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const site = getSiteSettings();
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} />
      <main id="konten" className="mx-auto w-full max-w-5xl px-4 py-6">
        {children}
      </main>
      <SiteFooter siteName={site.name} />
    </>
  );
}
