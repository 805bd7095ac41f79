import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { wibToEpoch } from "@/lib/time";
import { getDayIndexPage, parseIndexDay } from "./day-index";
import { articleChangeTags } from "./stale-pages";
import { addArticle, addCategory, setStatus } from "./test-fixtures";

const NOW = wibToEpoch("2025-06-18", "12:00");

describe("an Indeks day in the address", () => {
  it("is a real calendar day, written yyyy-mm-dd, no later than today in WIB", () => {
    expect(parseIndexDay("2025-06-18", NOW)).toBe("2025-06-18");
    expect(parseIndexDay("2024-02-29", NOW)).toBe("2024-02-29");
    for (const text of ["2025-06-19", "2025-02-29", "2025-06-31", "2025-13-01", "2025-6-1", "18-06-2025", "hari-ini", "2025-06-18x", ""]) {
      expect(parseIndexDay(text, NOW), text).toBeNull();
    }
  });

  it("follows WIB: at 23:30 UTC it is already the next day in Jakarta", () => {
    expect(parseIndexDay("2025-06-19", Date.UTC(2025, 5, 18, 23, 30))).toBe("2025-06-19");
  });
});

describe("the Indeks of a day", () => {
  const ids: Record<string, number> = {};
  let politik = 0;

  beforeAll(() => {
    openFreshDatabase();
    politik = addCategory("Politik");
    const ekonomi = addCategory("Ekonomi");
    ids.pagi = addArticle({ title: "Pagi di Jakarta", publishedAt: wibToEpoch("2025-06-18", "00:00"), categoryId: politik }).id;
    ids.siang = addArticle({ title: "Siang di Jakarta", publishedAt: wibToEpoch("2025-06-18", "11:00"), categoryId: ekonomi }).id;
    ids.malamSebelumnya = addArticle({ title: "Malam sebelumnya", publishedAt: wibToEpoch("2025-06-17", "23:59"), categoryId: politik }).id;
    ids.pekanLalu = addArticle({ title: "Pekan lalu", publishedAt: wibToEpoch("2025-06-10", "09:00"), categoryId: ekonomi }).id;
    ids.ditarik = addArticle({ title: "Ditarik", publishedAt: wibToEpoch("2025-06-18", "10:00"), categoryId: politik }).id;
    setStatus(ids.ditarik, "draft");
  });
  afterAll(() => closeDatabase());

  it("lists the day's published articles by WIB, newest first, with the nearest days that have news", async () => {
    const index = (await getDayIndexPage("2025-06-18", null, 1))!;
    expect(index.listing.items.map((a) => a.id)).toEqual([ids.siang, ids.pagi]);
    expect(index.listing).toMatchObject({ total: 2, page: 1, pageCount: 1 });
    expect(index).toMatchObject({ rubrik: null, previousDay: "2025-06-17", nextDay: null });
    expect((await getDayIndexPage("2025-06-17", null, 1))!).toMatchObject({ previousDay: "2025-06-10", nextDay: "2025-06-18" });
  });

  it("filters by rubrik, and its day links skip days without news in that rubrik", async () => {
    const index = (await getDayIndexPage("2025-06-18", "politik", 1))!;
    expect(index.rubrik).toEqual({ name: "Politik", slug: "politik" });
    expect(index.listing.items.map((a) => a.id)).toEqual([ids.pagi]);
    expect((await getDayIndexPage("2025-06-18", "ekonomi", 1))!.previousDay).toBe("2025-06-10");
  });

  it("has an empty first page on a day without news, and no page past the end or for an unknown rubrik", async () => {
    expect((await getDayIndexPage("2025-06-12", null, 1))!.listing).toMatchObject({ items: [], total: 0, pageCount: 1 });
    expect(await getDayIndexPage("2025-06-18", null, 2)).toBeNull();
    expect(await getDayIndexPage("2025-06-18", "tidak-ada", 1)).toBeNull();
  });

  it("is dropped by a publish or an unpublish on its day, and on both days when a publication time moves", () => {
    const placement = (publishedAt: number) => ({
      id: 1, slug: "a", published: true, withdrawn: false, sponsored: false, publishedAt, categorySlug: "politik", hashtagSlugs: [], authorSlugs: [], hasOldAddresses: false,
    });
    const june18 = placement(wibToEpoch("2025-06-18", "08:00"));
    expect(articleChangeTags(null, june18)).toContain("index-day:2025-06-18");
    expect(articleChangeTags({ ...june18, published: true }, { ...june18, published: false })).toContain("index-day:2025-06-18");
    const moved = articleChangeTags(june18, placement(wibToEpoch("2025-06-17", "08:00")));
    expect(moved).toEqual(expect.arrayContaining(["index-day:2025-06-18", "index-day:2025-06-17"]));
    expect(articleChangeTags(june18, { ...june18, slug: "b" })).not.toContain("index-day:2025-06-18");
  });
});
