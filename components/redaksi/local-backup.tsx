"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { formatWibDateTime } from "@/lib/time";
import type { EditorFields } from "./editor-fields";

// Unsaved editor text is also kept in this browser's localStorage, so a crash, a closed tab or a
// session that ran out offline does not lose it. The copy goes once the server has the text.

const KEY_PREFIX = "ri-news:naskah:";
const WRITE_DELAY_MS = 500;

export type LocalBackup = { fields: EditorFields; version: number | null; at: number };

// Per person: on a shared newsroom computer nobody is offered someone else's text.
const keyOf = (userId: number, articleId: number | null) => `${KEY_PREFIX}${userId}:${articleId ?? "baru"}`;

/** On signing out: this browser keeps no one's unsaved text after they leave it. */
export function forgetLocalBackups(): void {
  try {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(KEY_PREFIX)) window.localStorage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

// What storage held when this page first looked, per key: the copy an earlier visit left behind
// (later writes are this visit's own). Read through useSyncExternalStore, so the server renders none.
const leftOnArrival = new Map<string, string | null>();

function readOnArrival(key: string): string | null {
  if (!leftOnArrival.has(key)) {
    let text: string | null = null;
    try {
      text = window.localStorage.getItem(key);
    } catch {
      // Storage disabled: nothing was left.
    }
    leftOnArrival.set(key, text);
  }
  return leftOnArrival.get(key)!;
}

function parseBackup(text: string | null): LocalBackup | null {
  try {
    return text ? (JSON.parse(text) as LocalBackup) : null;
  } catch {
    return null;
  }
}

const subscribeToNothing = () => () => {};

function writeBackup(key: string, backup: LocalBackup | null): void {
  try {
    if (backup) window.localStorage.setItem(key, JSON.stringify(backup));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage full or disabled (private mode): the server autosave still runs.
  }
}

/**
 * Keeps the editor's unsaved fields in localStorage while they differ from what the server has, and
 * answers a copy left by an earlier visit that differs from what was loaded.
 */
export function useLocalBackup(
  userId: number,
  articleId: number | null,
  fields: EditorFields,
  version: number | null,
  dirty: boolean,
  loadedSnapshot: string,
): { left: LocalBackup | null; dismiss: () => void } {
  const key = keyOf(userId, articleId);
  const arrived = useSyncExternalStore(subscribeToNothing, () => readOnArrival(key), () => null);
  const [dismissed, setDismissed] = useState(false);
  const waiting = (copy: LocalBackup | null): copy is LocalBackup => !dismissed && !!copy && JSON.stringify(copy.fields) !== loadedSnapshot;
  const found = parseBackup(arrived);
  const left = waiting(found) ? found : null;
  // Forgotten when the page goes, so a later visit reads storage afresh.
  useEffect(() => () => void leftOnArrival.delete(key), [key]);

  useEffect(() => {
    // Read here too: the first (hydration) render sees no copy, and must not delete one it has not seen.
    if (waiting(parseBackup(readOnArrival(key)))) return; // An earlier copy waits for the writer's decision.
    if (!dirty) {
      writeBackup(key, null);
      return;
    }
    const timer = window.setTimeout(() => writeBackup(key, { fields, version, at: Date.now() }), WRITE_DELAY_MS);
    return () => window.clearTimeout(timer);
  });

  // A new article's copy moves to its id once the first save gives it one.
  const [startedNew] = useState(articleId === null);
  useEffect(() => {
    if (startedNew && articleId) writeBackup(keyOf(userId, null), null);
  }, [startedNew, articleId, userId]);

  return {
    left,
    dismiss: () => {
      writeBackup(key, null);
      setDismissed(true);
    },
  };
}

export function LocalBackupNotice({ backup, onRestore, onDiscard }: { backup: LocalBackup; onRestore: () => void; onDiscard: () => void }) {
  return (
    <section aria-labelledby="local-backup-heading" className="space-y-2 rounded border border-sky-400 bg-sky-50 p-3 text-sm">
      <h2 id="local-backup-heading" className="font-semibold">Ada tulisan yang belum tersimpan</h2>
      <p>
        Browser ini menyimpan tulisan untuk artikel ini dari {formatWibDateTime(backup.at)} yang belum sampai ke server
        {backup.fields.title ? <> (&ldquo;{backup.fields.title}&rdquo;)</> : null}.
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onRestore} className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white">
          Pulihkan tulisan itu
        </button>
        <button type="button" onClick={onDiscard} className="rounded border border-neutral-500 bg-white px-3 py-1">
          Buang
        </button>
      </div>
    </section>
  );
}
