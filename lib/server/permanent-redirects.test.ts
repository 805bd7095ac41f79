import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, finishWhenComplete } from "./gzip-response";
import { answerPermanentRedirectsWith301 } from "./permanent-redirects";

let server: Server;
let base: string;

function send(method: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; location?: string }>((resolve, reject) => {
    request(`${base}/berita/judul-lama`, { method, headers }, (res) => {
      res.resume();
      const locations = res.rawHeaders.filter((_, i) => i % 2 === 0 && res.rawHeaders[i]!.toLowerCase() === "location");
      res.on("end", () => resolve({ status: res.statusCode!, location: locations.length === 1 ? res.headers.location : `${locations.length} Location headers` }));
    })
      .on("error", reject)
      .end();
  });
}

beforeAll(async () => {
  // Redirects the way Next does: statusCode and Location set, then end() without writeHead.
  server = createServer((req, res) => {
    answerPermanentRedirectsWith301(req, res);
    if (acceptsGzip(req)) finishWhenComplete(req, res, { gzip: true, readerPage: false });
    res.statusCode = 308;
    // Twice, as Next sends it on the first render of a cached redirect.
    res.setHeader("location", ["/berita/judul-baru", "/berita/judul-baru"]);
    res.end("/berita/judul-baru");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

describe("permanent redirects", () => {
  it("answer GET and HEAD with 301 and a single Location, with or without gzip", async () => {
    expect(await send("GET")).toEqual({ status: 301, location: "/berita/judul-baru" });
    expect(await send("GET", { "accept-encoding": "gzip" })).toEqual({ status: 301, location: "/berita/judul-baru" });
    expect((await send("HEAD")).status).toBe(301);
  });

  it("keep 308 for other methods, whose body must be sent again", async () => {
    expect((await send("POST")).status).toBe(308);
  });
});
