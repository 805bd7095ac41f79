import type { MetadataRoute } from "next";
import { robotsRules } from "@/lib/seo/robots";

export const revalidate = 300;

export default function robots(): Promise<MetadataRoute.Robots> {
  return robotsRules();
}
