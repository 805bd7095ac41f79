import { describe, expect, it } from "vitest";
import { firstSentence, truncateText } from "./text";

describe("text helpers", () => {
  it("truncates on a word boundary with an ellipsis, counting characters not UTF-16 units", () => {
    expect(truncateText("satu dua tiga empat", 12)).toBe("satu dua…");
    expect([...truncateText("🙂".repeat(20), 10)]).toHaveLength(10);
    expect(truncateText("  pendek  ", 10)).toBe("pendek");
  });

  it("takes the first sentence, not breaking at abbreviations or thousands separators", () => {
    expect(firstSentence("Harga naik Rp1.000 per kilo. Pedagang mengeluh.")).toBe("Harga naik Rp1.000 per kilo.");
    expect(firstSentence("Tanpa titik")).toBe("Tanpa titik");
    expect(firstSentence("a".repeat(300)).length).toBeLessThanOrEqual(160);
  });
});
