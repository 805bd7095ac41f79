import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { articleChangeTags } from "@/lib/articles/stale-pages";
import { createArticle } from "@/lib/articles/store";
import { tagsDeclaredBy } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";
import { paragraphsToBody } from "@/lib/body/schema";
import { wibToEpoch } from "@/lib/time";
import {
  getNewsSitemapCandidates,
  getSitemapIndex,
  getSitemapPage,
  parseSitemapFileName,
  SITEMAP_URL_LIMIT,
  sitemapFileName,
  type SitemapFile,
} from "./sitemaps";

const body = paragraphsToBody([{ kind: "paragraph", text: "Isi." }]);

describe("sitemap file names", () => {
  it("round-trip, and nothing else is a sitemap", () => {
    const files: SitemapFile[] = [
      { kind: "articles", month: "2025-06", page: 1 },
      { kind: "articles", month: "2025-06", page: 2 },
      { kind: "categories" },
      { kind: "hashtags", page: 1 },
      { kind: "hashtags", page: 12 },
      { kind: "authors", page: 1 },
    ];
    for (const file of files) expect(parseSitemapFileName(sitemapFileName(file))).toEqual(file);
    expect(files.map(sitemapFileName)).toEqual(["berita-2025-06.xml", "berita-2025-06-2.xml", "kategori.xml", "tag.xml", "tag-12.xml", "penulis.xml"]);
    for (const name of ["berita-2025-13.xml", "berita-2025-06-1.xml", "tag-0.xml", "kategori-2.xml", "berita-2025-06.xml.gz", "../x.xml"]) {
      expect(parseSitemapFileName(name), name).toBeNull();
    }
  });
});

describe("sitemap reads", () => {
  beforeAll(async () => {
    await seedFreshDatabase({ now: Date.UTC(2026, 0, 10) });
  });
  afterAll(() => closeDatabase());

  it("the index names a file per WIB month with published articles, plus categories, hashtags and authors, each with a lastmod", async () => {
    const { files } = await getSitemapIndex();
    const names = files.map((f) => sitemapFileName(f.file));
    expect(names).toEqual(expect.arrayContaining(["berita-2025-06.xml", "kategori.xml", "tag.xml", "penulis.xml"]));
    expect(files.every((f) => typeof f.lastmod === "number" && f.lastmod > 0)).toBe(true);
  });

  it("reads the archive month by month, and a publish makes only its own month's count stale", async () => {
    const declared = await tagsDeclaredBy(() => getSitemapIndex());
    const months = (await getSitemapIndex()).files.flatMap(({ file }) => (file.kind === "articles" ? [file.month] : []));
    expect(months.length).toBeGreaterThan(1);
    for (const month of months) expect(declared).toContain(tags.sitemapMonth(month));

    const placement = { id: 1, slug: "a", published: true, withdrawn: false, sponsored: false, publishedAt: wibToEpoch("2025-06-30", "23:30"), categorySlug: null, hashtagSlugs: [], authorSlugs: [], hasOldAddresses: false };
    const stale = articleChangeTags({ ...placement, published: false }, placement);
    expect(stale.filter((tag) => tag.startsWith("sitemap-month:"))).toEqual([tags.sitemapMonth("2025-06")]);
    // A new address must leave that month's file at once; another edit only refreshes its lastmod.
    expect(articleChangeTags(placement, { ...placement, slug: "b" })).toContain(tags.sitemapMonth("2025-06"));
    expect(articleChangeTags(placement, { ...placement })).not.toContain(tags.sitemapMonth("2025-06"));
  });

  it("article sitemaps together list every published article once and nothing else", async () => {
    const { files } = await getSitemapIndex();
    const paths = [];
    for (const { file } of files.filter((f) => f.file.kind === "articles")) paths.push(...(await getSitemapPage(file))!.entries.map((e) => e.path));
    const published = getDb().select({ slug: articles.slug }).from(articles).where(eq(articles.status, "published")).all();
    expect(paths.sort()).toEqual(published.map((a) => `/berita/${a.slug}`).sort());
  });

  it("splits months at WIB midnight, not UTC", async () => {
    const lateJune = createArticle({ title: "Akhir Juni WIB", body, status: "published", publishedAt: wibToEpoch("2024-06-30", "23:30") });
    const earlyJuly = createArticle({ title: "Awal Juli WIB", body, status: "published", publishedAt: wibToEpoch("2024-07-01", "00:30") });
    const june = (await getSitemapPage({ kind: "articles", month: "2024-06", page: 1 }))!.entries.map((e) => e.path);
    const july = (await getSitemapPage({ kind: "articles", month: "2024-07", page: 1 }))!.entries.map((e) => e.path);
    expect(june).toEqual([`/berita/${lateJune.slug}`]);
    expect(july).toEqual([`/berita/${earlyJuly.slug}`]);
  });

  it("lists only hashtags and staff authors with a published article, and no email", async () => {
    const tags = (await getSitemapPage({ kind: "hashtags", page: 1 }))!.entries;
    const authors = (await getSitemapPage({ kind: "authors", page: 1 }))!.entries;
    expect(tags.map((t) => t.path)).toContain("/tag/beritarinews");
    expect(authors.map((a) => a.path).sort()).toEqual(["/penulis/rina-kartika", "/penulis/setiawan-s-th", "/penulis/yusuf-hidayat"]);
    expect(JSON.stringify(authors)).not.toContain("@");
    expect(await getSitemapPage({ kind: "hashtags", page: 2 })).toBeNull();
  });

  it("offers the newest published articles, newest first, for the news sitemap", async () => {
    const { site, articles: candidates } = await getNewsSitemapCandidates();
    expect(site.name).toBe("RI News Portal");
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.map((c) => c.publishedAt)).toEqual([...candidates.map((c) => c.publishedAt)].sort((a, b) => b - a));
  });

  it("leaves sponsored content out of the news sitemap; turning a story into one drops the sitemaps at once", async () => {
    const body = paragraphsToBody([{ kind: "paragraph", text: "Promo akhir tahun." }]);
    const now = Date.now();
    const advertorial = createArticle({ title: "Promo kredit rumah akhir tahun", body, status: "published", publishedAt: now, kind: "advertorial" });
    const opinion = createArticle({ title: "Menimbang ulang subsidi energi", body, status: "published", publishedAt: now, kind: "opini" });
    const paths = (await getNewsSitemapCandidates()).articles.map((c) => c.path);
    expect(paths).toContain(`/berita/${opinion.slug}`);
    expect(paths).not.toContain(`/berita/${advertorial.slug}`);

    const placement = { id: 1, slug: "a", published: true, withdrawn: false, sponsored: false, publishedAt: now, categorySlug: null, hashtagSlugs: [], authorSlugs: [], hasOldAddresses: false };
    expect(articleChangeTags(placement, { ...placement, sponsored: true })).toContain(tags.sitemaps);
    expect(articleChangeTags(placement, { ...placement })).not.toContain(tags.sitemaps);
  });

  it("splits a month with more than 50 000 articles into files of at most 50 000", async () => {
    const client = getDb().$client;
    const insert = client.prepare("insert into articles (slug, title, body, status, published_at, updated_at) values (?, ?, '{\"type\":\"doc\",\"content\":[]}', 'published', ?, ?)");
    const start = wibToEpoch("2020-02-01");
    client.transaction(() => {
      for (let i = 0; i <= SITEMAP_URL_LIMIT; i++) insert.run(`massal-${i}`, `Massal ${i}`, start + i * 1000, start);
    })();
    const files = (await getSitemapIndex()).files.filter((f) => f.file.kind === "articles" && f.file.month === "2020-02");
    expect(files.map((f) => sitemapFileName(f.file))).toEqual(["berita-2020-02.xml", "berita-2020-02-2.xml"]);
    expect((await getSitemapPage({ kind: "articles", month: "2020-02", page: 1 }))!.entries).toHaveLength(SITEMAP_URL_LIMIT);
    expect((await getSitemapPage({ kind: "articles", month: "2020-02", page: 2 }))!.entries.map((e) => e.path)).toEqual([`/berita/massal-${SITEMAP_URL_LIMIT}`]);
  });
});
