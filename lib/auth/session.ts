import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, lt, ne } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { sessions, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/newsroom/audit";
import { Refusal } from "@/lib/newsroom/refusal";
import { describeDevice } from "./device";
import { assertCan } from "./roles";
import { SESSION_TTL_MS } from "./session-cookie";

// Sliding expiry rewrites the row at most this often, not on every request.
const SLIDE_AFTER_MS = 60 * 60 * 1000;

/** However often it is used, a session ends this long after sign-in: a stolen token does not live for ever. */
export const SESSION_MAX_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** The signed-in staff member, as every newsroom check sees them. */
export type StaffUser = Pick<User, "id" | "name" | "email" | "role" | "slug">;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Starts a session: the token goes to the browser, only its hash into the database. */
export function createSession(
  userId: number,
  client: { userAgent?: string | null; ipAddress?: string | null } = {},
  now = Date.now(),
): { token: string; expiresAt: number } {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = now + SESSION_TTL_MS;
  const db = getDb();
  db.delete(sessions).where(lt(sessions.expiresAt, now)).run();
  db.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      createdAt: now,
      expiresAt,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ipAddress: client.ipAddress?.slice(0, 64) ?? null,
      device: describeDevice(client.userAgent),
      lastSeenAt: now,
    })
    .run();
  return { token, expiresAt };
}

/**
 * The active staff member a session token belongs to, or null (unknown, tampered, expired, or the
 * account was deactivated). A valid session's expiry slides to 14 days from now, but never past
 * SESSION_MAX_LIFETIME_MS after it was created.
 */
export function validateSessionToken(token: string | undefined, now = Date.now()): StaffUser | null {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const db = getDb();
  const row = db
    .select({
      sessionId: sessions.id,
      createdAt: sessions.createdAt,
      expiresAt: sessions.expiresAt,
      active: users.active,
      user: { id: users.id, name: users.name, email: users.email, role: users.role, slug: users.slug },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  const endsAt = row.createdAt + SESSION_MAX_LIFETIME_MS;
  if (row.expiresAt <= now || endsAt <= now || !row.active) {
    db.delete(sessions).where(eq(sessions.id, row.sessionId)).run();
    return null;
  }
  const expiresAt = Math.min(now + SESSION_TTL_MS, endsAt);
  if (expiresAt - row.expiresAt >= SLIDE_AFTER_MS) {
    db.update(sessions).set({ expiresAt, lastSeenAt: now }).where(eq(sessions.id, row.sessionId)).run();
  }
  return row.user;
}

/** Ends the session of this token (sign-out); answers whose it was, or null when there was none. */
export function revokeSession(db: DbExecutor, token: string): { userId: number; device: string | null; ipAddress: string | null } | null {
  return (
    db
      .delete(sessions)
      .where(eq(sessions.tokenHash, hashToken(token)))
      .returning({ userId: sessions.userId, device: sessions.device, ipAddress: sessions.ipAddress })
      .get() ?? null
  );
}

/** Ends every session of a user: on deactivation and on any password change. */
export function revokeUserSessions(db: DbExecutor, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export type ActiveSession = {
  id: number;
  device: string;
  ipAddress: string | null;
  createdAt: number;
  lastSeenAt: number;
  /** The session of the request asking. */
  current: boolean;
};

const SESSION_NOT_FOUND = "Sesi tidak ditemukan atau sudah berakhir.";
const USE_SIGN_OUT = "Ini sesi yang sedang Anda pakai: gunakan tombol Keluar.";

/** A staff member's own sessions, or (admin) anyone's: unexpired, most recently used first. */
export function listActiveSessions(viewer: StaffUser, userId: number, currentToken?: string, now = Date.now()): ActiveSession[] {
  if (userId !== viewer.id) assertCan(viewer, "manageStaff");
  const currentHash = currentToken ? hashToken(currentToken) : null;
  return getDb()
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.id))
    .all()
    .map((row) => ({
      id: row.id,
      device: row.device ?? describeDevice(row.userAgent),
      ipAddress: row.ipAddress,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt ?? row.createdAt,
      current: row.tokenHash === currentHash,
    }));
}

/**
 * Ends one session: one's own on another device, or (admin) anyone's. The row is deleted, so the
 * browser holding it is signed out on its next request. The session asking is ended by signing out.
 */
export function endSession(actor: StaffUser, sessionId: number, currentToken?: string): void {
  getDb().transaction((tx) => {
    const target = tx.select().from(sessions).where(eq(sessions.id, sessionId)).get();
    if (!target) throw new Refusal("not-found", SESSION_NOT_FOUND);
    if (target.userId !== actor.id) assertCan(actor, "manageStaff");
    if (currentToken && target.tokenHash === hashToken(currentToken)) throw new Refusal("invalid", USE_SIGN_OUT);
    tx.delete(sessions).where(eq(sessions.id, sessionId)).run();
    recordAudit(tx, {
      actorId: actor.id,
      action: "session.revoked",
      subjectType: "user",
      subjectId: target.userId,
      details: { device: target.device ?? describeDevice(target.userAgent), address: target.ipAddress, sessions: 1 },
    });
  });
}

/** Signs a staff member out of every device but the one asking; answers how many sessions ended. */
export function endOtherSessions(user: StaffUser, currentToken: string): number {
  return getDb().transaction((tx) => {
    const ended = tx
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), ne(sessions.tokenHash, hashToken(currentToken))))
      .returning({ id: sessions.id })
      .all().length;
    if (ended > 0) recordAudit(tx, { actorId: user.id, action: "session.revoked", subjectType: "user", subjectId: user.id, details: { sessions: ended, scope: "others" } });
    return ended;
  });
}

/** Admin: ends every session of an account (including the admin's own, when it is theirs). */
export function endAllSessionsOf(actor: StaffUser, userId: number): number {
  assertCan(actor, "manageStaff");
  return getDb().transaction((tx) => {
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) throw new Refusal("not-found", "Akun tidak ditemukan.");
    const ended = tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id }).all().length;
    if (ended > 0) recordAudit(tx, { actorId: actor.id, action: "session.revoked", subjectType: "user", subjectId: userId, details: { sessions: ended, scope: "all" } });
    return ended;
  });
}
