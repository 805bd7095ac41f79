import { AD_SIZES, type ActiveAdSlot, type AdPlacement } from "@/lib/ads/slots";
import { adDocumentPath } from "@/lib/urls";
import { MediaPicture } from "./media-picture";

// Boxes of fixed size per placement (lib/ads/slots.ts AD_SIZES): the leaderboard is 320x100 on
// phones and 728x90 from the md breakpoint. Literal classes: Tailwind finds them in the source.
const BOX_CLASSES: Record<AdPlacement, string> = {
  leaderboard: "h-[100px] w-[320px] md:h-[90px] md:w-[728px]",
  sidebar: "h-[250px] w-[300px]",
  "in-article": "h-[250px] w-[300px]",
  listing: "h-[250px] w-[300px]",
};

// Never in the way of the sandbox: scripts run, a click may open the advertiser's page in a new tab
// (not bound by the sandbox), and without allow-same-origin the document cannot touch this page.
const SNIPPET_SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox";

/** An ad that is on, in its reserved box under the "Iklan" label; nothing at all when `slot` is null. */
export function AdSlot({ slot, className = "" }: { slot: ActiveAdSlot | null; className?: string }) {
  if (!slot) return null;
  const size = AD_SIZES[slot.placement];
  return (
    <aside aria-label="Iklan" data-ad-slot={slot.placement} className={`mx-auto w-fit max-w-full ${className}`}>
      <p className="mb-1 text-center text-[11px] uppercase tracking-wider text-neutral-600">Iklan</p>
      <div className={`max-w-full overflow-hidden bg-neutral-100 ${BOX_CLASSES[slot.placement]}`}>
        {slot.kind === "banner" ? (
          <a href={slot.href} rel="sponsored noopener" target="_blank" className="block h-full w-full">
            <MediaPicture
              image={{ src: slot.imageUrl, width: size.width, height: size.height, alt: slot.alt }}
              sizes={`${size.width}px`}
              className="h-full w-full object-contain"
            />
          </a>
        ) : (
          <iframe
            src={adDocumentPath(slot.placement)}
            sandbox={SNIPPET_SANDBOX}
            title="Iklan"
            width={size.width}
            height={size.height}
            loading="lazy"
            referrerPolicy="strict-origin-when-cross-origin"
            className="block h-full w-full border-0"
          />
        )}
      </div>
    </aside>
  );
}
