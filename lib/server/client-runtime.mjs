// Next's client runtime in the HTML of a page: what reader pages go out without
// (lib/server/reader-pages.ts), and what a stored page's version leaves out
// (lib/cache/page-cache-handler.mjs): its inline RSC payload lists rows in the order the render's
// reads happened to finish, so two renders of the same page differ there and nowhere else.
// Plain JavaScript because the page cache handler, which Next imports at run time, uses it too.

// React writes these tags itself, always in this form; anything else (JSON-LD, islands, styles) stays.
const RUNTIME_SCRIPT_FILE = /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g;
const RUNTIME_SCRIPT_PRELOAD = /<link\b(?=[^>]*\bas="script")(?=[^>]*\bhref="\/_next\/)[^>]*>/g;
// The RSC payload (`self.__next_f.push(...)`) and the bundler's bootstrap; their JSON escapes `<`, so
// the first `</script>` closes them.
const RUNTIME_INLINE_SCRIPT = /<script\b[^>]*>(?:\(?self\.__next_f\b|\(globalThis\["TURBOPACK"\])[\s\S]*?<\/script>/g;

/** @param {string} html */
export function stripClientRuntime(html) {
  return html.replace(RUNTIME_SCRIPT_FILE, "").replace(RUNTIME_SCRIPT_PRELOAD, "").replace(RUNTIME_INLINE_SCRIPT, "");
}
