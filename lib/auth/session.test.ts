import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog, sessions, users } from "@/db/schema";
import { seedFreshDatabase } from "@/lib/seed/testing";
import { createStaff } from "@/lib/staff/newsroom";
import { refusalOf, seededStaff } from "@/lib/newsroom/testing";
import {
  createSession,
  endAllSessionsOf,
  endOtherSessions,
  endSession,
  listActiveSessions,
  revokeSession,
  revokeUserSessions,
  SESSION_MAX_LIFETIME_MS,
  validateSessionToken,
  type StaffUser,
} from "./session";
import { SESSION_TTL_MS } from "./session-cookie";

const DAY = 24 * 60 * 60 * 1000;
const rowOf = (userId: number) => getDb().select().from(sessions).where(eq(sessions.userId, userId)).all();

describe("sessions", () => {
  let reporterId: number;
  beforeAll(async () => {
    await seedFreshDatabase();
    reporterId = seededStaff().reporter.id;
  });
  afterAll(() => closeDatabase());

  it("stores only the SHA-256 hash of the token, never the token", () => {
    const { token } = createSession(reporterId);
    const stored = getDb().select({ tokenHash: sessions.tokenHash }).from(sessions).all().map((row) => row.tokenHash);
    expect(stored).not.toContain(token);
    expect(stored.every((hash) => /^[0-9a-f]{64}$/.test(hash))).toBe(true);
    expect(validateSessionToken(token)?.id).toBe(reporterId);
  });

  it("knows nothing of a tampered, truncated or made-up token", () => {
    const { token } = createSession(reporterId);
    const flipped = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const bad of [flipped, token.slice(1), "", undefined, `${token}x`, "'; drop table sessions; --"]) {
      expect(validateSessionToken(bad)).toBeNull();
    }
  });

  it("expires after 14 days without use, and removes the expired row", () => {
    const now = Date.now();
    const { token } = createSession(reporterId, {}, now);
    expect(validateSessionToken(token, now + SESSION_TTL_MS - 1000)).not.toBeNull();
    const later = now + SESSION_TTL_MS - 1000 + SESSION_TTL_MS + 1;
    expect(validateSessionToken(token, later)).toBeNull();
    expect(validateSessionToken(token, now)).toBeNull();
  });

  it("slides: a session used on day 10 lasts until 14 days after that", () => {
    const now = Date.now();
    const { token, expiresAt } = createSession(reporterId, {}, now);
    expect(expiresAt).toBe(now + 14 * DAY);
    validateSessionToken(token, now + 10 * DAY);
    expect(validateSessionToken(token, now + 20 * DAY)).not.toBeNull();
    expect(validateSessionToken(token, now + 20 * DAY + 14 * DAY + 1)).toBeNull();
  });

  it("ends 30 days after sign-in however often it is used, and the slide never reaches past that", () => {
    const now = Date.now();
    const { token } = createSession(reporterId, { userAgent: "batas-sesi" }, now);
    const row = () => rowOf(reporterId).find((session) => session.userAgent === "batas-sesi");
    for (let day = 6; day < 30; day += 6) expect(validateSessionToken(token, now + day * DAY)).not.toBeNull();
    expect(row()!.expiresAt).toBe(now + SESSION_MAX_LIFETIME_MS);
    expect(validateSessionToken(token, now + SESSION_MAX_LIFETIME_MS - 1)).not.toBeNull();
    expect(validateSessionToken(token, now + SESSION_MAX_LIFETIME_MS)).toBeNull();
    expect(row()).toBeUndefined();
  });

  it("ends on sign-out", () => {
    const { token } = createSession(reporterId);
    expect(revokeSession(getDb(), token)?.userId).toBe(reporterId);
    expect(validateSessionToken(token)).toBeNull();
    expect(revokeSession(getDb(), token)).toBeNull();
  });

  it("all of a user's sessions end together (password change, deactivation)", () => {
    const tokens = [createSession(reporterId).token, createSession(reporterId).token];
    revokeUserSessions(getDb(), reporterId);
    expect(tokens.map((token) => validateSessionToken(token))).toEqual([null, null]);
    expect(rowOf(reporterId)).toEqual([]);
  });

  it("a deactivated account's session no longer signs anyone in", () => {
    const { token } = createSession(reporterId);
    getDb().update(users).set({ active: false }).where(eq(users.id, reporterId)).run();
    try {
      expect(validateSessionToken(token)).toBeNull();
    } finally {
      getDb().update(users).set({ active: true }).where(eq(users.id, reporterId)).run();
    }
  });
});

const CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0";

describe("active sessions", () => {
  let staff: ReturnType<typeof seededStaff>;
  let made = 0;
  /** A new account of its own, so no other test's sessions show up in its list. */
  async function freshMember(): Promise<StaffUser> {
    const { id } = await createStaff(staff.admin, { name: `Sesi Uji ${++made}`, email: `sesi${made}@contoh.example`, role: "reporter" });
    return { id, name: `Sesi Uji ${made}`, email: `sesi${made}@contoh.example`, role: "reporter", slug: `sesi-uji-${made}` };
  }
  const revokedEntries = (subjectId: number) =>
    getDb().select().from(auditLog).where(and(eq(auditLog.action, "session.revoked"), eq(auditLog.subjectId, subjectId))).all();

  beforeAll(async () => {
    await seedFreshDatabase();
    staff = seededStaff();
  });
  afterAll(() => closeDatabase());

  it("records the device summary, the address and when it was last seen; last seen moves with the slide, not on every request", async () => {
    const member = await freshMember();
    const now = Date.now();
    const { token } = createSession(member.id, { userAgent: CHROME_ANDROID, ipAddress: "203.0.113.7" }, now);
    expect(listActiveSessions(member, member.id, token, now)).toEqual([
      { id: expect.any(Number), device: "Chrome di Android", ipAddress: "203.0.113.7", createdAt: expect.any(Number), lastSeenAt: now, current: true },
    ]);
    validateSessionToken(token, now + 10 * 60_000);
    expect(listActiveSessions(member, member.id, token, now)[0]!.lastSeenAt).toBe(now);
    validateSessionToken(token, now + 2 * 60 * 60_000);
    expect(listActiveSessions(member, member.id, token, now)[0]!.lastSeenAt).toBe(now + 2 * 60 * 60_000);
  });

  it("lists only this person's unexpired sessions, most recently used first, and marks the one asking", async () => {
    const member = await freshMember();
    const now = Date.now();
    createSession(member.id, { userAgent: FIREFOX_WINDOWS }, now - 20 * DAY);
    const phone = createSession(member.id, { userAgent: CHROME_ANDROID }, now - 60_000);
    const laptop = createSession(member.id, { userAgent: FIREFOX_WINDOWS }, now);
    createSession(staff.editor.id, {}, now);
    const listed = listActiveSessions(member, member.id, phone.token, now);
    expect(listed.map((session) => [session.device, session.current])).toEqual([
      ["Firefox di Windows", false],
      ["Chrome di Android", true],
    ]);
    expect(validateSessionToken(laptop.token, now)?.id).toBe(member.id);
  });

  it("someone else's sessions are listed only for an admin", async () => {
    const member = await freshMember();
    createSession(member.id);
    expect(refusalOf(() => listActiveSessions(staff.editor, member.id)).reason).toBe("forbidden");
    expect(listActiveSessions(staff.admin, member.id)).toHaveLength(1);
  });

  it("one's own other session ends at once: its browser is signed out on its next request", async () => {
    const member = await freshMember();
    const mine = createSession(member.id);
    const other = createSession(member.id, { userAgent: CHROME_ANDROID, ipAddress: "198.51.100.9" });
    const otherId = listActiveSessions(member, member.id, mine.token).find((session) => !session.current)!.id;
    endSession(member, otherId, mine.token);
    expect(validateSessionToken(other.token)).toBeNull();
    expect(validateSessionToken(mine.token)?.id).toBe(member.id);
    expect(revokedEntries(member.id)).toMatchObject([{ actorId: member.id, details: { device: "Chrome di Android", address: "198.51.100.9", sessions: 1 } }]);
  });

  it("ending another person's session is refused, and so is ending the session asking (that is signing out)", async () => {
    const member = await freshMember();
    const victim = await freshMember();
    const mine = createSession(member.id);
    const theirs = createSession(victim.id);
    const theirId = listActiveSessions(staff.admin, victim.id)[0]!.id;
    const refusal = refusalOf(() => endSession(member, theirId, mine.token));
    expect(refusal).toMatchObject({ reason: "forbidden", message: "Anda tidak berhak melakukan tindakan ini." });
    expect(refusalOf(() => endSession(staff.editor, theirId)).reason).toBe("forbidden");
    expect(validateSessionToken(theirs.token)?.id).toBe(victim.id);

    const myId = listActiveSessions(member, member.id, mine.token)[0]!.id;
    expect(refusalOf(() => endSession(member, myId, mine.token)).reason).toBe("invalid");
    expect(refusalOf(() => endSession(member, 987_654, mine.token)).reason).toBe("not-found");
    expect(validateSessionToken(mine.token)?.id).toBe(member.id);
    expect(revokedEntries(victim.id)).toEqual([]);
    expect(revokedEntries(member.id)).toEqual([]);
  });

  it("an admin ends any one session, or all of an account's", async () => {
    const member = await freshMember();
    const first = createSession(member.id);
    const second = createSession(member.id);
    const third = createSession(member.id);
    endSession(staff.admin, listActiveSessions(staff.admin, member.id, first.token).find((session) => session.current)!.id);
    expect(validateSessionToken(first.token)).toBeNull();
    expect(endAllSessionsOf(staff.admin, member.id)).toBe(2);
    expect([second, third].map(({ token }) => validateSessionToken(token))).toEqual([null, null]);
    expect(revokedEntries(member.id)).toMatchObject([
      { actorId: staff.admin.id, details: { sessions: 1 } },
      { actorId: staff.admin.id, details: { sessions: 2, scope: "all" } },
    ]);
    expect(refusalOf(() => endAllSessionsOf(staff.editor, member.id)).reason).toBe("forbidden");
    expect(refusalOf(() => endAllSessionsOf(staff.admin, 987_654)).reason).toBe("not-found");
  });

  it("signing out of every other device keeps the one asking", async () => {
    const member = await freshMember();
    const mine = createSession(member.id);
    const others = [createSession(member.id), createSession(member.id)];
    expect(endOtherSessions(member, mine.token)).toBe(2);
    expect(others.map(({ token }) => validateSessionToken(token))).toEqual([null, null]);
    expect(validateSessionToken(mine.token)?.id).toBe(member.id);
    expect(endOtherSessions(member, mine.token)).toBe(0);
    expect(revokedEntries(member.id)).toMatchObject([{ actorId: member.id, details: { sessions: 2, scope: "others" } }]);
  });
});
