import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ArticlePage from "@/app/(story)/berita/[slug]/page";
import { SiteFrame } from "@/components/site-frame";
import { closeDatabase } from "@/db/client";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { createArticle } from "@/lib/articles/store";
import { paragraphsToBody } from "@/lib/body/schema";
import { tagsDeclaredBy } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";

// A sponsored story carries no other advertising: its page reads no ad slot (article pages get the
// reader layout without the leaderboard and place it themselves), so none can show there.

const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const adTags = (declared: string[]) => declared.filter((tag) => tag.startsWith(tags.adSlot(""))).sort();

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
  it("a news story's page reads the leaderboard, sidebar and in-article slots; its frame none", async () => {
    expect(adTags(await tagsDeclaredBy(() => ArticlePage(params(news))))).toEqual([tags.adSlot("in-article"), tags.adSlot("leaderboard"), tags.adSlot("sidebar")]);
    expect(adTags(await tagsDeclaredBy(() => SiteFrame({ children: null, leaderboard: false })))).toEqual([]);
  });

  it("an Advertorial's page reads none; every other page's frame keeps the leaderboard", async () => {
    expect(adTags(await tagsDeclaredBy(() => ArticlePage(params(advertorial))))).toEqual([]);
    expect(adTags(await tagsDeclaredBy(() => SiteFrame({ children: null })))).toEqual([tags.adSlot("leaderboard")]);
  });
});
