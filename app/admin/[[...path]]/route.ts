import { permanentRedirect } from "next/navigation";

// The newsroom lives at /redaksi; /admin (what people try first) leads there, path kept.
export async function GET(_request: Request, { params }: { params: Promise<{ path?: string[] }> }) {
  const { path = [] } = await params;
  permanentRedirect(["/redaksi", ...path.map(encodeURIComponent)].join("/"));
}
