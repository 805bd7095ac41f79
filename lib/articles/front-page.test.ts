import { desc } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog, type UserRole } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import type { StaffUser } from "@/lib/auth/session";
import { soft, tags } from "@/lib/cache/tags";
import { invalidatedSince, lastInvalidationId, makeArticle, refusalOf, seededStaff, traceCounts } from "@/lib/newsroom/testing";
import { changeFrontPage, expireFrontPage, getBreakingNews, getHomeCuration, MAX_PICKS, readFrontPage, type FrontPageChange } from "./front-page";
import { transitionArticle } from "./workflow";

let staff: Record<UserRole, StaffUser>;
const HOUR = 3_600_000;
const latestAudit = () => getDb().select().from(auditLog).orderBy(desc(auditLog.id)).get()!;
const change = (what: FrontPageChange, now?: number) => changeFrontPage(staff.editor, what, now);

beforeAll(async () => {
  await seedFreshDatabase();
  staff = seededStaff();
});
beforeEach(() => {
  change({ kind: "unpin-headline" });
  change({ kind: "stop-breaking" });
  for (const id of readFrontPage().picks) change({ kind: "remove-pick", articleId: id });
});
afterAll(() => closeDatabase());

describe("the pinned headline", () => {
  it("leads the home page until its time; then the scheduler takes it down, audited, and the newest story leads again", async () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const now = Date.now();
    change({ kind: "pin-headline", articleId: id, until: now + HOUR }, now);
    expect(latestAudit()).toMatchObject({ actorId: staff.editor.id, action: "front-page.pin-headline", subjectType: "article", subjectId: id });
    expect((await getHomeCuration(now)).headline?.id).toBe(id);
    // Read after its time, before the scheduler ran: no longer shown.
    expect((await getHomeCuration(now + HOUR + 1)).headline).toBeNull();

    const mark = lastInvalidationId();
    expect(expireFrontPage(now + HOUR - 1)).toBe(false);
    expect(expireFrontPage(now + HOUR + 1)).toBe(true);
    expect(readFrontPage().headline).toBeNull();
    expect(invalidatedSince(mark)).toEqual([tags.frontPage]);
    expect(latestAudit()).toMatchObject({ actorId: null, action: "front-page.expired", details: expect.objectContaining({ via: "scheduler", headline: true, breaking: false }) });
  });

  it("is skipped once its story is no longer published", async () => {
    const { id } = makeArticle("published", staff.reporter.id);
    change({ kind: "pin-headline", articleId: id, until: null });
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: id, transition: "unpublish" });
    expect((await getHomeCuration()).headline).toBeNull();
  });

  it("only a published story, and a time in the future within a year", () => {
    const draft = makeArticle("draft", staff.reporter.id);
    const live = makeArticle("published", staff.reporter.id);
    const traces = traceCounts();
    expect(refusalOf(() => change({ kind: "pin-headline", articleId: draft.id, until: null }))).toMatchObject({ reason: "invalid", field: "articleId" });
    expect(refusalOf(() => change({ kind: "pin-headline", articleId: 987_654, until: null }))).toMatchObject({ reason: "invalid", field: "articleId" });
    for (const until of [Date.now() - 1000, Date.now() + 400 * 24 * HOUR]) {
      expect(refusalOf(() => change({ kind: "pin-headline", articleId: live.id, until }))).toMatchObject({ reason: "invalid", field: "until" });
    }
    expect(traceCounts()).toEqual(traces);
    expect(readFrontPage().headline).toBeNull();
  });
});

describe("Pilihan Redaksi", () => {
  it("keeps the editors' order, moves and removes picks, refuses duplicates and more than the maximum", async () => {
    const ids = Array.from({ length: MAX_PICKS + 1 }, () => makeArticle("published", staff.reporter.id).id);
    for (const id of ids.slice(0, MAX_PICKS)) change({ kind: "add-pick", articleId: id });
    expect(refusalOf(() => change({ kind: "add-pick", articleId: ids[0]! }))).toMatchObject({ reason: "conflict" });
    expect(refusalOf(() => change({ kind: "add-pick", articleId: ids[MAX_PICKS]! }))).toMatchObject({ reason: "invalid" });
    change({ kind: "move-pick", articleId: ids[2]!, direction: "up" });
    change({ kind: "remove-pick", articleId: ids[0]! });
    expect(readFrontPage().picks).toEqual([ids[2], ids[1], ...ids.slice(3, MAX_PICKS)]);
    transitionArticle({ kind: "staff", user: staff.editor }, { articleId: ids[1]!, transition: "unpublish" });
    expect((await getHomeCuration()).picks.map((pick) => pick.id)).toEqual([ids[2], ...ids.slice(3, MAX_PICKS)]);
  });

  it("is for editors: a reporter is refused and nothing changes", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    const traces = traceCounts();
    expect(refusalOf(() => changeFrontPage(staff.reporter, { kind: "add-pick", articleId: id })).reason).toBe("forbidden");
    expect(traceCounts()).toEqual(traces);
  });
});

describe("the breaking strip", () => {
  it("shows its story with its label until it expires; starting or stopping it refreshes every page softly and drops the home page", async () => {
    const { id, slug } = makeArticle("published", staff.reporter.id);
    const now = Date.now();
    const mark = lastInvalidationId();
    change({ kind: "start-breaking", articleId: id, label: "Berita Terkini", until: now + HOUR }, now);
    expect(invalidatedSince(mark)).toEqual([tags.frontPage, soft(tags.frontPage)]);
    expect(await getBreakingNews(now)).toMatchObject({ label: "Berita Terkini", article: { id, slug } });
    expect(await getBreakingNews(now + HOUR)).toBeNull();
    expect(expireFrontPage(now + HOUR)).toBe(true);
    expect(readFrontPage().breaking).toBeNull();
  });

  it("needs an expiry in the future, at most seven days ahead", () => {
    const { id } = makeArticle("published", staff.reporter.id);
    for (const until of [Date.now() - 1, Date.now() + 8 * 24 * HOUR]) {
      expect(refusalOf(() => change({ kind: "start-breaking", articleId: id, label: "Breaking News", until }))).toMatchObject({ reason: "invalid", field: "until" });
    }
    expect(readFrontPage().breaking).toBeNull();
  });
});
