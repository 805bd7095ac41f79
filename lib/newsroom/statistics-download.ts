import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/request";
import { can } from "@/lib/auth/roles";
import { PRIVATE_CACHE_CONTROL } from "@/lib/cache/cache-control";
import { NOT_ALLOWED, NOT_SIGNED_IN } from "./refusal";
import { periodParam, STATISTICS_KINDS, statisticsCsv } from "./statistics";

const kindParam = z.enum(STATISTICS_KINDS).catch("artikel");

function refused(status: 401 | 403, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": PRIVATE_CACHE_CONTROL } });
}

/** GET /redaksi/statistik/unduh?periode=…&jenis=artikel|rubrik|penulis: one statistics table as a CSV file. */
export async function statisticsDownload(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return refused(401, NOT_SIGNED_IN);
  if (!can(user.role, "viewStatistics")) return refused(403, NOT_ALLOWED);
  const query = new URL(request.url).searchParams;
  const { filename, csv } = statisticsCsv(user, periodParam.parse(query.get("periode")), kindParam.parse(query.get("jenis")));
  // The byte order mark tells spreadsheet programs the file is UTF-8 (titles have “curly quotes”, é …).
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": PRIVATE_CACHE_CONTROL,
    },
  });
}
