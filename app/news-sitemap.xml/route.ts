import { newsSitemapResponse } from "@/lib/feeds/responses";

// Also the interval at which articles older than 48 hours drop out.
export const revalidate = 300;

export function GET() {
  return newsSitemapResponse();
}
