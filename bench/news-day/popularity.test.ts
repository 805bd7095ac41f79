import { describe, expect, it } from "vitest";
import { cumulativeTable, pickIndex, zipfWeights } from "./popularity";

describe("zipfWeights", () => {
  it("falls off as 1 / rank and sums to the total asked for", () => {
    const weights = zipfWeights(5_000, 1, 0.8);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(0.8, 12);
    expect(weights[0]! / weights[1]!).toBeCloseTo(2, 12);
    expect(weights[0]! / weights[99]!).toBeCloseTo(100, 9);
    // A few hot stories, a long tail: the top 10 of 5 000 take about a third of the article reads.
    const top10 = weights.slice(0, 10).reduce((a, b) => a + b, 0) / 0.8;
    expect(top10).toBeGreaterThan(0.3);
    expect(top10).toBeLessThan(0.35);
  });
});

describe("cumulativeTable", () => {
  it("rises from the first weight's share to exactly 1", () => {
    expect(cumulativeTable([1, 1, 2])).toEqual([0.25, 0.5, 1]);
    const table = cumulativeTable(zipfWeights(1_000, 1.1));
    expect(table.at(-1)).toBe(1);
    expect(table.every((value, i) => i === 0 || value >= table[i - 1]!)).toBe(true);
  });

  it("refuses an empty list, a negative weight and an all-zero list", () => {
    expect(() => cumulativeTable([])).toThrow();
    expect(() => cumulativeTable([1, -1])).toThrow();
    expect(() => cumulativeTable([0, 0])).toThrow();
  });
});

describe("pickIndex", () => {
  it("picks each index for its own stretch of [0, 1), never a zero weight", () => {
    const table = cumulativeTable([1, 0, 1, 2]);
    expect(pickIndex(table, 0)).toBe(0);
    expect(pickIndex(table, 0.2499)).toBe(0);
    expect(pickIndex(table, 0.25)).toBe(2);
    expect(pickIndex(table, 0.4999)).toBe(2);
    expect(pickIndex(table, 0.5)).toBe(3);
    expect(pickIndex(table, 0.999999)).toBe(3);
  });

  it("draws in proportion to the weights", () => {
    const weights = zipfWeights(50, 1);
    const table = cumulativeTable(weights);
    const counts = new Array<number>(50).fill(0);
    const draws = 200_000;
    for (let i = 0; i < draws; i++) counts[pickIndex(table, (i + 0.5) / draws)]!++;
    counts.forEach((count, i) => expect(count / draws).toBeCloseTo(weights[i]!, 3));
  });
});
