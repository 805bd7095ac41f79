import { and, eq, gt, isNotNull, lte, or } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { AD_KINDS, AD_PLACEMENTS, adSlots, media, type AdKind, type AdPlacement } from "@/db/schema";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { cachedRead } from "@/lib/cache/cached-read";
import { applyInvalidations, invalidateTags, recordInvalidation } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { missingMediaIds } from "@/lib/media/missing";
import { recordAudit } from "@/lib/newsroom/audit";
import { idField, optionalText, optionalUrlField, wibDateTimeField } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";

export { AD_PLACEMENTS, type AdPlacement };

export const AD_PLACEMENT_LABELS: Record<AdPlacement, string> = {
  leaderboard: "Leaderboard (di bawah kepala situs)",
  sidebar: "Sidebar (samping artikel dan beranda)",
  "in-article": "Dalam artikel (setelah paragraf ke-N)",
  listing: "Di antara daftar berita (setiap N berita)",
};

type Size = { width: number; height: number };
/** The box each slot reserves, so nothing moves when the ad loads (and nothing when it does not). */
export const AD_SIZES: Record<AdPlacement, Size & { phone?: Size }> = {
  leaderboard: { width: 728, height: 90, phone: { width: 320, height: 100 } },
  sidebar: { width: 300, height: 250 },
  "in-article": { width: 300, height: 250 },
  listing: { width: 300, height: 250 },
};

/** Placements that take a number: the paragraph an in-article ad follows, or how many listing items come between ads. */
export const POSITIONED_PLACEMENTS: readonly AdPlacement[] = ["in-article", "listing"];
export const MAX_AD_POSITION = 20;
export const AD_SNIPPET_MAX_BYTES = 20_000;

export type AdSlotSettings = {
  placement: AdPlacement;
  enabled: boolean;
  kind: AdKind;
  mediaId: number | null;
  targetUrl: string | null;
  alt: string | null;
  snippet: string | null;
  startsAt: number | null;
  endsAt: number | null;
  position: number | null;
};

/** A form field that may be left empty (null). */
const optional = <T extends z.ZodType>(field: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), field.optional()).transform((value) => value ?? null);

/** One slot's form. Only an enabled slot must be complete; a disabled one may be prepared bit by bit. */
export const adSlotInput = z
  .object({
    placement: z.enum(AD_PLACEMENTS, { error: "Slot iklan tidak dikenal." }),
    enabled: z.enum(["on", "off"], { error: "Pilih aktif atau nonaktif." }).transform((value) => value === "on"),
    kind: z.enum(AD_KINDS, { error: "Pilih jenis iklan." }),
    mediaId: optional(idField),
    targetUrl: optionalUrlField.optional().transform((value) => value ?? null),
    alt: optionalText(200).optional().transform((value) => value ?? null),
    snippet: z
      .string({ error: "Kode iklan tidak valid." })
      .refine((code) => Buffer.byteLength(code, "utf8") <= AD_SNIPPET_MAX_BYTES, { error: `Kode iklan maksimal ${AD_SNIPPET_MAX_BYTES / 1000} KB.` })
      .transform((code) => code.replace(/\r\n?/g, "\n").trim() || null)
      .optional()
      .transform((value) => value ?? null),
    startsAt: optional(wibDateTimeField),
    endsAt: optional(wibDateTimeField),
    position: optional(
      z.coerce
        .number({ error: "Harus angka." })
        .int({ error: "Harus bilangan bulat." })
        .min(1, { error: `Antara 1 dan ${MAX_AD_POSITION}.` })
        .max(MAX_AD_POSITION, { error: `Antara 1 dan ${MAX_AD_POSITION}.` }),
    ),
  })
  .superRefine((slot, ctx) => {
    const missing = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (slot.startsAt !== null && slot.endsAt !== null && slot.endsAt <= slot.startsAt) missing("endsAt", "Waktu selesai harus setelah waktu mulai.");
    if (!slot.enabled) return;
    if (POSITIONED_PLACEMENTS.includes(slot.placement) && slot.position === null) missing("position", "Wajib diisi untuk slot ini.");
    if (slot.kind === "snippet") {
      if (!slot.snippet) missing("snippet", "Isi kode iklan dari jaringan iklan.");
      return;
    }
    if (slot.mediaId === null) missing("mediaId", "Pilih gambar banner.");
    if (!slot.targetUrl) missing("targetUrl", "Isi alamat tujuan banner.");
    if (!slot.alt) missing("alt", "Isi teks alternatif banner.");
  });

const DISABLED: Omit<AdSlotSettings, "placement"> = {
  enabled: false,
  kind: "banner",
  mediaId: null,
  targetUrl: null,
  alt: null,
  snippet: null,
  startsAt: null,
  endsAt: null,
  position: null,
};

/** Every slot as the admin form shows it (a slot never saved: disabled and empty). */
export function getEditableAdSlots(viewer: StaffUser): AdSlotSettings[] {
  assertCan(viewer, "manageSettings");
  const { placement, enabled, kind, mediaId, targetUrl, alt, snippet, startsAt, endsAt, position } = adSlots;
  const columns = { placement, enabled, kind, mediaId, targetUrl, alt, snippet, startsAt, endsAt, position };
  const rows = new Map(getDb().select(columns).from(adSlots).all().map((row) => [row.placement, row]));
  return AD_PLACEMENTS.map((name) => rows.get(name) ?? { placement: name, ...DISABLED });
}

/** Admin: replaces one slot's configuration; only the pages with that slot (and its snippet document) are invalidated. */
export function saveAdSlot(actor: StaffUser, slot: AdSlotSettings): void {
  assertCan(actor, "manageSettings");
  getDb().transaction((tx) => {
    if (slot.mediaId !== null && missingMediaIds(tx, [slot.mediaId]).length > 0) {
      throw new Refusal("invalid", "Gambar tidak ditemukan di pustaka media.", "mediaId");
    }
    const values = { ...slot, updatedAt: Date.now() };
    tx.insert(adSlots).values(values).onConflictDoUpdate({ target: adSlots.placement, set: values }).run();
    const { snippet, ...details } = slot;
    recordAudit(tx, {
      actorId: actor.id,
      action: "ad-slot.updated",
      subjectType: "settings",
      subjectId: null,
      details: { ...details, snippetBytes: snippet ? Buffer.byteLength(snippet, "utf8") : 0 },
    });
    recordInvalidation(tx, [tags.adSlot(slot.placement)]);
  });
  applyInvalidations();
}

type ActiveAdCommon = { placement: AdPlacement; position: number | null };
export type ActiveBanner = ActiveAdCommon & { kind: "banner"; href: string; alt: string; imageUrl: string };
export type ActiveSnippet = ActiveAdCommon & { kind: "snippet"; snippet: string };
export type ActiveAdSlot = ActiveBanner | ActiveSnippet;

/** The slot as readers see it at `now`: null when it is off, outside its dates, or incomplete (its image deleted). */
export function readActiveAdSlot(placement: AdPlacement, now: number): ActiveAdSlot | null {
  const row = getDb()
    .select({ slot: adSlots, imageUrl: media.url })
    .from(adSlots)
    .leftJoin(media, eq(media.id, adSlots.mediaId))
    .where(eq(adSlots.placement, placement))
    .get();
  if (!row) return null;
  const { slot, imageUrl } = row;
  if (!slot.enabled || (slot.startsAt !== null && slot.startsAt > now) || (slot.endsAt !== null && slot.endsAt <= now)) return null;
  const common = { placement, position: POSITIONED_PLACEMENTS.includes(placement) ? (slot.position ?? 1) : null };
  if (slot.kind === "snippet") return slot.snippet ? { ...common, kind: "snippet", snippet: slot.snippet } : null;
  if (!imageUrl || !slot.targetUrl || !slot.alt) return null;
  return { ...common, kind: "banner", href: slot.targetUrl, alt: slot.alt, imageUrl };
}

/**
 * The slot for a reader page, cached under its placement's tag. Its dates take effect while pages
 * stay cached because the scheduler invalidates that tag when a start or end time passes
 * (watchAdSchedule).
 */
export const getActiveAdSlot = cachedRead("ad-slot", (placement: AdPlacement) => readActiveAdSlot(placement, Date.now()), (placement) => [tags.adSlot(placement)]);

/** The placements whose start or end time fell in (since, now]. */
export function adSlotsChangedBetween(since: number, now: number): AdPlacement[] {
  const passed = (column: typeof adSlots.startsAt) => and(isNotNull(column), gt(column, since), lte(column, now));
  return getDb()
    .select({ placement: adSlots.placement })
    .from(adSlots)
    .where(and(eq(adSlots.enabled, true), or(passed(adSlots.startsAt), passed(adSlots.endsAt))))
    .all()
    .map((row) => row.placement);
}

/**
 * For the scheduler: a check to run every interval that invalidates the slots whose start or end
 * passed since its previous run (the first run looks back to `startedAt`). Nothing before the start
 * needs it: the page cache lives in memory, so a started server has no page older than itself.
 */
export function watchAdSchedule(startedAt: number): (now: number) => AdPlacement[] {
  let lastRun = startedAt;
  return (now) => {
    const changed = adSlotsChangedBetween(lastRun, now);
    if (changed.length > 0) invalidateTags(changed.map((placement) => tags.adSlot(placement)));
    lastRun = now;
    return changed;
  };
}
