import { describe, expect, it } from "vitest";
import { describeDevice, UNKNOWN_DEVICE } from "./device";

describe("describeDevice", () => {
  it("names the browser and system of common User-Agents", () => {
    const cases: [string, string][] = [
      ["Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36", "Chrome di Android"],
      ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "Safari di iPhone"],
      ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1", "Chrome di iPhone"],
      ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0", "Edge di Windows"],
      ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:132.0) Gecko/20100101 Firefox/132.0", "Firefox di macOS"],
      ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0", "Opera di Linux"],
      ["Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36", "Samsung Internet di Android"],
      ["Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36", "Chrome di ChromeOS"],
    ];
    for (const [userAgent, expected] of cases) expect(describeDevice(userAgent)).toBe(expected);
  });

  it("says what it can, and 'tidak dikenal' for nothing or a tool", () => {
    expect(describeDevice("Mozilla/5.0 (Windows NT 10.0; Win64; x64)")).toBe("Peramban di Windows");
    for (const userAgent of [null, undefined, "", "curl/8.5.0", "python-requests/2.32"]) expect(describeDevice(userAgent)).toBe(UNKNOWN_DEVICE);
  });

  it("never repeats any of a hostile User-Agent's own text, and stays short for any input", () => {
    const hostile = [
      '<script>alert(1)</script> Chrome/1.0 (Android)',
      '"><img src=x onerror=alert(1)> Firefox/1 Windows',
      `${"A".repeat(100_000)} Chrome/131 Android`,
      `Chrome/131 ${"(".repeat(50_000)}`,
      "Version/1 " + " ".repeat(100_000) + "x",
      "\u0000\u202e Chrome/1 Linux \r\nSet-Cookie: x=1",
    ];
    const vocabulary = /^(?:(?:Edge|Opera|Samsung Internet|Firefox|Chrome|Safari|Peramban)(?: di (?:Android|iPhone|iPad|ChromeOS|Windows|macOS|Linux))?|Perangkat tidak dikenal)$/;
    for (const userAgent of hostile) {
      const started = performance.now();
      const device = describeDevice(userAgent);
      expect(performance.now() - started).toBeLessThan(200);
      expect(device).toMatch(vocabulary);
      expect(device.length).toBeLessThanOrEqual(100);
    }
    // A browser token past the first 512 characters is not looked for.
    expect(describeDevice(`${"A".repeat(600)} Chrome/131 Android`)).toBe(UNKNOWN_DEVICE);
  });
});
