import { desc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { ANALYTICS_ID_MESSAGE, analyticsIdField, getCachedAnalyticsId, getEditableAnalyticsId, updateAnalyticsId } from "./analytics";

describe("the analytics id field", () => {
  it("takes a GA4 measurement id or a GTM container id, in any case and with spaces around", () => {
    expect(analyticsIdField.parse("G-ABC123XYZ9")).toBe("G-ABC123XYZ9");
    expect(analyticsIdField.parse("  gtm-5abcd7  ")).toBe("GTM-5ABCD7");
  });

  it("takes nothing as off", () => {
    expect(analyticsIdField.parse("")).toBe("");
    expect(analyticsIdField.parse("   ")).toBe("");
  });

  it("refuses anything else with one Indonesian message", () => {
    for (const input of ["UA-12345-1", "G-", "G-12", "GTM-", "AW-123456789", "G-ABC DEF", "G-ABC123\"><script>", "https://www.googletagmanager.com/gtag/js?id=G-ABC123", `G-${"A".repeat(21)}`]) {
      const result = analyticsIdField.safeParse(input);
      expect(result.success, input).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(ANALYTICS_ID_MESSAGE);
    }
  });

  it("refuses what is not text", () => {
    expect(analyticsIdField.safeParse(undefined).success).toBe(false);
  });
});

describe("the analytics setting", () => {
  beforeAll(() => seedFreshDatabase());
  afterAll(() => closeDatabase());

  it("is off on a new site", async () => {
    expect(await getCachedAnalyticsId()).toBe("");
  });

  it("an admin sets and clears it: audited, and every reader page invalidated", async () => {
    const { admin } = seededStaff();
    const mark = lastInvalidationId();
    updateAnalyticsId(admin, "G-ABC123XYZ9");
    expect(await getCachedAnalyticsId()).toBe("G-ABC123XYZ9");
    expect(invalidatedSince(mark)).toEqual([tags.site]);
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ actorId: admin.id, action: "analytics.updated", details: { id: "G-ABC123XYZ9" } });
    updateAnalyticsId(admin, "");
    expect(getEditableAnalyticsId(admin)).toBe("");
  });

  it("an editor can neither read nor change it, and the refusal changes nothing", () => {
    const { editor } = seededStaff();
    const before = traceCounts();
    expect(refusalOf(() => updateAnalyticsId(editor, "GTM-ABCDEF")).reason).toBe("forbidden");
    expect(refusalOf(() => getEditableAnalyticsId(editor)).reason).toBe("forbidden");
    expect(traceCounts()).toEqual(before);
  });
});
