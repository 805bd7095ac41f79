import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { cacheInvalidations } from "@/db/schema";
import { openFreshDatabase } from "@/db/testing";
import { applyInvalidations, invalidateTags, onInvalidationsApplied, recordInvalidation } from "./invalidation";
import { tagExpiry } from "./tag-expiry.mjs";

const recorded = () => getDb().select({ tag: cacheInvalidations.tag }).from(cacheInvalidations).all().map((row) => row.tag);

describe("invalidation as part of the change", () => {
  beforeAll(() => openFreshDatabase());
  afterAll(() => closeDatabase());

  it("is committed with the change and applied in this process right after", () => {
    getDb().transaction((tx) => recordInvalidation(tx, ["tag:banjir", "tag:banjir", "~trending"]));
    expect(recorded()).toEqual(["tag:banjir", "~trending"]);
    expect(tagExpiry("tag:banjir")).toBeUndefined();
    const before = Date.now();
    applyInvalidations();
    expect(tagExpiry("tag:banjir")).toBeGreaterThanOrEqual(before);
    expect(tagExpiry("~trending")).toBeGreaterThanOrEqual(before);
  });

  it("leaves no trace when the change rolls back", () => {
    expect(() =>
      getDb().transaction((tx) => {
        recordInvalidation(tx, ["tag:gagal"]);
        throw new Error("the change was refused");
      }),
    ).toThrow("refused");
    applyInvalidations();
    expect(recorded()).not.toContain("tag:gagal");
    expect(tagExpiry("tag:gagal")).toBeUndefined();
  });
});

describe("listeners of applied invalidations (the shared cache's purger)", () => {
  beforeAll(() => openFreshDatabase());
  afterAll(() => closeDatabase());

  it("hear each invalidation committed after they started listening, once", () => {
    invalidateTags(["tag:sebelum"]);
    const heard: string[][] = [];
    onInvalidationsApplied((tagList) => heard.push(tagList));
    getDb().transaction((tx) => recordInvalidation(tx, ["article:7", "~article:7"]));
    applyInvalidations();
    applyInvalidations();
    invalidateTags(["home"]);
    expect(heard).toEqual([["article:7", "~article:7"], ["home"]]);
  });
});
