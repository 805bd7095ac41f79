import { sitemapIndexResponse } from "@/lib/seo/responses";

export const revalidate = 300;

export function GET() {
  return sitemapIndexResponse();
}
