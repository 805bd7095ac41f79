"use client";

import { ErrorNotice } from "@/components/error-notice";

// A failure in the site layout itself (its header and footer could not be built).
export default function RootError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="konten" className="px-4 py-16">
      <ErrorNotice retry={retry} />
    </main>
  );
}
