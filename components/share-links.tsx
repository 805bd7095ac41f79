import { shareLinks } from "@/lib/share";
import { CopyLinkButton } from "./copy-link-button";

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
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
