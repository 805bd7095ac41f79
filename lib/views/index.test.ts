import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { openFreshDatabase } from "@/db/testing";
import { addArticle } from "@/lib/articles/test-fixtures";
import { MAX_CLIENTS_PER_HOUR, flushViews, isBot, recordView } from "./index";

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

// Some tests send a hundred thousand views through, on a shared machine.
describe("view counting", { timeout: 30_000 }, () => {
  let articleId: number;
  let otherId: number;
  let draftId: number;
  let readers = 0;
  /** A reader (address and browser) no other test has used. */
  const freshReader = (userAgent: string | null = BROWSER) => ({ address: `10.${(++readers >> 16) & 255}.${(readers >> 8) & 255}.${readers & 255}`, userAgent });

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
    for (let i = 0; i < 3; i++) expect(recordView(articleId, freshReader(), NOON_WIB)).toBe(true);
    recordView(otherId, freshReader(), NOON_WIB);
    expect(viewRows()).toEqual([]);
    expect(flushViews()).toBe(2);
    expect(viewRows()).toEqual([
      { articleId, day: "2025-06-18", views: 3 },
      { articleId: otherId, day: "2025-06-18", views: 1 },
    ]);
    expect(flushViews()).toBe(0);
  });

  it("adds to the day's count on the next flush", () => {
    recordView(articleId, freshReader(), NOON_WIB);
    flushViews();
    recordView(articleId, freshReader(), NOON_WIB);
    recordView(articleId, freshReader(), NOON_WIB);
    flushViews();
    expect(viewRows()).toEqual([{ articleId, day: "2025-06-18", views: 3 }]);
  });

  it("counts by the WIB calendar day: 17:30 UTC is already tomorrow in Jakarta", () => {
    const reader = freshReader();
    recordView(articleId, reader, Date.UTC(2025, 5, 18, 16, 59));
    recordView(articleId, reader, Date.UTC(2025, 5, 18, 17, 30));
    flushViews();
    expect(viewRows()).toEqual([
      { articleId, day: "2025-06-18", views: 1 },
      { articleId, day: "2025-06-19", views: 1 },
    ]);
  });

  it("counts a reader once per article per hour; another reader, browser or article counts on its own", () => {
    const reader = freshReader();
    for (let i = 0; i < 5; i++) recordView(articleId, reader, NOON_WIB + i * 60_000);
    expect(recordView(articleId, reader, NOON_WIB + 59 * 60_000)).toBe(false);
    expect(recordView(otherId, reader, NOON_WIB)).toBe(true);
    expect(recordView(articleId, { address: reader.address, userAgent: `${BROWSER} Firefox/127.0` }, NOON_WIB)).toBe(true);
    expect(recordView(articleId, { ...freshReader(), userAgent: reader.userAgent }, NOON_WIB)).toBe(true);
    expect(recordView(articleId, reader, NOON_WIB + 60 * 60_000)).toBe(true);
    flushViews();
    expect(viewRows()).toEqual([
      { articleId, day: "2025-06-18", views: 4 },
      { articleId: otherId, day: "2025-06-18", views: 1 },
    ]);
  });

  it(`remembers at most ${MAX_CLIENTS_PER_HOUR} readers an hour, forgetting the oldest first`, () => {
    const first = freshReader();
    const second = freshReader();
    recordView(articleId, first, NOON_WIB);
    recordView(articleId, second, NOON_WIB);
    let last = freshReader();
    for (let i = 0; i < MAX_CLIENTS_PER_HOUR - 1; i++) recordView(articleId, (last = freshReader()), NOON_WIB);
    expect(recordView(articleId, first, NOON_WIB)).toBe(true);
    expect(recordView(articleId, last, NOON_WIB)).toBe(false);
    expect(recordView(articleId, second, NOON_WIB)).toBe(true);
  });

  it("does not count bots", () => {
    expect(recordView(articleId, freshReader("Googlebot/2.1"), NOON_WIB)).toBe(false);
    expect(recordView(articleId, freshReader(null), NOON_WIB)).toBe(false);
    expect(flushViews()).toBe(0);
    expect(viewRows()).toEqual([]);
  });

  it("turns away unknown and unpublished ids before they take buffer space, however many", () => {
    expect(recordView(999_999, freshReader(), NOON_WIB)).toBe(false);
    expect(recordView(draftId, freshReader(), NOON_WIB)).toBe(false);
    for (let id = 1_000_000; id < 1_020_000; id++) expect(recordView(id, freshReader(), NOON_WIB)).toBe(false);
    expect(recordView(articleId, freshReader(), NOON_WIB)).toBe(true);
    expect(flushViews()).toBe(1);
    expect(viewRows()).toEqual([{ articleId, day: "2025-06-18", views: 1 }]);
  });

  it("trusts an id's published state for a minute, remembering a bounded number of ids", () => {
    const unpublishedLater = addArticle({ title: "Segera ditarik", publishedAt: NOON_WIB }).id;
    expect(recordView(unpublishedLater, freshReader(), NOON_WIB)).toBe(true);
    getDb().update(articles).set({ status: "draft" }).where(eq(articles.id, unpublishedLater)).run();
    // Still counted from what was checked a moment ago (the flush drops it all the same) ...
    expect(recordView(unpublishedLater, freshReader(), NOON_WIB + 1_000)).toBe(true);
    // ... until a minute has passed,
    expect(recordView(unpublishedLater, freshReader(), NOON_WIB + 61_000)).toBe(false);
    expect(flushViews()).toBe(0);

    const republished = addArticle({ title: "Diterbitkan lagi", publishedAt: NOON_WIB }).id;
    expect(recordView(republished, freshReader(), NOON_WIB)).toBe(true);
    getDb().update(articles).set({ status: "draft" }).where(eq(articles.id, republished)).run();
    // ... or until 20 000 other ids have pushed its answer out.
    for (let id = 2_000_000; id < 2_020_000; id++) recordView(id, freshReader(), NOON_WIB + 2_000);
    expect(recordView(republished, freshReader(), NOON_WIB + 3_000)).toBe(false);
  });
});
