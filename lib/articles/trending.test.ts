import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { addArticle } from "./test-fixtures";
import { currentHour } from "@/lib/time";
import { listTrendingHashtags } from "./trending";

const NOW = currentHour(Date.UTC(2025, 5, 18, 5));
const DAY = 86_400_000;

describe("listTrendingHashtags", () => {
  beforeAll(() => {
    openFreshDatabase();
    addArticle({ title: "Satu", publishedAt: NOW - 1 * DAY, hashtags: ["banjir", "jakarta"] });
    addArticle({ title: "Dua", publishedAt: NOW - 2 * DAY, hashtags: ["banjir", "bekasi"] });
    addArticle({ title: "Tiga", publishedAt: NOW - 6 * DAY, hashtags: ["banjir", "jakarta", "cuaca"] });
    addArticle({ title: "Lama", publishedAt: NOW - 8 * DAY, hashtags: ["pemilu", "pemilu2024"] });
    addArticle({ title: "Lama dua", publishedAt: NOW - 9 * DAY, hashtags: ["pemilu"] });
    addArticle({ title: "Draf", status: "draft", publishedAt: NOW, hashtags: ["rahasia", "bekasi"] });
  });
  afterAll(() => closeDatabase());

  it("ranks the hashtags of the week's published articles by use, then by name", async () => {
    expect(await listTrendingHashtags(NOW, 10)).toEqual([
      { name: "banjir", slug: "banjir", uses: 3 },
      { name: "jakarta", slug: "jakarta", uses: 2 },
      { name: "bekasi", slug: "bekasi", uses: 1 },
      { name: "cuaca", slug: "cuaca", uses: 1 },
    ]);
  });

  it("stops at the limit", async () => {
    expect((await listTrendingHashtags(NOW, 2)).map((tag) => tag.slug)).toEqual(["banjir", "jakarta"]);
  });
});
