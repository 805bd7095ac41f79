import { desc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { adsTxtField, adsTxtResponse, getEditableAdsTxt, unreadableAdsTxtLines, updateAdsTxt } from "./ads-txt";

const GOOD = [
  "# Penjual resmi RI News Portal",
  "google.com, pub-1234567890123456, DIRECT, f08c47fec0942fa0",
  "",
  "appnexus.com, 12447, RESELLER  # lewat mitra",
  "contact=iklan@rinewsportal.example",
  "OWNERDOMAIN=rinewsportal.example",
].join("\n");

describe("ads.txt lines", () => {
  it("accepts records, variables, comments and blank lines", () => {
    expect(unreadableAdsTxtLines(GOOD)).toEqual([]);
  });

  it("names the lines an ad exchange could not read", () => {
    const text = ["google.com, pub-1, DIRECT", "google.com pub-1 DIRECT", "google.com, pub-1, LANGSUNG", "<script>alert(1)</script>", "pub-1, DIRECT"].join("\n");
    expect(unreadableAdsTxtLines(text)).toEqual([2, 3, 4, 5]);
    const parsed = adsTxtField.safeParse(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toBe("Baris 2, 3, 4, 5 tidak sesuai format ads.txt: domain, ID penerbit, DIRECT atau RESELLER.");
  });

  it("keeps the file as typed, with Windows line ends made plain and the ends trimmed", () => {
    expect(adsTxtField.parse(`\r\n${GOOD.replaceAll("\n", "\r\n")}\r\n\r\n`)).toBe(GOOD);
    expect(adsTxtField.safeParse("x".repeat(64_001)).success).toBe(false);
    expect(adsTxtField.safeParse(42).success).toBe(false);
  });
});

describe("keeping ads.txt", () => {
  beforeAll(() => seedFreshDatabase());
  afterAll(() => closeDatabase());

  it("is absent (404) on a new site", async () => {
    expect((await adsTxtResponse()).status).toBe(404);
  });

  it("an admin saves it: audited, /ads.txt alone invalidated, served as plain text", async () => {
    const { admin } = seededStaff();
    const mark = lastInvalidationId();
    updateAdsTxt(admin, GOOD);
    expect(getEditableAdsTxt(admin)).toBe(GOOD);
    expect(invalidatedSince(mark)).toEqual([tags.adsTxt]);
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ actorId: admin.id, action: "ads-txt.updated" });
    const response = await adsTxtResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe(`${GOOD}\n`);
  });

  it("an editor can neither read nor change it, and the refusal changes nothing", () => {
    const { editor } = seededStaff();
    const before = traceCounts();
    expect(refusalOf(() => updateAdsTxt(editor, "google.com, pub-9, DIRECT")).reason).toBe("forbidden");
    expect(refusalOf(() => getEditableAdsTxt(editor)).reason).toBe("forbidden");
    expect(traceCounts()).toEqual(before);
  });

  it("emptied, /ads.txt is gone again", async () => {
    updateAdsTxt(seededStaff().admin, "");
    expect((await adsTxtResponse()).status).toBe(404);
  });
});
