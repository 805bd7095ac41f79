import { createHash } from "node:crypto";
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
import { isBuildPhase } from "@/lib/seo/build-phase";
import { PUBLIC_CACHE_CONTROL } from "@/lib/cache/cache-control";
import { writeSetting } from "@/lib/settings";

// /ads.txt (IAB Tech Lab, ads.txt 1.1): which ad systems may sell this site's inventory. Admins keep
// it in the settings; a line the ad exchanges could not read is refused with its number, since an
// exchange that cannot read the file treats the site's inventory as unauthorised.

const SETTING_KEY = "ads_txt";
/** Far above any real file (a large portal's lists a few hundred lines). */
export const ADS_TXT_MAX_LENGTH = 64_000;

// `<ad system domain>, <publisher account id>, DIRECT|RESELLER[, <certification authority id>]`
const RECORD = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+\s*,\s*[^\s,]+\s*,\s*(?:DIRECT|RESELLER)\s*(?:,\s*[^\s,]+\s*)?$/i;
const VARIABLE = /^(?:contact|subdomain|inventorypartnerdomain|ownerdomain|managerdomain)=\S.*$/i;

/** The 1-based numbers of the lines that are neither a record, a variable, a comment nor blank. */
export function unreadableAdsTxtLines(text: string): number[] {
  return text.split(/\r?\n/).flatMap((line, index) => {
    const content = line.replace(/#.*$/, "").trim();
    return content === "" || RECORD.test(content) || VARIABLE.test(content) ? [] : [index + 1];
  });
}

export const adsTxtField = z
  .string({ error: "Isian ini wajib ada." })
  .max(ADS_TXT_MAX_LENGTH, { error: `Maksimal ${ADS_TXT_MAX_LENGTH} karakter.` })
  .transform((text) => text.replace(/\r\n?/g, "\n").trim())
  .superRefine((text, ctx) => {
    const lines = unreadableAdsTxtLines(text);
    if (lines.length === 0) return;
    const shown = lines.slice(0, 5).join(", ") + (lines.length > 5 ? ", …" : "");
    ctx.addIssue({ code: "custom", message: `Baris ${shown} tidak sesuai format ads.txt: domain, ID penerbit, DIRECT atau RESELLER.` });
  });

function readAdsTxt(): string {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, SETTING_KEY)).get();
  return typeof row?.value === "string" ? row.value : "";
}

export function getEditableAdsTxt(viewer: StaffUser): string {
  assertCan(viewer, "manageSettings");
  return readAdsTxt();
}

/** Admin: replaces the file (empty removes it); only /ads.txt is invalidated. */
export function updateAdsTxt(actor: StaffUser, text: string): void {
  assertCan(actor, "manageSettings");
  getDb().transaction((tx) => {
    writeSetting(tx, SETTING_KEY, text);
    recordAudit(tx, { actorId: actor.id, action: "ads-txt.updated", subjectType: "settings", subjectId: null, details: { lines: text ? text.split("\n").length : 0 } });
    recordInvalidation(tx, [tags.adsTxt]);
  });
  applyInvalidations();
}

const cachedAdsTxt = cachedRead("ads-txt", readAdsTxt, () => [tags.adsTxt]);

/** GET /ads.txt: the file as plain text, or 404 while none is set (no file means no restriction). */
export async function adsTxtResponse(): Promise<Response> {
  if (isBuildPhase()) return new Response(null, { status: 204 });
  const text = await cachedAdsTxt();
  if (!text) return new Response("Tidak ditemukan", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = `${text}\n`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": PUBLIC_CACHE_CONTROL,
      ETag: `"${createHash("sha1").update(body).digest("base64url")}"`,
    },
  });
}
