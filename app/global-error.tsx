"use client";

import "./globals.css";
import { ErrorNotice } from "@/components/error-notice";

// The root layout itself failed: this replaces it, so it brings its own document and styles.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="id">
      <body className="bg-white font-sans text-neutral-900 antialiased">
        <title>Terjadi kesalahan</title>
        <main id="konten" className="px-4 py-16">
          <ErrorNotice retry={retry} />
        </main>
      </body>
    </html>
  );
}
