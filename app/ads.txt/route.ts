import { adsTxtResponse } from "@/lib/ads/ads-txt";

export const revalidate = 300;

export function GET() {
  return adsTxtResponse();
}
