import { describe, expect, it } from "vitest";
import { searchResultsRoute } from "@/lib/urls";
import { articleIdParam, parseParams, searchResultParams } from "./route-params";

describe("searchResultParams", () => {
  it("reads the page and the query as typed, trimmed and cut to 200 characters", () => {
    expect(parseParams(searchResultParams, { page: "2", q: "  banjir rob  " })).toEqual({ page: 2, q: "banjir rob" });
    expect(parseParams(searchResultParams, { page: "1", q: "\u0000'; drop table --" })).toEqual({ page: 1, q: "\u0000'; drop table --" });
    expect(parseParams(searchResultParams, { page: "1", q: "a".repeat(500) })?.q).toHaveLength(200);
  });

  it("refuses a malformed page and an empty query", () => {
    for (const page of ["0", "dua", "1.5", ""]) expect(parseParams(searchResultParams, { page, q: "x" })).toBeNull();
    expect(parseParams(searchResultParams, { page: "1", q: "   " })).toBeNull();
  });
});

describe("searchResultsRoute", () => {
  it("has no route for an empty query or one that a URL would resolve away", () => {
    for (const query of ["", "   ", ".", " .. "]) expect(searchResultsRoute(query, "1")).toBeNull();
  });

  it("puts any query into one path segment, and a results page reads it back", () => {
    for (const query of ["korea utara", "a/b?c#d", "50% & <script>", "...", "🔥 ** ()"]) {
      const [, , , page, q] = searchResultsRoute(query, "3")!.split("/");
      // Next may hand the segment over decoded or still encoded: both read the same.
      expect(parseParams(searchResultParams, { page: decodeURIComponent(page!), q: decodeURIComponent(q!) })).toEqual({ page: 3, q: query });
      expect(parseParams(searchResultParams, { page: decodeURIComponent(page!), q })).toEqual({ page: 3, q: query });
    }
  });
});

describe("articleIdParam", () => {
  it("accepts positive integer ids and refuses the rest", () => {
    expect(parseParams(articleIdParam, "42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "abc", "042", "9".repeat(16)]) expect(parseParams(articleIdParam, bad)).toBeNull();
  });
});
