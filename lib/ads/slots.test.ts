import { desc, max } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog, media } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { AD_DOCUMENT_CONTENT_SECURITY_POLICY, adDocumentResponse } from "./snippet-document";
import { AD_SNIPPET_MAX_BYTES, adSlotInput, getEditableAdSlots, readActiveAdSlot, saveAdSlot, watchAdSchedule, type AdSlotSettings } from "./slots";

const HOUR = 60 * 60 * 1000;
let admin: StaffUser;
let editor: StaffUser;
let imageId: number;

beforeAll(async () => {
  await seedFreshDatabase();
  ({ admin, editor } = seededStaff());
  imageId = getDb().select({ id: max(media.id) }).from(media).get()!.id!;
});
afterAll(() => closeDatabase());

const form = (fields: Record<string, string>) => ({
  placement: "leaderboard",
  enabled: "on",
  kind: "banner",
  mediaId: String(imageId),
  targetUrl: "https://pengiklan.example/promo",
  alt: "Promo akhir tahun",
  snippet: "",
  startsAt: "",
  endsAt: "",
  ...fields,
});

function errorsOf(fields: Record<string, string>): Record<string, string[] | undefined> {
  const parsed = adSlotInput.safeParse(form(fields));
  if (parsed.success) throw new Error("expected the form to be refused");
  return z.flattenError(parsed.error).fieldErrors;
}

const banner = (slot: Partial<AdSlotSettings> = {}): AdSlotSettings => ({
  ...adSlotInput.parse(form({})),
  ...slot,
});

describe("the ad slot form", () => {
  it("reads a complete banner, with its WIB dates as UTC instants", () => {
    const slot = adSlotInput.parse(form({ startsAt: "2026-12-24T18:00", endsAt: "2027-01-01T00:00" }));
    expect(slot).toMatchObject({ placement: "leaderboard", enabled: true, kind: "banner", mediaId: imageId, targetUrl: "https://pengiklan.example/promo" });
    expect(slot.startsAt).toBe(Date.parse("2026-12-24T11:00:00Z"));
    expect(slot.endsAt).toBe(Date.parse("2026-12-31T17:00:00Z"));
  });

  it("refuses a banner link that is not http(s)", () => {
    for (const targetUrl of ["javascript:alert(1)", "JavaScript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "//evil.example", "pengiklan.example"]) {
      expect(errorsOf({ targetUrl }).targetUrl, targetUrl).toEqual(["Harus alamat lengkap yang diawali http:// atau https://."]);
    }
  });

  it("refuses a snippet over the size limit, counted in bytes", () => {
    expect(errorsOf({ kind: "snippet", snippet: "a".repeat(AD_SNIPPET_MAX_BYTES + 1) }).snippet).toEqual(["Kode iklan maksimal 20 KB."]);
    // 2 bytes each in UTF-8: within the limit in characters, over it in bytes.
    expect(errorsOf({ kind: "snippet", snippet: "é".repeat(AD_SNIPPET_MAX_BYTES / 2 + 1) }).snippet).toEqual(["Kode iklan maksimal 20 KB."]);
    expect(adSlotInput.parse(form({ kind: "snippet", snippet: "a".repeat(AD_SNIPPET_MAX_BYTES) })).snippet).toHaveLength(AD_SNIPPET_MAX_BYTES);
  });

  it("refuses wrong types and unknown values with a message per field", () => {
    const errors = errorsOf({ placement: "popup", enabled: "yes", kind: "video", mediaId: "abc" });
    expect(Object.keys(errors).sort()).toEqual(["enabled", "kind", "mediaId", "placement"]);
    for (const position of ["0", "21", "2.5", "dua"]) expect(errorsOf({ placement: "in-article", position }).position, position).toBeDefined();
    expect(errorsOf({ startsAt: "2026-02-31T10:00" }).startsAt).toEqual(["Tanggal dan jam tidak valid."]);
    expect(errorsOf({ startsAt: "2026-12-24T18:00", endsAt: "2026-12-24T18:00" }).endsAt).toEqual(["Waktu selesai harus setelah waktu mulai."]);
    expect(adSlotInput.safeParse({ ...form({}), snippet: 42 }).success).toBe(false);
  });

  it("asks an enabled slot for what it needs, and lets a disabled one be saved unfinished", () => {
    expect(errorsOf({ mediaId: "", targetUrl: "", alt: "" })).toEqual({
      mediaId: ["Pilih gambar banner."],
      targetUrl: ["Isi alamat tujuan banner."],
      alt: ["Isi teks alternatif banner."],
    });
    expect(errorsOf({ kind: "snippet" }).snippet).toEqual(["Isi kode iklan dari jaringan iklan."]);
    expect(errorsOf({ placement: "listing" }).position).toEqual(["Wajib diisi untuk slot ini."]);
    expect(adSlotInput.parse(form({ enabled: "off", mediaId: "", targetUrl: "", alt: "" }))).toMatchObject({ enabled: false, mediaId: null, targetUrl: null });
  });
});

describe("saving a slot", () => {
  it("an admin saves it: audited, and only that placement's pages and document invalidated", () => {
    const mark = lastInvalidationId();
    saveAdSlot(admin, banner());
    expect(invalidatedSince(mark)).toEqual([tags.adSlot("leaderboard")]);
    expect(getEditableAdSlots(admin).find((slot) => slot.placement === "leaderboard")).toEqual(banner());
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ actorId: admin.id, action: "ad-slot.updated", subjectType: "settings" });
  });

  it("refuses an image that is not in the media library, changing nothing", () => {
    const before = traceCounts();
    const refusal = refusalOf(() => saveAdSlot(admin, banner({ placement: "sidebar", mediaId: imageId + 1000 })));
    expect(refusal).toMatchObject({ reason: "invalid", field: "mediaId", message: "Gambar tidak ditemukan di pustaka media." });
    expect(traceCounts()).toEqual(before);
    expect(getEditableAdSlots(admin).find((slot) => slot.placement === "sidebar")?.enabled).toBe(false);
  });

  it("an editor can neither read nor change the slots", () => {
    const before = traceCounts();
    expect(refusalOf(() => saveAdSlot(editor, banner({ placement: "sidebar" }))).reason).toBe("forbidden");
    expect(refusalOf(() => getEditableAdSlots(editor)).reason).toBe("forbidden");
    expect(traceCounts()).toEqual(before);
  });
});

describe("what readers get", () => {
  it("a slot shows only while on and within its dates", () => {
    const now = Date.now();
    saveAdSlot(admin, banner({ startsAt: now + HOUR, endsAt: now + 2 * HOUR }));
    expect(readActiveAdSlot("leaderboard", now)).toBeNull();
    expect(readActiveAdSlot("leaderboard", now + HOUR)).toMatchObject({ kind: "banner", href: "https://pengiklan.example/promo", alt: "Promo akhir tahun" });
    expect(readActiveAdSlot("leaderboard", now + 2 * HOUR)).toBeNull();
    saveAdSlot(admin, banner({ enabled: false }));
    expect(readActiveAdSlot("leaderboard", now)).toBeNull();
    expect(readActiveAdSlot("in-article", now)).toBeNull();
  });

  it("a snippet is served as its own document, under its own policy, framed only by this site", async () => {
    saveAdSlot(admin, banner({ placement: "in-article", kind: "snippet", snippet: "<script>document.write('iklan jaringan')</script>", position: 3 }));
    expect(readActiveAdSlot("in-article", Date.now())).toMatchObject({ kind: "snippet", position: 3 });
    const response = await adDocumentResponse("in-article");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(AD_DOCUMENT_CONTENT_SECURITY_POLICY);
    expect(AD_DOCUMENT_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'self'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(await response.text()).toContain("<script>document.write('iklan jaringan')</script>");
    // A banner slot, a disabled one and anything that is no placement have no document.
    saveAdSlot(admin, banner({ enabled: true }));
    for (const placement of ["leaderboard", "sidebar", "popup", "../redaksi", "in-article%00"]) {
      expect((await adDocumentResponse(placement)).status, placement).toBe(404);
    }
    saveAdSlot(admin, banner({ enabled: false }));
  });

  it("the scheduler's check invalidates a slot once, at the first run after its start or end time passed", () => {
    const t0 = Date.now();
    saveAdSlot(admin, banner({ placement: "sidebar", startsAt: t0 + 10 * 60_000, endsAt: t0 + 20 * 60_000 }));
    const check = watchAdSchedule(t0);
    const mark = lastInvalidationId();
    expect(check(t0 + 5 * 60_000)).toEqual([]);
    expect(check(t0 + 10 * 60_000)).toEqual(["sidebar"]);
    expect(invalidatedSince(mark)).toEqual([tags.adSlot("sidebar")]);
    expect(check(t0 + 11 * 60_000)).toEqual([]);
    expect(check(t0 + 25 * 60_000)).toEqual(["sidebar"]);
    expect(check(t0 + 26 * 60_000)).toEqual([]);
    expect(invalidatedSince(mark)).toEqual([tags.adSlot("sidebar"), tags.adSlot("sidebar")]);
    // Times before the watch began were met by a server that had no cached page yet.
    expect(watchAdSchedule(t0 + 30 * 60_000)(t0 + 31 * 60_000)).toEqual([]);
    saveAdSlot(admin, banner({ placement: "sidebar", enabled: false }));
  });
});
