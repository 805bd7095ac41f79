import { and, count, eq, gt, inArray } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { auditLog } from "@/db/schema";
import { Refusal } from "./refusal";

// Any staff member may edit their own upload's details and their own profile, and each such edit
// drops public pages from the cache: a loop must not keep the site uncached. The audit log already
// holds every such edit with its author and time, so it is the counter, shared by every server
// process (the query reads the created_at index, only the last minute's rows).

export const PUBLIC_EDIT_LIMIT = { edits: 10, windowMs: 60_000 } as const;

/** Audit actions of the edits any staff member makes that reach public pages. */
export const LIMITED_EDIT_ACTIONS = ["media.edited", "user.profile-updated"] as const;

/** Refuses (changing nothing) when this user made PUBLIC_EDIT_LIMIT.edits such edits within the window. */
export function assertPublicEditAllowed(db: DbExecutor, userId: number, now = Date.now()): void {
  const recent =
    db
      .select({ n: count() })
      .from(auditLog)
      .where(and(gt(auditLog.createdAt, now - PUBLIC_EDIT_LIMIT.windowMs), eq(auditLog.actorId, userId), inArray(auditLog.action, [...LIMITED_EDIT_ACTIONS])))
      .get()?.n ?? 0;
  if (recent >= PUBLIC_EDIT_LIMIT.edits) {
    throw new Refusal(
      "invalid",
      `Terlalu banyak perubahan keterangan gambar dan profil dalam satu menit (paling banyak ${PUBLIC_EDIT_LIMIT.edits}). Tunggu sebentar, lalu simpan lagi.`,
    );
  }
}
