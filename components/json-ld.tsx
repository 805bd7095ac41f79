import { serializeJsonLd, type JsonLd as JsonLdData } from "@/lib/seo/json-ld";

/** Structured data for search engines; `data` is escaped so no string in it can end the script element. */
export function JsonLd({ data }: { data: JsonLdData | readonly JsonLdData[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
