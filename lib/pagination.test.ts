import { describe, expect, it } from "vitest";
import { pageCount, pageOffset, parsePageParam, visiblePages } from "./pagination";

describe("pagination", () => {
  it.each(["1", "2", "500", "999999"])("accepts the page number %j", (value) => {
    expect(parsePageParam(value)).toBe(Number(value));
  });

  it.each(["0", "-1", "01", "+2", "2.0", "1e3", "abc", "", " 2", "2 ", "1000000", "٣", undefined, 2, ["2"]])("refuses %j", (value) => {
    expect(parsePageParam(value)).toBeNull();
  });

  it("counts pages of 20, with one page for an empty listing", () => {
    expect([0, 1, 20, 21, 40, 41].map(pageCount)).toEqual([1, 1, 1, 2, 2, 3]);
    expect(pageOffset(1)).toBe(0);
    expect(pageOffset(500)).toBe(9980);
  });

  it("offers the first and last pages and two on each side of the current one", () => {
    expect(visiblePages(1, 1)).toEqual([1]);
    expect(visiblePages(1, 4)).toEqual([1, 2, 3, 4]);
    expect(visiblePages(10, 30_000)).toEqual([1, null, 8, 9, 10, 11, 12, null, 30_000]);
    expect(visiblePages(3, 10)).toEqual([1, 2, 3, 4, 5, null, 10]);
    expect(visiblePages(10, 10)).toEqual([1, null, 8, 9, 10]);
  });
});
