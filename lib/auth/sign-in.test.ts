import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { signInThrottles } from "@/db/schema";
import { TEST_STAFF_PASSWORD, seedFreshDatabase } from "@/db/testing";
import { validateSessionToken } from "./session";
import { SIGN_IN_FAILED, signIn } from "./sign-in";

const PASSWORD = TEST_STAFF_PASSWORD;
const EDITOR = "editor@rinewsportal.example";
const REPORTER = "setiawan@rinewsportal.example";
const THROTTLED = /^Terlalu banyak percobaan masuk yang gagal\. Coba lagi dalam \d+ (detik|menit)\.$/;

let clock = Date.now();
let addressCount = 0;
/** A client address no other test has used. */
const freshAddress = () => `198.51.100.${++addressCount}`;

async function failTimes(times: number, email: string, address: () => string) {
  for (let i = 0; i < times; i++) {
    const result = await signIn({ email, password: "salah-sekali" }, { address: address() }, clock);
    expect(result).toEqual({ ok: false, message: SIGN_IN_FAILED });
  }
}

describe("signing in", () => {
  beforeAll(async () => {
    await seedFreshDatabase();
  });
  afterAll(() => closeDatabase());

  it("with the right password starts a session for that account (email in any case)", async () => {
    const result = await signIn({ email: ` ${EDITOR.toUpperCase()} `, password: PASSWORD }, { address: freshAddress() }, clock);
    if (!result.ok) throw new Error(result.message);
    expect(validateSessionToken(result.token, clock)).toMatchObject({ email: EDITOR, role: "editor" });
  });

  it("answers a wrong password and an unknown email with the same message", async () => {
    const wrongPassword = await signIn({ email: EDITOR, password: "bukan-ini" }, { address: freshAddress() }, clock);
    const unknownEmail = await signIn({ email: "siapa@contoh.example", password: PASSWORD }, { address: freshAddress() }, clock);
    expect(wrongPassword).toEqual({ ok: false, message: SIGN_IN_FAILED });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("after 5 failures for an account, refuses even the right password, from any address, for a while", async () => {
    const email = "kontributor@rinewsportal.example";
    await failTimes(5, email, freshAddress);
    const blocked = await signIn({ email, password: PASSWORD }, { address: freshAddress() }, clock);
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.message).toMatch(THROTTLED);

    clock += 16_000;
    const afterWait = await signIn({ email, password: PASSWORD }, { address: freshAddress() }, clock);
    expect(afterWait.ok).toBe(true);
  });

  it("makes each further failure wait longer", async () => {
    const email = "tidak-ada@rinewsportal.example";
    await failTimes(5, email, freshAddress);
    clock += 16_000; // past the first delay (15 s)
    await failTimes(1, email, freshAddress);
    clock += 16_000; // not past the second (30 s)
    const stillBlocked = await signIn({ email, password: "apa-saja" }, { address: freshAddress() }, clock);
    expect(!stillBlocked.ok && stillBlocked.message).toMatch(THROTTLED);
    clock += 15_000;
    expect(await signIn({ email, password: "apa-saja" }, { address: freshAddress() }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
  });

  it("after 5 failures from one address, refuses that address whatever account it names; other addresses still get in", async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) {
      await failTimes(1, `orang${i}@contoh.example`, () => address);
    }
    const blocked = await signIn({ email: REPORTER, password: PASSWORD }, { address }, clock);
    expect(!blocked.ok && blocked.message).toMatch(THROTTLED);
    expect((await signIn({ email: REPORTER, password: PASSWORD }, { address: freshAddress() }, clock)).ok).toBe(true);
  });

  it("a successful sign-in clears the account's count", async () => {
    const address = freshAddress();
    await failTimes(4, REPORTER, freshAddress);
    expect((await signIn({ email: REPORTER, password: PASSWORD }, { address }, clock)).ok).toBe(true);
    await failTimes(4, REPORTER, freshAddress);
    expect((await signIn({ email: REPORTER, password: PASSWORD }, { address: freshAddress() }, clock)).ok).toBe(true);
  });

  it("forgets failures after an hour without one", async () => {
    const email = "lupa@contoh.example";
    await failTimes(5, email, freshAddress);
    clock += 61 * 60_000;
    expect(await signIn({ email, password: "x" }, { address: freshAddress() }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
    const row = getDb().select().from(signInThrottles).all().find((r) => r.key === `account:${email}`);
    expect(row?.failures).toBe(1);
  });

  it("counts attempts running at the same time, so a burst cannot slip past the limit", async () => {
    const email = "serbu@contoh.example";
    const burst = await Promise.all(Array.from({ length: 12 }, () => signIn({ email, password: "tebakan" }, { address: freshAddress() }, clock)));
    const throttled = burst.filter((result) => !result.ok && THROTTLED.test(result.message));
    expect(throttled).toHaveLength(7);
  });
});
