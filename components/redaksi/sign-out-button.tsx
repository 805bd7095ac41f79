"use client";

import { forgetLocalBackups } from "./local-backup";

/** "Keluar": also clears the unsaved text this browser kept for the writer (local-backup.tsx). */
export function SignOutButton({ signOut }: { signOut: () => Promise<void> }) {
  return (
    <form action={signOut} onSubmit={forgetLocalBackups}>
      <button type="submit" className="rounded border border-neutral-400 px-3 py-1.5 font-medium hover:bg-neutral-100">
        Keluar
      </button>
    </form>
  );
}
