import type { Metadata } from "next";
import { NotFoundContent } from "@/components/not-found-content";
import { notFoundMetadata } from "@/lib/seo/metadata";

// The 404 page as a route: what the server layer sends, with status 404, where Next would send an
// empty shell for the browser to fill (lib/server/not-found-pages.ts, which keeps one copy for a few
// seconds). The layer answers this address itself with 404 too, so it is never a page to index.
// Rendered per request: a fixed path would otherwise be prerendered by `next build`, which must not
// read the database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = notFoundMetadata();

export default NotFoundContent;
