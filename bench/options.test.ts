import { describe, expect, it } from "vitest";
import { parseOptions } from "./options";

describe("parseOptions", () => {
  it("runs the news day's writers unless --no-writers asks for a control run", () => {
    expect(parseOptions(["--scenario", "news-day"])).toMatchObject({ scenario: "news-day", noWriters: false, duration: 60 });
    expect(parseOptions(["--scenario", "news-day", "--no-writers"])).toMatchObject({ noWriters: true });
  });

  it("names the flag of a value it refuses", () => {
    expect(() => parseOptions(["--connections", "0"])).toThrow(/^--connections: /);
    expect(() => parseOptions(["--writers"])).toThrow();
  });
});
