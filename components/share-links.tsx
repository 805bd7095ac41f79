import { shareLinks } from "@/lib/share";

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="bagikan" className="mt-8">
      <h2 id="bagikan" className="text-sm font-bold uppercase tracking-wide text-neutral-700">
        Bagikan
      </h2>
      <ul className="mt-2 flex flex-wrap items-center gap-2">
        {shareLinks(url, title).map(({ network, href }) => (
          <li key={network}>
            <a
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={`Bagikan ke ${network}`}
              className="inline-block rounded border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100"
            >
              {network}
            </a>
          </li>
        ))}
        <li className="flex flex-wrap items-center gap-2">
          {/* Shown and wired by its island: reader pages ship no framework JavaScript (lib/server/reader-pages.ts). */}
          <button
            type="button"
            hidden
            data-copy-url={url}
            data-copy-status="salin-tautan-status"
            className="rounded border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100"
          >
            Salin tautan
          </button>
          <span id="salin-tautan-status" role="status" className="text-sm text-neutral-700" />
          <script src="/islands/copy-link.js" defer />
        </li>
      </ul>
    </section>
  );
}
