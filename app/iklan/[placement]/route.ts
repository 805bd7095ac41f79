import { adDocumentResponse } from "@/lib/ads/snippet-document";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ placement: string }> }) {
  return adDocumentResponse((await params).placement);
}
