import { z } from "zod";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";

export const SOCIAL_NETWORKS = ["facebook", "instagram", "x", "youtube", "tiktok"] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
export type SocialLinks = Partial<Record<SocialNetwork, string>>;

const siteSettingsSchema = z.object({
  site_name: z.string().min(1).catch("RI News Portal"),
  site_tagline: z.string().catch(""),
  site_url: z.url().catch("http://localhost:3000"),
  social_links: z.partialRecord(z.enum(SOCIAL_NETWORKS), z.url({ protocol: /^https?$/ })).catch({}),
});

export type SiteSettings = { name: string; tagline: string; url: string; socialLinks: SocialLinks };

export function getSiteSettings(): SiteSettings {
  const rows = getDb().select().from(settings).all();
  const parsed = siteSettingsSchema.parse(Object.fromEntries(rows.map((r) => [r.key, r.value])));
  return { name: parsed.site_name, tagline: parsed.site_tagline, url: parsed.site_url, socialLinks: parsed.social_links };
}

/** getSiteSettings for pages; other cached reads that need the settings call getSiteSettings inside. */
export const getCachedSiteSettings = cachedRead("site-settings", getSiteSettings);
