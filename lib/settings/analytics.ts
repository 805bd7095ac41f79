import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { settings } from "@/db/schema";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { cachedRead } from "@/lib/cache/cached-read";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/newsroom/audit";
import { writeSetting } from "@/lib/settings";

// An optional Google tag on reader pages: a GA4 measurement id or a Google Tag Manager container id,
// kept in the settings by admins; empty (the default) means none. Pages only name the id; the
// script itself loads in the reader's browser once the reader agrees (components/analytics-consent.tsx).

const SETTING_KEY = "analytics_id";

const ANALYTICS_ID = /^(?:G-[A-Z0-9]{4,20}|GTM-[A-Z0-9]{4,20})$/;

export const ANALYTICS_ID_MESSAGE = "Isi ID pengukuran GA4 (G-XXXXXXX) atau ID kontainer Google Tag Manager (GTM-XXXXXX), atau kosongkan untuk mematikan.";

export const analyticsIdField = z
  .string({ error: "Isian ini wajib ada." })
  .trim()
  .toUpperCase()
  .refine((id) => id === "" || ANALYTICS_ID.test(id), { error: ANALYTICS_ID_MESSAGE });

function readAnalyticsId(): string {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, SETTING_KEY)).get();
  return typeof row?.value === "string" && ANALYTICS_ID.test(row.value) ? row.value : "";
}

/** The id as reader pages show it: on every page, under `site` only. */
export const getCachedAnalyticsId = cachedRead("analytics-id", readAnalyticsId);

export function getEditableAnalyticsId(viewer: StaffUser): string {
  assertCan(viewer, "manageSettings");
  return readAnalyticsId();
}

/** Admin: sets the tag (empty removes it). Every reader page carries the notice or not, so the whole cache goes. */
export function updateAnalyticsId(actor: StaffUser, id: string): void {
  assertCan(actor, "manageSettings");
  getDb().transaction((tx) => {
    writeSetting(tx, SETTING_KEY, id);
    recordAudit(tx, { actorId: actor.id, action: "analytics.updated", subjectType: "settings", subjectId: null, details: { id } });
    recordInvalidation(tx, [tags.site]);
  });
  applyInvalidations();
}
