import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { hashtags } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { ensureHashtags, suggestHashtags } from "./index";

beforeAll(async () => {
  await seedFreshDatabase();
});
afterAll(() => closeDatabase());

describe("suggestHashtags", () => {
  it("finds existing hashtags by the start of their normalized name, most used first", () => {
    ensureHashtags(getDb(), [{ name: "RepublikIndonesiaPortalBaru", slug: "republikindonesiaportalbaru" }]);
    const found = suggestHashtags("Republik Indonesia P");
    expect(found.map((tag) => tag.slug)).toEqual(["republikindonesiaportal", "republikindonesiaportalbaru"]);
    expect(found[0]!.articles).toBeGreaterThan(0);
    expect(found[1]!.articles).toBe(0);
  });

  it("orders by published use, so a common tag comes before a rare one with the same start", () => {
    const found = suggestHashtags("b");
    expect(found.length).toBeGreaterThan(1);
    const counts = found.map((tag) => tag.articles);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(found[0]!.slug).toBe("beritaterkini");
  });

  it("answers nothing for input without letters or digits, and treats SQL and wildcards as text", () => {
    expect(suggestHashtags("")).toEqual([]);
    expect(suggestHashtags("#  ,")).toEqual([]);
    expect(suggestHashtags("%")).toEqual([]);
    expect(suggestHashtags("' or 1=1 --")).toEqual([]);
    expect(getDb().select().from(hashtags).where(eq(hashtags.slug, "or11")).get()).toBeUndefined();
  });

  it("caps the list", () => {
    expect(suggestHashtags("a", 3).length).toBeLessThanOrEqual(3);
  });
});
