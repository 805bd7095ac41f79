import { desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { auditLog, signInThrottles, users } from "@/db/schema";
import { TEST_STAFF_PASSWORD, seedFreshDatabase } from "@/lib/seed/testing";
import { validateSessionToken } from "./session";
import { MAX_THROTTLE_COUNTERS } from "./password-throttle";
import { SIGN_IN_FAILED, signIn, signOut } from "./sign-in";

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

// Each admitted attempt checks an argon2 hash; some tests make dozens on a shared, loaded machine.
describe("signing in", { timeout: 60_000 }, () => {
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

  it("a stranger's failures from other addresses do not lock the owner out at an address of their own", async () => {
    const strangerAddress = freshAddress();
    await failTimes(5, REPORTER, () => strangerAddress);
    await failTimes(20, REPORTER, freshAddress);
    expect(await signIn({ email: REPORTER, password: PASSWORD }, { address: strangerAddress }, clock)).toMatchObject({ ok: false, message: expect.stringMatching(THROTTLED) });
    expect((await signIn({ email: REPORTER, password: PASSWORD }, { address: freshAddress() }, clock)).ok).toBe(true);
  });

  it("after 5 failures for an account from one address, refuses even the right password there for a while", async () => {
    const email = "kontributor@rinewsportal.example";
    const address = freshAddress();
    await failTimes(5, email, () => address);
    const blocked = await signIn({ email, password: PASSWORD }, { address }, clock);
    expect(!blocked.ok && blocked.message).toMatch(THROTTLED);

    clock += 16_000;
    expect((await signIn({ email, password: PASSWORD }, { address }, clock)).ok).toBe(true);
  });

  it("after 50 failures for an account spread over many addresses, refuses it from any address for a while", async () => {
    const email = "admin@rinewsportal.example";
    await failTimes(50, email, freshAddress);
    const blocked = await signIn({ email, password: PASSWORD }, { address: freshAddress() }, clock);
    expect(!blocked.ok && blocked.message).toMatch(THROTTLED);

    clock += 16_000;
    expect((await signIn({ email, password: PASSWORD }, { address: freshAddress() }, clock)).ok).toBe(true);
  });

  it("makes each further failure wait longer", async () => {
    const email = "tidak-ada@rinewsportal.example";
    const address = freshAddress();
    await failTimes(5, email, () => address);
    clock += 16_000; // past the first delay (15 s)
    await failTimes(1, email, () => address);
    clock += 16_000; // not past the second (30 s)
    const stillBlocked = await signIn({ email, password: "apa-saja" }, { address }, clock);
    expect(!stillBlocked.ok && stillBlocked.message).toMatch(THROTTLED);
    clock += 15_000;
    expect(await signIn({ email, password: "apa-saja" }, { address }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
  });

  it("after 20 failures from one address, refuses that address whatever account it names; other addresses still get in", async () => {
    const address = freshAddress();
    for (let i = 0; i < 20; i++) {
      await failTimes(1, `orang${i}@contoh.example`, () => address);
    }
    const blocked = await signIn({ email: REPORTER, password: PASSWORD }, { address }, clock);
    expect(!blocked.ok && blocked.message).toMatch(THROTTLED);
    expect((await signIn({ email: REPORTER, password: PASSWORD }, { address: freshAddress() }, clock)).ok).toBe(true);
  });

  it("a successful sign-in clears the count of that account at that address", async () => {
    const address = freshAddress();
    await failTimes(4, EDITOR, () => address);
    expect((await signIn({ email: EDITOR, password: PASSWORD }, { address }, clock)).ok).toBe(true);
    await failTimes(4, EDITOR, () => address);
    expect((await signIn({ email: EDITOR, password: PASSWORD }, { address }, clock)).ok).toBe(true);
  });

  it("forgets failures after an hour without one", async () => {
    const email = "lupa@contoh.example";
    const address = freshAddress();
    await failTimes(5, email, () => address);
    clock += 61 * 60_000;
    expect(await signIn({ email, password: "x" }, { address }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
    const row = getDb().select().from(signInThrottles).all().find((r) => r.key === `account:${email}`);
    expect(row?.failures).toBe(1);
  });

  it("counts attempts running at the same time, so a burst cannot slip past the limit", async () => {
    const email = "serbu@contoh.example";
    const address = freshAddress();
    const burst = await Promise.all(Array.from({ length: 12 }, () => signIn({ email, password: "tebakan" }, { address }, clock)));
    const throttled = burst.filter((result) => !result.ok && THROTTLED.test(result.message));
    expect(throttled).toHaveLength(7);
  });

  it(`keeps at most ${MAX_THROTTLE_COUNTERS} counters however many emails and addresses strangers send, dropping the oldest`, async () => {
    const insert = getDb().$client.prepare("insert into sign_in_throttles (key, failures, last_failure_at) values (?, 1, ?)");
    getDb().$client.transaction(() => {
      for (let i = 0; i < MAX_THROTTLE_COUNTERS; i++) insert.run(`account:orang-${i}@contoh.example`, clock - MAX_THROTTLE_COUNTERS + i);
    })();
    await failTimes(1, "satu-lagi@contoh.example", freshAddress);
    const counters = () => getDb().$client.prepare("select count(*) from sign_in_throttles").pluck().get();
    expect(counters()).toBe(MAX_THROTTLE_COUNTERS);
    const keys = new Set(getDb().select({ key: signInThrottles.key }).from(signInThrottles).all().map((row) => row.key));
    expect(keys.has("account:satu-lagi@contoh.example")).toBe(true);
    expect(keys.has("account:orang-0@contoh.example")).toBe(false);
    expect(keys.has(`account:orang-${MAX_THROTTLE_COUNTERS - 1}@contoh.example`)).toBe(true);

    clock += 61 * 60_000;
    await failTimes(1, "sejam-kemudian@contoh.example", freshAddress);
    expect(counters()).toBe(3);
  });
});

describe("the audit log of signing in and out", () => {
  const ACCESS = ["auth.signed-in", "auth.sign-in-failed", "auth.signed-out"];
  const CHROME_ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
  const accessEntries = () => getDb().select().from(auditLog).where(inArray(auditLog.action, ACCESS)).orderBy(desc(auditLog.id)).all();
  const userId = (email: string) => getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;

  beforeAll(async () => {
    await seedFreshDatabase();
  });
  afterAll(() => closeDatabase());

  it("a sign-in is recorded with its device and address, and the sign-out with the same", async () => {
    const result = await signIn({ email: EDITOR, password: PASSWORD }, { address: "203.0.113.40", userAgent: CHROME_ANDROID }, clock);
    if (!result.ok) throw new Error(result.message);
    const editorId = userId(EDITOR);
    expect(accessEntries()[0]).toMatchObject({
      action: "auth.signed-in",
      actorId: editorId,
      subjectType: "user",
      subjectId: editorId,
      details: { device: "Chrome di Android", address: "203.0.113.40" },
    });
    signOut(result.token);
    expect(validateSessionToken(result.token, clock)).toBeNull();
    expect(accessEntries()[0]).toMatchObject({ action: "auth.signed-out", actorId: editorId, subjectId: editorId, details: { device: "Chrome di Android", address: "203.0.113.40" } });
    const count = accessEntries().length;
    signOut(result.token);
    expect(accessEntries()).toHaveLength(count);
  });

  it("a refused sign-in of an existing account is recorded with the address, never the password; an unknown email leaves no entry", async () => {
    const before = accessEntries().length;
    expect(await signIn({ email: REPORTER, password: "rahasia-tebakan" }, { address: "203.0.113.41" }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
    expect(await signIn({ email: "bukan-staf@contoh.example", password: "rahasia-tebakan" }, { address: "203.0.113.42" }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
    const entries = accessEntries();
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ action: "auth.sign-in-failed", actorId: null, subjectId: userId(REPORTER), details: { address: "203.0.113.41" } });
    expect(JSON.stringify(entries)).not.toContain("rahasia-tebakan");
    expect(JSON.stringify(entries)).not.toContain("bukan-staf");
  });

  it("a deactivated account's refused sign-in is recorded like a wrong password, and answered the same", async () => {
    const email = "kontributor@rinewsportal.example";
    getDb().update(users).set({ active: false }).where(eq(users.email, email)).run();
    expect(await signIn({ email, password: PASSWORD }, { address: "203.0.113.43" }, clock)).toEqual({ ok: false, message: SIGN_IN_FAILED });
    expect(accessEntries()[0]).toMatchObject({ action: "auth.sign-in-failed", subjectId: userId(email) });
  });

  it("attempts the throttle turns away are not recorded, so guessing cannot fill the log", async () => {
    const email = "setiawan@rinewsportal.example";
    const before = accessEntries().length;
    for (let i = 0; i < 20; i++) await signIn({ email, password: `tebakan-${i}` }, { address: "192.0.2.1" }, clock);
    // Five are admitted from one address, the rest wait.
    expect(accessEntries().length - before).toBe(5);
  });
});
