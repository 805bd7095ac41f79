import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { routeSearchToResults } from "./search-route";

const routed = (url: string, method = "GET") => {
  const req = { method, url } as IncomingMessage;
  routeSearchToResults(req);
  return req.url;
};

describe("routeSearchToResults", () => {
  it("sends a search to its results route, page included", () => {
    expect(routed("/cari?q=banjir%20bandang")).toBe("/cari/hasil/1/banjir%20bandang");
    expect(routed("/cari?q=banjir&page=2", "HEAD")).toBe("/cari/hasil/2/banjir");
    expect(routed("/cari?page=3&q=%3Cscript%3E")).toBe("/cari/hasil/3/%3Cscript%3E");
  });

  it("leaves the empty form, other paths and other methods alone", () => {
    for (const url of ["/cari", "/cari?q=", "/cari?q=%20%20", "/cari?q=..", "/caribou?q=x", "/cari/hasil/1/x", "/berita/cari?q=x"]) expect(routed(url)).toBe(url);
    expect(routed("/cari?q=banjir", "POST")).toBe("/cari?q=banjir");
  });
});
