import { serveMediaFile } from "@/lib/media/serve";

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  return serveMediaFile((await params).path, request);
}
