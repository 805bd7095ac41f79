import { eq, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { signInThrottles } from "@/db/schema";

// Five failures are free; then each further attempt waits 15 s, 30 s, 1 min, … up to 15 min.
const FREE_FAILURES = 5;
const FIRST_DELAY_MS = 15_000;
const MAX_DELAY_MS = 15 * 60_000;
// A key with no failure for this long starts from zero again.
const FORGET_AFTER_MS = 60 * 60_000;

export type ThrottleKeys = { account: string; address: string };

/** The counters a sign-in attempt is charged to: the account named (existing or not) and the client address. */
export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email.trim().toLowerCase()}`, address: `address:${address}` };
}

function waitMs(row: { failures: number; lastFailureAt: number }, now: number): number {
  if (row.failures < FREE_FAILURES) return 0;
  const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (row.failures - FREE_FAILURES));
  return Math.max(0, row.lastFailureAt + delay - now);
}

/**
 * Admits an attempt or says how long to wait. An admitted attempt is counted as a failure at once,
 * before the password is checked, so parallel guesses cannot all slip in under the limit;
 * `recordSuccessfulSignIn` takes it back.
 */
export function beginSignInAttempt(keys: ThrottleKeys, now = Date.now()): { allowed: true } | { allowed: false; retryAfterMs: number } {
  const keyList = [keys.account, keys.address];
  return getDb().transaction((tx) => {
    tx.delete(signInThrottles).where(lt(signInThrottles.lastFailureAt, now - FORGET_AFTER_MS)).run();
    const rows = tx.select().from(signInThrottles).where(inArray(signInThrottles.key, keyList)).all();
    const retryAfterMs = Math.max(0, ...rows.map((row) => waitMs(row, now)));
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    for (const key of keyList) {
      tx.insert(signInThrottles)
        .values({ key, failures: 1, lastFailureAt: now })
        .onConflictDoUpdate({
          target: signInThrottles.key,
          set: { failures: sql`${signInThrottles.failures} + 1`, lastFailureAt: now },
        })
        .run();
    }
    return { allowed: true };
  });
}

/** Clears the account's failures and takes back the address's count for this attempt. */
export function recordSuccessfulSignIn(keys: ThrottleKeys): void {
  getDb().transaction((tx) => {
    tx.delete(signInThrottles).where(eq(signInThrottles.key, keys.account)).run();
    tx.update(signInThrottles)
      .set({ failures: sql`max(${signInThrottles.failures} - 1, 0)` })
      .where(eq(signInThrottles.key, keys.address))
      .run();
  });
}
