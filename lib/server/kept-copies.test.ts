import { describe, expect, it } from "vitest";
import { KeptCopies } from "./kept-copies";

const KB = 1024;
const body = (size = KB) => Buffer.alloc(size, 1);
/** Room for `copies` site copies of 1 KB (the site has 90 % of the budget). */
const budgetFor = (copies: number) => Math.ceil((copies * KB) / 0.9) + 1;

describe("KeptCopies", () => {
  it("lets the least recently used copies go first once over the budget", () => {
    const kept = new KeptCopies(budgetFor(4));
    for (const name of ["a", "b", "c", "d"]) kept.add(`/berita/${name}`, `"${name}"`, body());
    kept.get("/berita/a", '"a"');
    kept.add("/berita/e", '"e"', body());
    expect(kept.get("/berita/a", '"a"')).toBeDefined();
    expect(kept.get("/berita/b", '"b"')).toBeUndefined();
    expect(kept.sizes().site.count).toBe(4);
  });

  it("keeps a page read throughout while a flood of other pages passes through", () => {
    const kept = new KeptCopies(budgetFor(50));
    kept.add("/berita/utama", '"1"', body());
    for (let i = 0; i < 5_000; i++) {
      kept.add(`/berita/lain-${i}`, `"${i}"`, body());
      if (i % 10 === 0) expect(kept.get("/berita/utama", '"1"'), `after ${i} others`).toBeDefined();
    }
    expect(kept.sizes().site.count).toBe(50);
  });

  it("finds a page's copy under its path however the request spells it, and never for another query", () => {
    const kept = new KeptCopies(budgetFor(10));
    kept.add("/berita/banjir", '"v1"', body());
    kept.keepPage("/berita/banjir", '"v1"', { head: [["content-type", "text/html"]], facts: undefined as never });
    for (const url of ["/berita/banjir", "/berita/./banjir", "/tag/../berita/banjir"]) expect(kept.pageFor(url)?.etag, url).toBe('"v1"');
    for (const url of ["/berita/banjir?utm_source=x", "/berita/banjir/", "/berita//banjir", "/berita/Banjir"]) expect(kept.pageFor(url), url).toBeUndefined();
  });
});
