import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { seedFreshDatabase } from "@/db/testing";
import { seededStaff } from "@/lib/newsroom/testing";
import { createSession, revokeSession, revokeUserSessions, validateSessionToken } from "./session";
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

  it("ends on sign-out", () => {
    const { token } = createSession(reporterId);
    revokeSession(token);
    expect(validateSessionToken(token)).toBeNull();
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
