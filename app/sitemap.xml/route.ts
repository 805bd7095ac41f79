import { sitemapIndexResponse } from "@/lib/feeds/responses";

export const revalidate = 300;

export function GET() {
  return sitemapIndexResponse();
}
