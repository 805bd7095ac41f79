import { notFound, redirect } from "next/navigation";
import { parseIndexDay } from "@/lib/articles/day-index";
import { isValidSlug } from "@/lib/text/slug";
import { wibDay } from "@/lib/time";
import { dayIndexPath } from "@/lib/urls";

// /indeks, and the Indeks form's /indeks?tanggal=…&rubrik=…: sent on (307) to that day's page, today's
// in WIB by default. Only the redirect depends on the query, so the day pages stay cached per path.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DayIndexRedirect({ searchParams }: Props) {
  const { tanggal, rubrik } = await searchParams;
  const now = Date.now();
  const day = typeof tanggal === "string" && tanggal ? parseIndexDay(tanggal, now) : wibDay(now);
  const rubrikSlug = typeof rubrik === "string" && rubrik ? rubrik : null;
  if (!day || (rubrikSlug !== null && !isValidSlug(rubrikSlug))) notFound();
  redirect(dayIndexPath(day, rubrikSlug));
}
