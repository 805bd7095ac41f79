import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { settings } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";

export const SOCIAL_NETWORKS = ["facebook", "instagram", "x", "youtube", "tiktok"] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];
export type SocialLinks = Partial<Record<SocialNetwork, string>>;

const siteSettingsSchema = z.object({
  site_name: z.string().min(1).catch("RI News Portal"),
  site_tagline: z.string().catch(""),
  site_url: z.url().catch("http://localhost:3000"),
  social_links: z.partialRecord(z.enum(SOCIAL_NETWORKS), z.url({ protocol: /^https?$/ })).catch({}),
});

/** Writes one setting inside the transaction of the change it is part of. */
export function writeSetting(db: DbExecutor, key: string, value: unknown): void {
  db.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
}

export type SiteSettings = { name: string; tagline: string; url: string; socialLinks: SocialLinks };

export function getSiteSettings(): SiteSettings {
  const rows = getDb().select().from(settings).all();
  const parsed = siteSettingsSchema.parse(Object.fromEntries(rows.map((r) => [r.key, r.value])));
  return { name: parsed.site_name, tagline: parsed.site_tagline, url: parsed.site_url, socialLinks: parsed.social_links };
}

/** getSiteSettings for pages; other cached reads that need the settings call getSiteSettings inside. */
export const getCachedSiteSettings = cachedRead("site-settings", getSiteSettings);

/**
 * What Dewan Pers verification asks a portal to publish about who is responsible for it (its "box
 * redaksi"): the company, the editorial office and its contacts, the Penanggung Jawab and the
 * Pemimpin Redaksi, and the verification number once there is one. Empty text means not given.
 */
export type BoxRedaksi = {
  companyName: string;
  address: string;
  phone: string;
  email: string;
  responsiblePerson: string;
  editorInChief: string;
  dewanPersNumber: string;
};

export const BOX_REDAKSI_KEY = "box_redaksi";

const EMPTY_BOX: BoxRedaksi = { companyName: "", address: "", phone: "", email: "", responsiblePerson: "", editorInChief: "", dewanPersNumber: "" };

const boxRedaksiSchema = z
  .object({
    companyName: z.string(),
    address: z.string(),
    phone: z.string(),
    email: z.string(),
    responsiblePerson: z.string(),
    editorInChief: z.string(),
    dewanPersNumber: z.string(),
  })
  .partial()
  .transform((box): BoxRedaksi => ({ ...EMPTY_BOX, ...box }))
  .catch(EMPTY_BOX);

export function getBoxRedaksi(): BoxRedaksi {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, BOX_REDAKSI_KEY)).get();
  return boxRedaksiSchema.parse(row?.value ?? {});
}

/** The box as the Redaksi and Kontak pages show it (static pages: their tag). */
export const getCachedBoxRedaksi = cachedRead("box-redaksi", getBoxRedaksi, () => [tags.staticPages]);
