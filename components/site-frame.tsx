import { BreakingNewsStrip } from "@/components/breaking-news";
import { SiteFooter, SiteHeader } from "@/components/site-chrome";
import { getBreakingNews } from "@/lib/articles/front-page";
import { listCategories } from "@/lib/categories";
import { getCachedSiteSettings } from "@/lib/settings";
import { listStaticPages } from "@/lib/static-pages";

/**
 * The public site's header, main landmark and footer: around every reader page and the staff preview.
 * `leaderboard`: the ad under the header, which the page decides on (app/(site)/@leaderboard).
 */
export async function SiteFrame({ children, leaderboard }: { children: React.ReactNode; leaderboard?: React.ReactNode }) {
  const [site, categories, pages, breaking] = await Promise.all([getCachedSiteSettings(), listCategories(), listStaticPages(), getBreakingNews()]);
  return (
    <>
      <SiteHeader siteName={site.name} tagline={site.tagline} categories={categories} />
      {breaking && <BreakingNewsStrip breaking={breaking} />}
      {leaderboard}
      <main id="konten" className="mx-auto w-full max-w-5xl px-4 py-6">
        {children}
      </main>
      <SiteFooter siteName={site.name} pages={pages} />
    </>
  );
}
