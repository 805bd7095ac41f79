import { shareCardResponse } from "@/lib/share/card";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const { id, format } = await params;
  return shareCardResponse(id, format);
}
