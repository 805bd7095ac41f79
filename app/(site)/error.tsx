"use client";

import { ErrorNotice } from "@/components/error-notice";

// A page that failed, inside the site's header and footer.
export default function SiteError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice retry={retry} />;
}
