import { sitemapFileResponse } from "@/lib/feeds/responses";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return sitemapFileResponse((await params).file);
}
