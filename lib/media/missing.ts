import { inArray } from "drizzle-orm";
import type { DbExecutor } from "@/db/client";
import { media } from "@/db/schema";

// Apart from lib/media/library.ts (server-only: it processes uploads), so that checks of a document's
// images can run wherever documents are read and written.

/** Ids among these that name no media item. */
export function missingMediaIds(db: DbExecutor, ids: readonly number[]): number[] {
  if (ids.length === 0) return [];
  const found = new Set(db.select({ id: media.id }).from(media).where(inArray(media.id, [...new Set(ids)])).all().map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}
