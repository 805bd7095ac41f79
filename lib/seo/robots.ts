import type { MetadataRoute } from "next";
import { absoluteUrl } from "./absolute-url";
import { isBuildPhase } from "./build-phase";
import { getCachedSiteSettings } from "@/lib/settings";

/** Paths no crawler should fetch: the newsroom, search results and the API. */
export const DISALLOWED_PATHS = ["/redaksi", "/admin", "/cari", "/api"];

export async function robotsRules(): Promise<MetadataRoute.Robots> {
  const rules = { userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS };
  if (isBuildPhase()) return { rules };
  const site = await getCachedSiteSettings();
  return { rules, sitemap: [absoluteUrl(site.url, "/sitemap.xml"), absoluteUrl(site.url, "/news-sitemap.xml")] };
}
