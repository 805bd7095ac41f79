import { describe, expect, it } from "vitest";
import { articleIdParam, parseParams, searchParamsSchema } from "./route-params";

describe("searchParamsSchema", () => {
  it("reads q and page, taking the first of repeated values", () => {
    expect(parseParams(searchParamsSchema, { q: ["banjir", "gempa"], page: "2" })).toEqual({ q: "banjir", page: 2 });
    expect(parseParams(searchParamsSchema, {})).toEqual({ q: "", page: 1 });
  });

  it("refuses a malformed page but accepts any q", () => {
    expect(parseParams(searchParamsSchema, { q: "x", page: "0" })).toBeNull();
    expect(parseParams(searchParamsSchema, { q: "x", page: "dua" })).toBeNull();
    expect(parseParams(searchParamsSchema, { q: "\u0000'; drop table --" })).toEqual({ q: "\u0000'; drop table --", page: 1 });
  });
});

describe("articleIdParam", () => {
  it("accepts positive integer ids and refuses the rest", () => {
    expect(parseParams(articleIdParam, "42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "abc", "042", "9".repeat(16)]) expect(parseParams(articleIdParam, bad)).toBeNull();
  });
});
