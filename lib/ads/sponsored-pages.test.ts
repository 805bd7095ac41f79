import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ArticleLeaderboard from "@/app/(site)/@leaderboard/berita/[slug]/page";
import Leaderboard from "@/app/(site)/@leaderboard/default";
import ArticlePage from "@/app/(site)/berita/[slug]/page";
import { closeDatabase } from "@/db/client";
import { seedFreshDatabase } from "@/db/testing";
import { createArticle } from "@/lib/articles/store";
import { paragraphsToBody } from "@/lib/body/schema";
import { tagsDeclaredBy } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";

// A sponsored story carries no other advertising: its page never reads an ad slot, so no slot can
// show there, whatever is switched on.

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const adTags = (declared: string[]) => declared.filter((tag) => tag.startsWith(tags.adSlot("")));

let advertorial: string;
let news: string;

beforeAll(async () => {
  await seedFreshDatabase();
  const body = paragraphsToBody(Array.from({ length: 4 }, (_, i) => ({ kind: "paragraph" as const, text: `Paragraf ${i + 1}.` })));
  advertorial = createArticle({ title: "Promo tabungan emas", body, status: "published", publishedAt: Date.now(), kind: "advertorial" }).slug;
  news = createArticle({ title: "Harga emas naik", body, status: "published", publishedAt: Date.now() }).slug;
});
afterAll(() => closeDatabase());

describe("ads on article pages", () => {
  it("a news story's page reads the leaderboard, sidebar and in-article slots", async () => {
    expect(adTags(await tagsDeclaredBy(() => ArticleLeaderboard(params(news))))).toEqual([tags.adSlot("leaderboard")]);
    expect(adTags(await tagsDeclaredBy(() => ArticlePage(params(news)))).sort()).toEqual([tags.adSlot("in-article"), tags.adSlot("sidebar")]);
  });

  it("an Advertorial's page reads none of them; every other page keeps the leaderboard", async () => {
    expect(adTags(await tagsDeclaredBy(() => ArticleLeaderboard(params(advertorial))))).toEqual([]);
    expect(adTags(await tagsDeclaredBy(() => ArticlePage(params(advertorial))))).toEqual([]);
    expect(adTags(await tagsDeclaredBy(() => Leaderboard()))).toEqual([tags.adSlot("leaderboard")]);
  });
});
