import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { openFreshDatabase } from "@/db/testing";
import { addArticle } from "@/lib/articles/test-fixtures";
import { flushViews, isBot, recordView } from "./views";

const BROWSER = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";
const NOON_WIB = Date.UTC(2025, 5, 18, 5);

function viewRows() {
  return getDb().$client.prepare("select article_id as articleId, day, views from article_views order by article_id, day").all();
}

describe("isBot", () => {
  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0 Safari/537.36",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "WhatsApp/2.23.20.0",
    "TelegramBot (like TwitterBot)",
    "curl/8.5.0",
    "python-requests/2.31.0",
    "Wget/1.21",
    "Go-http-client/1.1",
    "Some Crawler/1.0",
    "my-spider",
    "",
    "   ",
  ])("treats %j as a bot", (userAgent) => {
    expect(isBot(userAgent)).toBe(true);
  });

  it("treats a missing user agent as a bot", () => {
    expect(isBot(null)).toBe(true);
  });

  it.each([
    BROWSER,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
  ])("counts a browser: %s", (userAgent) => {
    expect(isBot(userAgent)).toBe(false);
  });
});

describe("view counting", () => {
  let articleId: number;
  let otherId: number;
  let draftId: number;

  beforeAll(() => {
    openFreshDatabase();
    articleId = addArticle({ title: "Berita dibaca", publishedAt: NOON_WIB }).id;
    otherId = addArticle({ title: "Berita lain", publishedAt: NOON_WIB }).id;
    draftId = addArticle({ title: "Naskah", status: "draft", publishedAt: NOON_WIB }).id;
  });
  beforeEach(() => {
    flushViews();
    getDb().$client.exec("delete from article_views");
  });
  afterAll(() => closeDatabase());

  it("writes nothing until flushed, then one row per article per WIB day", () => {
    for (let i = 0; i < 3; i++) expect(recordView(articleId, BROWSER, NOON_WIB)).toBe(true);
    recordView(otherId, BROWSER, NOON_WIB);
    expect(viewRows()).toEqual([]);
    expect(flushViews()).toBe(2);
    expect(viewRows()).toEqual([
      { articleId, day: "2025-06-18", views: 3 },
      { articleId: otherId, day: "2025-06-18", views: 1 },
    ]);
    expect(flushViews()).toBe(0);
  });

  it("adds to the day's count on the next flush", () => {
    recordView(articleId, BROWSER, NOON_WIB);
    flushViews();
    recordView(articleId, BROWSER, NOON_WIB);
    recordView(articleId, BROWSER, NOON_WIB);
    flushViews();
    expect(viewRows()).toEqual([{ articleId, day: "2025-06-18", views: 3 }]);
  });

  it("counts by the WIB calendar day: 17:30 UTC is already tomorrow in Jakarta", () => {
    recordView(articleId, BROWSER, Date.UTC(2025, 5, 18, 16, 59));
    recordView(articleId, BROWSER, Date.UTC(2025, 5, 18, 17, 30));
    flushViews();
    expect(viewRows()).toEqual([
      { articleId, day: "2025-06-18", views: 1 },
      { articleId, day: "2025-06-19", views: 1 },
    ]);
  });

  it("does not count bots", () => {
    expect(recordView(articleId, "Googlebot/2.1", NOON_WIB)).toBe(false);
    expect(recordView(articleId, null, NOON_WIB)).toBe(false);
    expect(flushViews()).toBe(0);
    expect(viewRows()).toEqual([]);
  });

  it("drops views of unknown and unpublished articles at the flush", () => {
    recordView(999_999, BROWSER, NOON_WIB);
    recordView(draftId, BROWSER, NOON_WIB);
    recordView(articleId, BROWSER, NOON_WIB);
    expect(flushViews()).toBe(1);
    expect(viewRows()).toEqual([{ articleId, day: "2025-06-18", views: 1 }]);
  });

  it("holds at most 10 000 distinct articles between flushes, still counting those it holds", () => {
    for (let id = 1_000_000; id < 1_010_000; id++) recordView(id, BROWSER, NOON_WIB);
    expect(recordView(articleId, BROWSER, NOON_WIB)).toBe(false);
    expect(recordView(1_000_000, BROWSER, NOON_WIB)).toBe(true);
    flushViews();
    expect(recordView(articleId, BROWSER, NOON_WIB)).toBe(true);
  });
});
