import { z } from "zod";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";

const siteSettingsSchema = z.object({
  site_name: z.string().min(1).catch("RI News Portal"),
  site_tagline: z.string().catch(""),
  site_url: z.url().catch("http://localhost:3000"),
});

export type SiteSettings = { name: string; tagline: string; url: string };

export function getSiteSettings(): SiteSettings {
  const rows = getDb().select().from(settings).all();
  const parsed = siteSettingsSchema.parse(Object.fromEntries(rows.map((r) => [r.key, r.value])));
  return { name: parsed.site_name, tagline: parsed.site_tagline, url: parsed.site_url };
}
