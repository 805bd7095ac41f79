import { count, eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInThrottles } from "@/db/schema";

// Slows down guessing a password, at sign-in and when a signed-in user changes theirs. Each counter
// lets some failures through freely; then every further attempt waits 15 s, 30 s, 1 min, … up to
// 15 min after the last failure. A counter with no failure for an hour starts from zero again.
// The numbers are explained in the README ("Sign-in throttling").
const FIRST_DELAY_MS = 15_000;
const MAX_DELAY_MS = 15 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

const FREE_FAILURES = {
  accountAtAddress: 5,
  address: 20,
  account: 50,
  passwordChange: 5,
} as const;

// Keys are made of whatever a stranger submits; past this many counters the oldest are dropped.
export const MAX_THROTTLE_COUNTERS = 100_000;

type Counter = { key: string; freeFailures: number };

/** The counters one password attempt is charged to; `owner` is the one a correct password clears. */
export type PasswordAttempt = { owner: Counter; others: Counter[] };

/**
 * A sign-in: strictly per account and client address (the owner's own mistakes), loosely per
 * account (guessing spread over many addresses) and per address (one address trying many accounts).
 * The account named need not exist.
 */
export function signInAttempt(email: string, address: string): PasswordAttempt {
  const account = email.trim().toLowerCase();
  return {
    owner: { key: `account-address:${JSON.stringify([account, address])}`, freeFailures: FREE_FAILURES.accountAtAddress },
    others: [
      { key: `account:${account}`, freeFailures: FREE_FAILURES.account },
      { key: `address:${address}`, freeFailures: FREE_FAILURES.address },
    ],
  };
}

/** A signed-in user proving their current password: a stolen session must not be a way to guess it. */
export function passwordChangeAttempt(userId: number): PasswordAttempt {
  return { owner: { key: `password-change:${userId}`, freeFailures: FREE_FAILURES.passwordChange }, others: [] };
}

function waitMs(counter: Counter, row: { failures: number; lastFailureAt: number } | undefined, now: number): number {
  if (!row || row.failures < counter.freeFailures || row.lastFailureAt <= now - FORGET_AFTER_MS) return 0;
  const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (row.failures - counter.freeFailures));
  return Math.max(0, row.lastFailureAt + delay - now);
}

/**
 * Admits an attempt or says how long to wait. An admitted attempt is counted as a failure at once,
 * before the password is checked, so parallel guesses cannot all slip in under the limit;
 * `recordCorrectPassword` takes it back.
 */
export function beginPasswordAttempt(attempt: PasswordAttempt, now = Date.now()): { allowed: true } | { allowed: false; retryAfterMs: number } {
  const counters = [attempt.owner, ...attempt.others];
  return getDb().transaction((tx) => {
    const rows = new Map(
      tx.select().from(signInThrottles).where(inArray(signInThrottles.key, counters.map((c) => c.key))).all().map((row) => [row.key, row]),
    );
    const retryAfterMs = Math.max(0, ...counters.map((counter) => waitMs(counter, rows.get(counter.key), now)));
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    for (const { key } of counters) {
      tx.insert(signInThrottles)
        .values({ key, failures: 1, lastFailureAt: now })
        .onConflictDoUpdate({
          target: signInThrottles.key,
          set: {
            failures: sql`case when ${signInThrottles.lastFailureAt} <= ${now - FORGET_AFTER_MS} then 1 else ${signInThrottles.failures} + 1 end`,
            lastFailureAt: now,
          },
        })
        .run();
    }
    // Only admitted attempts add counters, and each is also paying for a password hash check.
    tx.delete(signInThrottles).where(lt(signInThrottles.lastFailureAt, now - FORGET_AFTER_MS)).run();
    const excess = tx.select({ n: count() }).from(signInThrottles).get()!.n - MAX_THROTTLE_COUNTERS;
    if (excess > 0) {
      const oldest = tx.select({ key: signInThrottles.key }).from(signInThrottles).orderBy(signInThrottles.lastFailureAt).limit(excess);
      tx.delete(signInThrottles).where(inArray(signInThrottles.key, oldest)).run();
    }
    return { allowed: true };
  });
}

/** How long to wait, for the person waiting: "15 detik", "2 menit". */
export function waitText(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return seconds < 60 ? `${seconds} detik` : `${Math.ceil(seconds / 60)} menit`;
}

/** Clears the owner's failures and takes back this attempt's count from the others. */
export function recordCorrectPassword(attempt: PasswordAttempt): void {
  getDb().transaction((tx) => {
    tx.delete(signInThrottles).where(eq(signInThrottles.key, attempt.owner.key)).run();
    for (const { key } of attempt.others) {
      tx.update(signInThrottles)
        .set({ failures: sql`max(${signInThrottles.failures} - 1, 0)` })
        .where(eq(signInThrottles.key, key))
        .run();
    }
  });
}
