import { feedResponse } from "@/lib/feeds/responses";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse({ kind: "category", slug: (await params).slug });
}
