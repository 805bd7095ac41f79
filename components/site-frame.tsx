import { AdSlot } from "@/components/ad-slot";
import { BreakingNewsStrip } from "@/components/breaking-news";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { getActiveAdSlot } from "@/lib/ads/slots";
import { getBreakingNews } from "@/lib/articles/front-page";
import { listCategories } from "@/lib/categories";
import { getCachedSiteSettings } from "@/lib/settings";
import { listStaticPages } from "@/lib/static-pages";

/**
 * The public site's header, main landmark and footer: around every reader page and the staff preview.
 * `leaderboard: false` leaves out the ad under the header (article pages place it themselves).
 */
export async function SiteFrame({ children, leaderboard: withLeaderboard = true }: { children: React.ReactNode; leaderboard?: boolean }) {
  const [site, categories, pages, breaking, leaderboard] = await Promise.all([
    getCachedSiteSettings(),
    listCategories(),
    listStaticPages(),
    getBreakingNews(),
    withLeaderboard ? getActiveAdSlot("leaderboard") : null,
  ]);
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} categories={categories} />
      {breaking && <BreakingNewsStrip breaking={breaking} />}
      <AdSlot slot={leaderboard} className="mt-4 px-4" />
      <main id="konten" className="mx-auto w-full max-w-5xl px-4 py-6">
        {children}
      </main>
      <SiteFooter siteName={site.name} pages={pages} />
    </>
  );
}
