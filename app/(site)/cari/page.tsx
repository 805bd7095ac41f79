import type { Metadata } from "next";
import { SearchPage } from "@/components/search-page";
import { searchMetadata } from "@/lib/seo/metadata";

// The empty search form: a query (`/cari?q=…`) is sent to cari/hasil (lib/server/search-route.ts), which is
// cached per query. Dynamic only so that `next build` does not prerender it (and open the database).
export const dynamic = "force-dynamic";

export const metadata: Metadata = searchMetadata("");

export default function EmptySearchPage() {
  return <SearchPage query="" page={1} />;
}
