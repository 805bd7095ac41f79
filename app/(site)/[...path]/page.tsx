import { notFound } from "next/navigation";

// Any URL no other route takes: answered here, inside the site layout, so a reader who mistyped
// still gets the header, the search box and the latest articles (app/(site)/not-found.tsx).
// Rendered per request, so made-up URLs never fill the page cache.
export const dynamic = "force-dynamic";

export default function UnknownPage(): never {
  notFound();
}
