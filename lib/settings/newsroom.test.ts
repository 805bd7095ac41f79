import { desc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { tags } from "@/lib/cache/tags";
import { getBoxRedaksi, type BoxRedaksi } from "@/lib/settings";
import { getEditableBoxRedaksi, updateBoxRedaksi } from "./newsroom";
import { invalidatedSince, lastInvalidationId, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";

const BOX: BoxRedaksi = {
  companyName: "PT Kabar Nusantara Media",
  address: "Jl. Sudirman No. 1\nJakarta 10220",
  phone: "(021) 555-0199",
  email: "redaksi@kabar.example",
  responsiblePerson: "Sri Wahyuni",
  editorInChief: "Andi Pratama",
  dewanPersNumber: "1234/DP-Verifikasi/K/XII/2026",
};

describe("the box redaksi", () => {
  beforeAll(() => seedFreshDatabase());
  afterAll(() => closeDatabase());

  it("comes with the demo content", () => {
    expect(getBoxRedaksi()).toMatchObject({ companyName: "PT RI Media Nusantara", editorInChief: "Bambang Sutrisno", dewanPersNumber: "" });
  });

  it("an admin replaces it: audited, and the Redaksi and Kontak pages (static pages) invalidated", () => {
    const { admin } = seededStaff();
    const mark = lastInvalidationId();
    updateBoxRedaksi(admin, BOX);
    expect(getEditableBoxRedaksi(admin)).toEqual(BOX);
    expect(invalidatedSince(mark)).toEqual([tags.staticPages]);
    expect(getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()).toMatchObject({ actorId: admin.id, action: "box-redaksi.updated" });
  });

  it("an editor can neither read nor change it, and the refusal changes nothing", () => {
    const { editor } = seededStaff();
    const before = traceCounts();
    expect(refusalOf(() => updateBoxRedaksi(editor, { ...BOX, companyName: "PT Lain" })).reason).toBe("forbidden");
    expect(refusalOf(() => getEditableBoxRedaksi(editor)).reason).toBe("forbidden");
    expect(traceCounts()).toEqual(before);
    expect(getBoxRedaksi().companyName).toBe(BOX.companyName);
  });
});
