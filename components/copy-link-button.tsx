"use client";

import { useState, useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

/**
 * Copies the article's address. Rendered hidden on the server and shown once hydrated, so with
 * JavaScript off there is no button that does nothing (the share links still work).
 */
export function CopyLinkButton({ url }: { url: string }) {
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  return (
    <>
      <button
        type="button"
        hidden={!hydrated}
        onClick={copy}
        className="rounded border border-neutral-300 px-3 py-1.5 text-sm font-semibold hover:bg-neutral-100"
      >
        Salin tautan
      </button>
      <span role="status" className="text-sm text-neutral-700">
        {status === "copied" && "Tautan disalin."}
        {status === "failed" && `Tidak bisa menyalin; salin manual: ${url}`}
      </span>
    </>
  );
}
