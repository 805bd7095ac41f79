import Link from "next/link";

export function SiteHeader({ siteName, tagline }: { siteName: string; tagline: string }) {
  return (
    <header className="border-b-4 border-brand bg-white">
      <a
        href="#konten"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        Langsung ke konten
      </a>
      <div className="mx-auto max-w-5xl px-4 py-3">
        <Link href="/" className="text-2xl font-extrabold tracking-tight text-brand">
          {siteName}
        </Link>
        {tagline && <p className="text-sm text-neutral-600">{tagline}</p>}
      </div>
    </header>
  );
}

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="mt-12 border-t border-neutral-200 bg-neutral-50">
      <p className="mx-auto max-w-5xl px-4 py-6 text-sm text-neutral-700">
        © {new Date().getFullYear()} {siteName}
      </p>
    </footer>
  );
}
