// A running Live story (components/live-report.tsx). While the page is open and in view, it asks for
// the page again every little while (a conditional request: the server answers 304 from its page
// cache when nothing changed) and, when the report changed, puts the new one in place and tells
// screen readers how many entries came. It stops once the report has ended. Without it, a reload
// shows the same.
const REFRESH_MS = 15_000;
const SELECTOR = "section[data-live-report]";
const loadedScripts = new Set([...document.scripts].map((script) => script.getAttribute("src")).filter(Boolean));
let timer;

function schedule() {
  clearTimeout(timer);
  if (document.visibilityState === "visible") timer = setTimeout(refresh, REFRESH_MS);
}

function entryIds(section) {
  return new Set([...section.querySelectorAll("li[id^='entri-']")].map((entry) => entry.id));
}

/** Scripts of the new report that this page has not loaded (an embed's island, for a first embed). */
function loadScripts(section) {
  for (const inert of section.querySelectorAll("script[src]")) {
    const src = inert.getAttribute("src");
    if (loadedScripts.has(src)) continue;
    loadedScripts.add(src);
    const script = document.createElement("script");
    script.src = src;
    script.async = true;
    document.body.append(script);
  }
}

async function refresh() {
  const current = document.querySelector(SELECTOR);
  if (!current || current.hasAttribute("data-live-ended")) return;
  // A reader in the middle of the report (a focused link) is not moved; the next round tries again.
  if (current.contains(document.activeElement)) return schedule();
  try {
    const response = await fetch(location.pathname, { cache: "no-cache", headers: { accept: "text/html" } });
    const fresh = response.ok ? new DOMParser().parseFromString(await response.text(), "text/html").querySelector(SELECTOR) : null;
    if (fresh && fresh.dataset.liveReport !== current.dataset.liveReport) {
      const before = entryIds(current);
      const added = [...entryIds(fresh)].filter((id) => !before.has(id)).length;
      const status = current.querySelector("[data-live-status]");
      current.replaceChildren(...[...fresh.childNodes].map((node) => document.importNode(node, true)));
      // The live region stays the same element, so the news is read out.
      current.querySelector("[data-live-status]")?.replaceWith(status);
      current.dataset.liveReport = fresh.dataset.liveReport;
      const ended = fresh.hasAttribute("data-live-ended");
      if (ended) current.setAttribute("data-live-ended", "");
      loadScripts(current);
      status.textContent = ended ? "Laporan langsung telah berakhir." : added > 0 ? `${added} entri baru.` : "Laporan diperbarui.";
      if (ended) return;
    }
  } catch {
    // Offline for a moment: the next round tries again.
  }
  schedule();
}

document.addEventListener("visibilitychange", () => (document.visibilityState === "visible" ? refresh() : clearTimeout(timer)));
schedule();
