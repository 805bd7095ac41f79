import { readFileSync } from "node:fs";
import { ServerResponse, IncomingMessage } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { PUBLIC_CACHE_CONTROL, shortenSharedCaching } from "./cache-control";

function response() {
  const res = new ServerResponse(new IncomingMessage(new Socket()));
  shortenSharedCaching(res);
  return res;
}

describe("Cache-Control for a CDN in front", () => {
  it("gives cached public pages a short shared lifetime instead of Next's year of stale-while-revalidate", () => {
    const res = response();
    res.setHeader("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700");
    expect(res.getHeader("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
  });

  it("leaves private and no-store responses (newsroom, search) as they are", () => {
    const res = response();
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    expect(res.getHeader("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
  });

  it("lets a shared cache serve a public response stale for as long as Varnish's grace, and no longer", () => {
    const grace = /^\s*set beresp\.grace = (\d+)m;/m.exec(readFileSync("deploy/varnish/portal.vcl", "utf8"));
    expect(grace).not.toBeNull();
    expect(PUBLIC_CACHE_CONTROL).toContain(`stale-while-revalidate=${Number(grace![1]) * 60}`);
  });
});
