import { createHash, randomBytes } from "node:crypto";
import { eq, lt } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { sessions, users, type User } from "@/db/schema";
import { SESSION_TTL_MS } from "./session-cookie";

// Sliding expiry rewrites the row at most this often, not on every request.
const SLIDE_AFTER_MS = 60 * 60 * 1000;

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
      expiresAt,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
      ipAddress: client.ipAddress?.slice(0, 64) ?? null,
    })
    .run();
  return { token, expiresAt };
}

/**
 * The active staff member a session token belongs to, or null (unknown, tampered, expired, or the
 * account was deactivated). A valid session's expiry slides to 14 days from now.
 */
export function validateSessionToken(token: string | undefined, now = Date.now()): StaffUser | null {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const db = getDb();
  const row = db
    .select({
      sessionId: sessions.id,
      expiresAt: sessions.expiresAt,
      active: users.active,
      user: { id: users.id, name: users.name, email: users.email, role: users.role, slug: users.slug },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, hashToken(token)))
    .get();
  if (!row) return null;
  if (row.expiresAt <= now || !row.active) {
    db.delete(sessions).where(eq(sessions.id, row.sessionId)).run();
    return null;
  }
  if (row.expiresAt - now < SESSION_TTL_MS - SLIDE_AFTER_MS) {
    db.update(sessions).set({ expiresAt: now + SESSION_TTL_MS }).where(eq(sessions.id, row.sessionId)).run();
  }
  return row.user;
}

export function revokeSession(token: string): void {
  getDb().delete(sessions).where(eq(sessions.tokenHash, hashToken(token))).run();
}

/** Ends every session of a user: on deactivation and on any password change. */
export function revokeUserSessions(db: DbExecutor, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}
