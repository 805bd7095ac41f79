import { getCachedAnalyticsId } from "@/lib/settings/analytics";

// @NOTE The page only names the tag; whether the reader agreed is read in the browser by the island
// (public/islands/analytics-consent.js), never by the server: reading a cookie here would make every
// reader page dynamic. The notice is hidden in the HTML, so with JavaScript off (no tag could load
// anyway) nobody is asked. With no tag set, nothing of this is on the page.
export async function AnalyticsConsent() {
  const id = await getCachedAnalyticsId();
  if (!id) return null;
  return (
    <>
      <section
        id="persetujuan-analitik"
        aria-labelledby="persetujuan-analitik-judul"
        data-analytics-id={id}
        hidden
        className="fixed inset-x-0 bottom-0 z-50 border-t border-neutral-300 bg-white px-4 py-3 shadow-lg"
      >
        <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-3">
          <div className="min-w-0 flex-1 basis-72">
            <h2 id="persetujuan-analitik-judul" className="font-semibold">
              Izin statistik pengunjung
            </h2>
            <p className="text-sm text-neutral-700">
              Kami ingin memakai Google Analytics untuk mengetahui berita mana yang dibaca. Skrip Google hanya dimuat bila Anda setuju.
            </p>
          </div>
          <div className="flex gap-2">
            <button type="button" data-consent="setuju" className="rounded bg-neutral-900 px-4 py-1.5 text-sm font-semibold text-white">
              Setuju
            </button>
            <button type="button" data-consent="tolak" className="rounded border border-neutral-400 px-4 py-1.5 text-sm font-semibold">
              Tolak
            </button>
          </div>
        </div>
      </section>
      <script src="/islands/analytics-consent.js" defer />
    </>
  );
}
