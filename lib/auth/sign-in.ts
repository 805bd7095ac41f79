import { eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/newsroom/audit";
import { describeDevice } from "./device";
import { createSession, revokeSession, type StaffUser } from "./session";
import { hashPassword, verifyPassword } from "./password";
import { beginPasswordAttempt, recordCorrectPassword, signInAttempt, waitText } from "./password-throttle";

// One message whether the email is unknown, the password wrong or the account deactivated.
export const SIGN_IN_FAILED = "Email atau kata sandi salah.";

// Checked when the email is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export type SignInResult =
  | { ok: true; user: StaffUser; token: string; expiresAt: number }
  | { ok: false; message: string };

export async function signIn(
  credentials: { email: string; password: string },
  client: { address: string; userAgent?: string | null },
  now = Date.now(),
): Promise<SignInResult> {
  const attempt = signInAttempt(credentials.email, client.address);
  const gate = beginPasswordAttempt(attempt, now);
  if (!gate.allowed) {
    console.warn(`Sign-in throttled for ${attempt.owner.key}`);
    return { ok: false, message: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${waitText(gate.retryAfterMs)}.` };
  }

  const user = getDb()
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, credentials.email.trim().toLowerCase()))
    .get();
  const passwordHash = user?.passwordHash ?? (await (decoyHash ??= hashPassword(crypto.randomUUID())));
  const passwordMatches = await verifyPassword(passwordHash, credentials.password);
  if (!user || !passwordMatches || !user.active) {
    console.warn(`Sign-in failed for ${attempt.owner.key}`);
    // Only for an existing account, and only for attempts the throttle admitted, so the log grows
    // with the throttle's pace (per account 50, then about four an hour), not with the attacker's.
    if (user) {
      recordAudit(getDb(), {
        actorId: null,
        action: "auth.sign-in-failed",
        subjectType: "user",
        subjectId: user.id,
        details: { address: client.address, via: "sign-in" },
      });
    }
    return { ok: false, message: SIGN_IN_FAILED };
  }

  recordCorrectPassword(attempt);
  const device = describeDevice(client.userAgent);
  const session = getDb().transaction((tx) => {
    const session = createSession(user.id, { userAgent: client.userAgent, ipAddress: client.address }, now);
    recordAudit(tx, { actorId: user.id, action: "auth.signed-in", subjectType: "user", subjectId: user.id, details: { device, address: client.address } });
    return session;
  });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, slug: user.slug }, ...session };
}

/** Ends the session of this token, and records the sign-out against its account. */
export function signOut(token: string): void {
  getDb().transaction((tx) => {
    const ended = revokeSession(tx, token);
    if (ended) {
      recordAudit(tx, {
        actorId: ended.userId,
        action: "auth.signed-out",
        subjectType: "user",
        subjectId: ended.userId,
        details: { device: ended.device, address: ended.ipAddress },
      });
    }
  });
}
