import { describe, expect, it } from "vitest";
import { ConfigurationError, demoContent, trustProxy } from "./environment";

describe("TRUST_PROXY", () => {
  it("is on for 1 and true, off for 0, false, empty or unset", () => {
    for (const value of ["1", "true", "TRUE", " true "]) expect(trustProxy({ TRUST_PROXY: value })).toBe(true);
    for (const value of ["0", "false", "False", ""]) expect(trustProxy({ TRUST_PROXY: value })).toBe(false);
    expect(trustProxy({})).toBe(false);
  });

  it("refuses anything else with a message naming the variable and what it accepts", () => {
    for (const value of ["yes", "no", "2", "127.0.0.1", "truee"]) {
      expect(() => trustProxy({ TRUST_PROXY: value })).toThrow(ConfigurationError);
    }
    expect(() => trustProxy({ TRUST_PROXY: "no" })).toThrow('TRUST_PROXY="no" is not understood: use 1, true, on to switch it on, or 0, false, off');
  });
});

describe("DEMO_CONTENT", () => {
  it("is on unless switched off, and refuses what it does not understand", () => {
    expect(demoContent({})).toBe(true);
    expect(demoContent({ DEMO_CONTENT: "off" })).toBe(false);
    expect(demoContent({ DEMO_CONTENT: "0" })).toBe(false);
    expect(demoContent({ DEMO_CONTENT: "on" })).toBe(true);
    expect(() => demoContent({ DEMO_CONTENT: "none" })).toThrow("DEMO_CONTENT");
  });
});
