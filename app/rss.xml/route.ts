import { feedResponse } from "@/lib/seo/responses";

export const revalidate = 300;

export function GET() {
  return feedResponse({ kind: "site" });
}
