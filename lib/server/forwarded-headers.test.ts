import { IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { dropUntrustedForwarding, isHttps } from "./forwarded-headers";

function requestWith(headers: Record<string, string>): IncomingMessage {
  const req = new IncomingMessage(new Socket());
  req.headers = { ...headers };
  return req;
}

const FORGED = { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-forwarded-host": "evil.example", host: "portal.example" };

describe("X-Forwarded-* headers", () => {
  it("are dropped unless TRUST_PROXY: a client cannot choose its address, scheme or host", () => {
    const req = requestWith(FORGED);
    dropUntrustedForwarding(req, false);
    expect(req.headers).toEqual({ host: "portal.example" });
    expect(isHttps(req.headers["x-forwarded-proto"])).toBe(false);
  });

  it("are kept behind a trusted proxy, whose scheme decides https", () => {
    const req = requestWith(FORGED);
    dropUntrustedForwarding(req, true);
    expect(req.headers).toEqual(FORGED);
    expect(isHttps(req.headers["x-forwarded-proto"])).toBe(true);
    expect(isHttps("https, http")).toBe(true);
    expect(isHttps("http")).toBe(false);
  });
});
