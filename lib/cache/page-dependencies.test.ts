import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import HomePage from "@/app/(site)/beranda/[edition]/page";
import ArticlePage from "@/app/(story)/berita/[slug]/page";
import DayIndexPage from "@/app/(site)/indeks/[day]/halaman/[page]/page";
import RubrikDayIndexPage from "@/app/(site)/indeks/[day]/[rubrik]/halaman/[page]/page";
import CategoryPage from "@/app/(site)/kategori/[slug]/halaman/[page]/page";
import NotFound from "@/app/(site)/not-found";
import { GET as categoryFeed } from "@/app/(site)/kategori/[slug]/rss.xml/route";
import AuthorPage from "@/app/(site)/penulis/[slug]/halaman/[page]/page";
import HashtagPage from "@/app/(site)/tag/[slug]/halaman/[page]/page";
import { GET as hashtagFeed } from "@/app/(site)/tag/[slug]/rss.xml/route";
import LatestPage from "@/app/(site)/terkini/halaman/[page]/page";
import { GET as newsSitemap } from "@/app/news-sitemap.xml/route";
import { GET as siteFeed } from "@/app/rss.xml/route";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { SearchPage } from "@/components/search-page";
import { SiteFrame } from "@/components/site-frame";
import { closeDatabase, getDb } from "@/db/client";
import { eq } from "drizzle-orm";
import { articles as articlesTable, categories, hashtags, type AdPlacement, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { adSlotInput, saveAdSlot } from "@/lib/ads/slots";
import { addCorrection } from "@/lib/articles/corrections";
import { changeFrontPage } from "@/lib/articles/front-page";
import { addLiveEntry } from "@/lib/articles/live-reports";
import { articleFormSchema, getArticleForEditing, saveArticle } from "@/lib/articles/editor";
import { addArticle, addCategory } from "@/lib/articles/test-fixtures";
import { transitionArticle, type Transition } from "@/lib/articles/workflow";
import type { StaffUser } from "@/lib/auth/session";
import { updateCategory } from "@/lib/categories/newsroom";
import { mergeHashtags } from "@/lib/hashtags/newsroom";
import { seededStaff } from "@/lib/newsroom/testing";
import { paragraphsToBody } from "@/lib/body/schema";
import { wibDay } from "@/lib/time";
import { tagsDeclaredBy } from "./cached-read";
import PageCacheHandler, { HARD_CHANGE_GRACE_MS, SOFT_REFRESH_MIN_AGE_MS } from "./page-cache-handler.mjs";

// Which cached pages each newsroom change turns into a hard miss (rendered anew before anyone sees
// it), which it leaves to be served stale while one background render refreshes them, and which it
// leaves alone. The pages are the real page modules: each one's tags are those its reads declare.

type Outcome = "hard" | "stale" | "fresh";

let staff: Record<UserRole, StaffUser>;
let clock = 0;
let outcomeRuns = 0;
let politik: number;
const day = 24 * 60 * 60 * 1000;
const params = <T,>(value: T) => ({ params: Promise.resolve(value) });

/** A render that ends in notFound() or a redirect still made its reads: Next caches those answers too. */
async function rendered(render: () => Promise<unknown>): Promise<void> {
  try {
    await render();
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string" || !/^NEXT_(HTTP_ERROR_FALLBACK|REDIRECT)/.test(digest)) throw error;
  }
}

type Slugs = { subject: string; sibling: string; follower: string; other: string; linker: string; author: string };

/** The pages under watch, by name, each as a render that makes the reads its route makes. */
function pages(slugs: Slugs): Record<string, () => Promise<unknown>> {
  // Next renders the segment's layout and its not-found page (for client-side navigation) into every page.
  const withFrame = (render: () => Promise<unknown>) => async () => Promise.all([rendered(render), SiteFrame({ children: null }), NotFound()]);
  return {
    home: withFrame(() => HomePage(params({ edition: "utama" }))),
    terkini: withFrame(() => LatestPage(params({ page: "1" }))),
    "tag banjir": withFrame(() => HashtagPage(params({ slug: "banjir", page: "1" }))),
    "tag sepakbola": withFrame(() => HashtagPage(params({ slug: "sepakbola", page: "1" }))),
    "kategori politik": withFrame(() => CategoryPage(params({ slug: "politik", page: "1" }))),
    "kategori olahraga": withFrame(() => CategoryPage(params({ slug: "olahraga", page: "1" }))),
    "penulis pewarta": withFrame(() => AuthorPage(params({ slug: slugs.author, page: "1" }))),
    "berita subject": withFrame(() => ArticlePage(params({ slug: slugs.subject }))),
    "berita sibling (#banjir)": withFrame(() => ArticlePage(params({ slug: slugs.sibling }))),
    "berita follower (#banjir, after it)": withFrame(() => ArticlePage(params({ slug: slugs.follower }))),
    "berita other (#sepakbola)": withFrame(() => ArticlePage(params({ slug: slugs.other }))),
    "berita linker (Baca juga: subject)": withFrame(() => ArticlePage(params({ slug: slugs.linker }))),
    "cari banjir": withFrame(() => SearchPage({ query: "banjir", page: 1 })),
    "rss.xml": () => siteFeed(),
    "tag banjir rss": () => hashtagFeed(new Request("http://x"), params({ slug: "banjir" })),
    "kategori olahraga rss": () => categoryFeed(new Request("http://x"), params({ slug: "olahraga" })),
    "sitemap.xml": () => sitemapIndex(),
    "news-sitemap.xml": () => newsSitemap(),
  };
}

/**
 * Caches every page with the tags its reads declare, makes the change, and reads each page back
 * once the soft refresh interval has passed: what the next reader of each would get.
 */
async function outcomesOf(
  change: () => void,
  slugs: Slugs,
  watchedPages: (slugs: Slugs) => Record<string, () => Promise<unknown>> = pages,
  readBack: "past the grace" | "at once" = "past the grace",
): Promise<Record<string, Outcome>> {
  // Each case starts past the last invalidation of the one before (the tag expiry map is shared),
  // and within one hour: pages that read the hour's lists go stale by themselves when an hour begins.
  const hour = 60 * 60 * 1000;
  let start = Math.max(Date.now(), clock) + 2000;
  if (Math.floor(start / hour) !== Math.floor((start + SOFT_REFRESH_MIN_AGE_MS + 5000) / hour)) start = (Math.floor(start / hour) + 1) * hour + 2000;
  vi.useFakeTimers({ toFake: ["Date"], now: start });
  try {
    const cache = new PageCacheHandler();
    // Keys of their own: a lookup that missed in an earlier case would date this case's pages (the
    // handler dates a page by the lookup that asked for its render).
    const run = ++outcomeRuns;
    // An article page's key has `/berita/` in it, as Next's does: the cache treats those apart.
    const keyOf = (name: string) => `/${run}/${name.replace(/^berita /, "berita/")}`;
    const watched = watchedPages(slugs);
    const context = { cacheControl: { revalidate: 300, expire: 31_536_000 } };
    for (const [name, render] of Object.entries(watched)) {
      const pageTags = await tagsDeclaredBy(render);
      await cache.set(keyOf(name), { kind: "APP_PAGE", html: name, headers: { "x-next-cache-tags": pageTags.join(",") }, status: 200 }, context);
    }
    vi.advanceTimersByTime(SOFT_REFRESH_MIN_AGE_MS + 1000);
    change();
    // What the change means once it has fully landed: past the short while a listing whose
    // membership changed is still served as it was (HARD_CHANGE_GRACE_MS).
    if (readBack === "past the grace") vi.advanceTimersByTime(HARD_CHANGE_GRACE_MS);
    const outcomes: Record<string, Outcome> = {};
    for (const name of Object.keys(watched)) {
      const found = await cache.get(keyOf(name), { kind: "APP_PAGE" });
      outcomes[name] = !found ? "hard" : Date.now() - found.lastModified > 300_000 ? "stale" : "fresh";
    }
    return outcomes;
  } finally {
    clock = Date.now();
    vi.useRealTimers();
  }
}

const grouped = (outcomes: Record<string, Outcome>) => ({
  hard: Object.keys(outcomes).filter((name) => outcomes[name] === "hard"),
  stale: Object.keys(outcomes).filter((name) => outcomes[name] === "stale"),
  fresh: Object.keys(outcomes).filter((name) => outcomes[name] === "fresh"),
});

const idOf = (table: typeof categories | typeof hashtags, slug: string) => getDb().select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()?.id;

let seq = 0;
/**
 * A fresh cast for each change: the story that changes (with a staff byline), a sibling in its
 * category and hashtag published before it and a follower published after it (whose Berita Terkait
 * shows it), a story elsewhere, and one elsewhere that links to it with Baca juga.
 */
function cast(subjectStatus: "draft" | "published") {
  seq++;
  const now = Date.now();
  const olahraga = idOf(categories, "olahraga")!;
  const credits = [{ role: "pewarta" as const, userId: staff.reporter.id }];
  // The subject and its follower share a hashtag of their own, so the subject leads the follower's Berita Terkait.
  const story = `banjirbandang${seq}`;
  const subject = addArticle({ title: `Banjir bandang ${seq}`, publishedAt: now - day, status: subjectStatus, categoryId: politik, hashtags: ["banjir", story], credits });
  const sibling = addArticle({ title: `Banjir kiriman ${seq}`, publishedAt: now - 2 * day, categoryId: politik, hashtags: ["banjir"] });
  const follower = addArticle({ title: `Banjir surut ${seq}`, publishedAt: now - day / 2, categoryId: politik, hashtags: ["banjir", story] });
  const other = addArticle({ title: `Final sepak bola ${seq}`, publishedAt: now - 3 * day, categoryId: olahraga, hashtags: ["sepakbola"] });
  const linker = addArticle({ title: `Liga berlanjut ${seq}`, publishedAt: now - 4 * day, categoryId: olahraga, hashtags: ["sepakbola"], bacaJuga: [subject.id] });
  return { subject, slugs: { subject: subject.slug, sibling: sibling.slug, follower: follower.slug, other: other.slug, linker: linker.slug, author: staff.reporter.slug } };
}

const move = (articleId: number, transition: Transition) => transitionArticle({ kind: "staff", user: staff.editor }, { articleId, transition });

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
  politik = idOf(categories, "politik") ?? addCategory("Politik");
  if (!idOf(categories, "olahraga")) addCategory("Olahraga");
  // Enough earlier stories on #banjir that every cast's Berita Terkait is full without later ones.
  for (let i = 0; i < 5; i++) addArticle({ title: `Banjir tahun lalu ${i}`, publishedAt: Date.now() - (300 + i) * day, categoryId: politik, hashtags: ["banjir"] });
});
afterAll(() => closeDatabase());

describe("what a newsroom change does to cached pages", () => {
  const listings = ["home", "terkini", "tag banjir", "kategori politik", "penulis pewarta"];
  const listingFeeds = ["rss.xml", "tag banjir rss", "sitemap.xml", "news-sitemap.xml"];

  it("a publish drops its own page, listings, feeds and sitemaps; pages that show it beside refresh; the rest stay", async () => {
    const { subject, slugs } = cast("draft");
    move(subject.id, "submit");
    expect(grouped(await outcomesOf(() => move(subject.id, "publish"), slugs))).toEqual({
      hard: [...listings, "berita subject", ...listingFeeds],
      // The newest story is in no other story's Berita Terkait, which draws on the stories before it.
      stale: ["berita linker (Baca juga: subject)", "cari banjir"],
      fresh: ["tag sepakbola", "kategori olahraga", "berita sibling (#banjir)", "berita follower (#banjir, after it)", "berita other (#sepakbola)", "kategori olahraga rss"],
    });
  });

  it("a republish also joins the Berita Terkait of the stories published after it", async () => {
    const { subject, slugs } = cast("published");
    move(subject.id, "unpublish");
    const { hard, stale } = grouped(await outcomesOf(() => move(subject.id, "publish"), slugs));
    expect(hard).toEqual([...listings, "berita subject", ...listingFeeds]);
    expect(stale).toContain("berita follower (#banjir, after it)");
    expect(stale).not.toContain("berita other (#sepakbola)");
  });

  for (const takeDown of ["unpublish", "trash"] as const) {
    it(`${takeDown === "unpublish" ? "an unpublish" : "a trash"} drops its page, its listings and every search result; links to it refresh`, async () => {
      const { subject, slugs } = cast("published");
      expect(grouped(await outcomesOf(() => move(subject.id, takeDown), slugs))).toEqual({
        hard: [
          "home",
          "terkini",
          "tag banjir",
          "kategori politik",
          "penulis pewarta",
          "berita subject",
          "cari banjir",
          "rss.xml",
          "tag banjir rss",
          "sitemap.xml",
          "news-sitemap.xml",
        ],
        // Every article page shows Terpopuler, which the story may be in.
        stale: ["berita sibling (#banjir)", "berita follower (#banjir, after it)", "berita other (#sepakbola)", "berita linker (Baca juga: subject)"],
        fresh: ["tag sepakbola", "kategori olahraga", "kategori olahraga rss"],
      });
    });
  }

  it("a restore brings back a draft, which no reader sees: nothing changes", async () => {
    const { subject, slugs } = cast("published");
    move(subject.id, "trash");
    const { hard, stale } = grouped(await outcomesOf(() => move(subject.id, "restore"), slugs));
    expect({ hard, stale }).toEqual({ hard: [], stale: [] });
  });

  const editOutcome = {
    hard: ["berita subject"],
    stale: [...listings, "berita follower (#banjir, after it)", "berita linker (Baca juga: subject)", "cari banjir", ...listingFeeds],
    fresh: ["tag sepakbola", "kategori olahraga", "berita sibling (#banjir)", "berita other (#sepakbola)", "kategori olahraga rss"],
  };

  it("an edit of a live story drops its own page; every list and link showing it refreshes", async () => {
    const { subject, slugs } = cast("published");
    const edit = () => {
      const editing = getArticleForEditing(staff.editor, subject.id);
      const saved = saveArticle(
        staff.editor,
        articleFormSchema.parse({
          articleId: String(subject.id),
          version: String(editing.article.version),
          title: "Banjir bandang: korban bertambah",
          body: JSON.stringify(editing.body),
          categoryId: String(politik),
          hashtags: editing.hashtags,
          credits: JSON.stringify(editing.credits),
        }),
      );
      if (!saved.ok) throw new Error("expected the edit to save");
    };
    expect(grouped(await outcomesOf(edit, slugs))).toEqual(editOutcome);
  });

  it("a correction is an edit of the story's own page", async () => {
    const { subject, slugs } = cast("published");
    expect(grouped(await outcomesOf(() => addCorrection(staff.editor, subject.id, { note: "Jumlah korban sebelumnya tertulis 12." }), slugs))).toEqual(editOutcome);
  });

  it("a live report's new entry drops that story's page and nothing else", async () => {
    const { subject, slugs } = cast("published");
    getDb().update(articlesTable).set({ kind: "live" }).where(eq(articlesTable.id, subject.id)).run();
    const entry = () => void addLiveEntry(staff.editor, subject.id, { body: paragraphsToBody([{ kind: "paragraph", text: "Air mulai surut." }]), isKey: true });
    const outcomes = grouped(await outcomesOf(entry, slugs));
    expect(outcomes.hard).toEqual(["berita subject"]);
    expect(outcomes.stale).toEqual([]);
  });

  it("an ad slot change drops exactly the pages that have that slot; feeds and sitemaps stay", async () => {
    const { slugs } = cast("published");
    const articles = ["berita subject", "berita sibling (#banjir)", "berita follower (#banjir, after it)", "berita other (#sepakbola)", "berita linker (Baca juga: subject)"];
    const feeds = ["rss.xml", "tag banjir rss", "kategori olahraga rss", "sitemap.xml", "news-sitemap.xml"];
    const save = (placement: AdPlacement) => () => saveAdSlot(staff.admin, { ...adSlotInput.parse({ placement, enabled: "off", kind: "banner" }) });
    expect(grouped(await outcomesOf(save("in-article"), slugs)).hard).toEqual(articles);
    expect(grouped(await outcomesOf(save("sidebar"), slugs)).hard).toEqual(["home", ...articles]);
    expect(grouped(await outcomesOf(save("listing"), slugs)).hard).toEqual(["home", "terkini", "tag banjir", "tag sepakbola", "kategori politik", "kategori olahraga", "penulis pewarta"]);
    expect(grouped(await outcomesOf(save("leaderboard"), slugs)).fresh).toEqual(feeds);
  });

  it("a category rename drops the category's pages and its stories' pages; the navigation and cards elsewhere refresh", async () => {
    const { slugs } = cast("published");
    const rename = () => updateCategory(staff.editor, politik, { name: "Politik Nasional", slug: "politik", description: "" });
    const { hard, fresh } = grouped(await outcomesOf(rename, slugs));
    expect(hard).toEqual(["kategori politik", "berita subject", "berita sibling (#banjir)", "berita follower (#banjir, after it)", "sitemap.xml", "news-sitemap.xml"]);
    // Every page shows the navigation, so none is left as it was.
    expect(fresh).toEqual([]);
  });

  it("a hashtag merge drops both hashtags' pages and the pages of the stories that carried the merged one", async () => {
    const { slugs } = cast("published");
    const carrier = addArticle({ title: "Banjir rob pesisir", publishedAt: Date.now() - day, categoryId: politik, hashtags: ["banjirrob"] });
    const merge = () => mergeHashtags(staff.editor, idOf(hashtags, "banjirrob")!, idOf(hashtags, "banjir")!);
    const outcomes = await outcomesOf(merge, { ...slugs, other: carrier.slug });
    expect(grouped(outcomes)).toEqual({
      hard: ["tag banjir", "berita other (#sepakbola)", "tag banjir rss", "sitemap.xml", "news-sitemap.xml"],
      stale: ["home", "berita subject", "berita sibling (#banjir)", "berita follower (#banjir, after it)"],
      fresh: [
        "terkini",
        "tag sepakbola",
        "kategori politik",
        "kategori olahraga",
        "penulis pewarta",
        "berita linker (Baca juga: subject)",
        "cari banjir",
        "rss.xml",
        "kategori olahraga rss",
      ],
    });
  });

  it("a publish refreshes the first stories of its topic, whose Berita Terkait shows the latest on it", async () => {
    const { slugs } = cast("published");
    const topic = `tsunami${seq}`;
    const first = addArticle({ title: `Tsunami ${seq}`, publishedAt: Date.now() - 3 * day, categoryId: politik, hashtags: [topic] });
    const next = addArticle({ title: `Tsunami susulan ${seq}`, status: "draft", publishedAt: Date.now(), categoryId: politik, hashtags: [topic] });
    move(next.id, "submit");
    const outcomes = await outcomesOf(() => move(next.id, "publish"), { ...slugs, other: first.slug });
    expect(outcomes["berita other (#sepakbola)"]).toBe("stale");
    expect(outcomes["berita sibling (#banjir)"]).toBe("fresh");
  });
  // Last: its cast pushes earlier casts' stories off the home page, which the cases above watch.
  it("a publish drops the Indeks of its day, in all rubrik and in its own; other days' and rubrik's refresh their day links", async () => {
    const { subject, slugs } = cast("draft");
    move(subject.id, "submit");
    // Read when the pages are cached, within the same hour as the publish (outcomesOf), so the same day.
    const indexPages = () => {
      const today = wibDay(Date.now());
      return {
        "indeks today": () => DayIndexPage(params({ day: today, page: "1" })),
        "indeks today politik": () => RubrikDayIndexPage(params({ day: today, rubrik: "politik", page: "1" })),
        "indeks today olahraga": () => RubrikDayIndexPage(params({ day: today, rubrik: "olahraga", page: "1" })),
        "indeks a week ago": () => DayIndexPage(params({ day: wibDay(Date.now() - 7 * day), page: "1" })),
      };
    };
    expect(grouped(await outcomesOf(() => move(subject.id, "publish"), slugs, indexPages))).toEqual({
      hard: ["indeks today", "indeks today politik"],
      stale: ["indeks today olahraga", "indeks a week ago"],
      fresh: [],
    });
  });

  it("a withdrawal drops its address, its listings and every search result, like an unpublish", async () => {
    const { subject, slugs } = cast("published");
    const { hard } = grouped(await outcomesOf(() => transitionArticle({ kind: "staff", user: staff.editor }, { articleId: subject.id, transition: "withdraw", reason: "Uji." }), slugs));
    expect(hard).toEqual(expect.arrayContaining([...listings, "berita subject", "cari banjir", ...listingFeeds]));
    expect(hard).not.toContain("berita other (#sepakbola)");
  });

  it("at once after the change, an edited story is still served as it was while it is rendered again; a story taken down never is", async () => {
    const subjectAtOnce = async (change: (id: number) => void) => {
      const { subject, slugs } = cast("published");
      return (await outcomesOf(() => change(subject.id), slugs, pages, "at once"))["berita subject"];
    };
    expect(await subjectAtOnce((id) => addCorrection(staff.editor, id, { note: "Jumlah korban sebelumnya tertulis 12." }))).toBe("stale");
    expect(await subjectAtOnce((id) => move(id, "unpublish"))).toBe("hard");
    expect(await subjectAtOnce((id) => move(id, "trash"))).toBe("hard");
    expect(await subjectAtOnce((id) => transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "withdraw", reason: "Uji." }))).toBe("hard");
  });

  it("pinning a headline drops only the home page; a breaking strip drops the home page and refreshes every other page", async () => {
    const { subject, slugs } = cast("published");
    expect(grouped(await outcomesOf(() => changeFrontPage(staff.editor, { kind: "pin-headline", articleId: subject.id, until: null }), slugs)).hard).toEqual(["home"]);
    const until = Date.now() + 3_600_000;
    const breaking = grouped(await outcomesOf(() => changeFrontPage(staff.editor, { kind: "start-breaking", articleId: subject.id, label: "Breaking News", until }), slugs));
    expect(breaking.hard).toEqual(["home"]);
    expect(breaking.stale).toEqual(expect.arrayContaining(["terkini", "berita other (#sepakbola)", "kategori olahraga"]));
    expect(breaking.fresh).toEqual(["rss.xml", "tag banjir rss", "kategori olahraga rss", "sitemap.xml", "news-sitemap.xml"]);
    changeFrontPage(staff.editor, { kind: "stop-breaking" });
    changeFrontPage(staff.editor, { kind: "unpin-headline" });
  });

});
