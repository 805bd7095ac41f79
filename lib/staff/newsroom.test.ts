import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, getDb } from "@/db/client";
import { articleCredits, auditLog, users } from "@/db/schema";
import { TEST_STAFF_PASSWORD, seedFreshDatabase } from "@/lib/seed/testing";
import { createSession, validateSessionToken, type StaffUser } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { Refusal } from "@/lib/newsroom/refusal";
import {
  changeOwnPassword,
  createStaff,
  ensureAdminFromEnv,
  resetStaffPassword,
  setStaffActive,
  updateOwnProfile,
  updateStaff,
} from "./newsroom";
import { createArticle } from "@/lib/articles/store";
import { paragraphsToBody } from "@/lib/body/schema";
import { tags } from "@/lib/cache/tags";
import { PUBLIC_EDIT_LIMIT } from "@/lib/newsroom/public-edit-limit";
import { invalidatedSince, lastInvalidationId, seededStaff } from "@/lib/newsroom/testing";

const PASSWORD = TEST_STAFF_PASSWORD;
let staff: ReturnType<typeof seededStaff>;
const account = (id: number) => getDb().select().from(users).where(eq(users.id, id)).get()!;

async function refusalOf(run: () => unknown): Promise<Refusal> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("staff accounts", () => {
  beforeAll(async () => {
    await seedFreshDatabase();
    staff = seededStaff();
  });
  afterAll(() => closeDatabase());

  it("an admin creates an account with a one-time password that signs in", async () => {
    const { id, password } = await createStaff(staff.admin, { name: "Dewi Lestari", email: "dewi@rinewsportal.example", role: "reporter" });
    expect(account(id)).toMatchObject({ name: "Dewi Lestari", slug: "dewi-lestari", role: "reporter", active: true });
    expect(account(id).passwordHash).toMatch(/^\$argon2id\$/);
    expect((await signIn({ email: "dewi@rinewsportal.example", password }, { address: "192.0.2.10" })).ok).toBe(true);
  });

  it("refuses an email another account already has, in any letter case", async () => {
    const refusal = await refusalOf(() => createStaff(staff.admin, { name: "Tiruan", email: "EDITOR@rinewsportal.example", role: "reporter" }));
    expect(refusal).toMatchObject({ reason: "invalid", field: "email" });
  });

  it("gives a second account with the same name its own author slug", async () => {
    const { id } = await createStaff(staff.admin, { name: "Rina Kartika", email: "rina2@rinewsportal.example", role: "contributor" });
    expect(account(id).slug).toBe("rina-kartika-2");
  });

  it("deactivating an account ends its sessions and keeps it from signing in", async () => {
    const { id, password } = await createStaff(staff.admin, { name: "Akan Pergi", email: "pergi@rinewsportal.example", role: "reporter" });
    const { token } = createSession(id);
    setStaffActive(staff.admin, id, false);
    expect(validateSessionToken(token)).toBeNull();
    expect((await signIn({ email: "pergi@rinewsportal.example", password }, { address: "192.0.2.11" })).ok).toBe(false);
    setStaffActive(staff.admin, id, true);
    expect((await signIn({ email: "pergi@rinewsportal.example", password }, { address: "192.0.2.11" })).ok).toBe(true);
  });

  it("a password reset ends the account's sessions and only the new password works", async () => {
    const { token } = createSession(staff.contributor.id);
    const password = await resetStaffPassword(staff.admin, staff.contributor.id);
    expect(validateSessionToken(token)).toBeNull();
    expect((await signIn({ email: staff.contributor.email, password: PASSWORD }, { address: "192.0.2.12" })).ok).toBe(false);
    expect((await signIn({ email: staff.contributor.email, password }, { address: "192.0.2.12" })).ok).toBe(true);
  });

  it("an admin cannot reset their own password here (the profile page asks for the current one)", async () => {
    expect((await refusalOf(() => resetStaffPassword(staff.admin, staff.admin.id))).reason).toBe("invalid");
  });

  describe("the last active admin", () => {
    it("cannot be demoted or deactivated", async () => {
      const before = account(staff.admin.id);
      expect((await refusalOf(() => updateStaff(staff.admin, staff.admin.id, { name: before.name, email: before.email, role: "editor" }))).reason).toBe("conflict");
      expect((await refusalOf(() => setStaffActive(staff.admin, staff.admin.id, false))).reason).toBe("conflict");
      expect(account(staff.admin.id)).toMatchObject({ role: "admin", active: true });
    });

    it("can step down once another admin is active", async () => {
      const { id: secondId } = await createStaff(staff.admin, { name: "Admin Kedua", email: "admin2@rinewsportal.example", role: "admin" });
      const second: StaffUser = { ...staff.admin, id: secondId, email: "admin2@rinewsportal.example" };
      updateStaff(second, staff.admin.id, { name: staff.admin.name, email: staff.admin.email, role: "editor" });
      expect(account(staff.admin.id).role).toBe("editor");
      // Now the second admin is the last one.
      expect((await refusalOf(() => setStaffActive(second, secondId, false))).reason).toBe("conflict");
      updateStaff(second, staff.admin.id, { name: staff.admin.name, email: staff.admin.email, role: "admin" });
    });
  });

  it("an admin gives an account a job title and takes it off the roster: audited, the roster page invalidated, the role untouched", async () => {
    const since = lastInvalidationId();
    updateStaff(staff.admin, staff.editor.id, { name: staff.editor.name, email: staff.editor.email, role: "editor", jobTitle: "Redaktur Senior", onRoster: false });
    expect(account(staff.editor.id)).toMatchObject({ role: "editor", jobTitle: "Redaktur Senior", onRoster: false });
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.subjectId, staff.editor.id), eq(auditLog.action, "user.updated"))).all().at(-1)!;
    expect(audit.details).toMatchObject({ jobTitle: { from: "Redaktur Pelaksana", to: "Redaktur Senior" }, onRoster: { from: true, to: false } });
    expect(invalidatedSince(since)).toContain(tags.staticPages);
    // A change that names neither keeps them.
    updateStaff(staff.admin, staff.editor.id, { name: staff.editor.name, email: staff.editor.email, role: "editor" });
    expect(account(staff.editor.id)).toMatchObject({ jobTitle: "Redaktur Senior", onRoster: false });
    updateStaff(staff.admin, staff.editor.id, { name: staff.editor.name, email: staff.editor.email, role: "editor", jobTitle: "Redaktur Pelaksana", onRoster: true });
  });

  it("records every account change in the audit log", async () => {
    updateStaff(staff.admin, staff.reporter.id, { name: "Setiawan S.TH", email: staff.reporter.email, role: "reporter" });
    setStaffActive(staff.admin, staff.reporter.id, false);
    setStaffActive(staff.admin, staff.reporter.id, true);
    const actions = getDb().select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.subjectId, staff.reporter.id)).all().map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["user.updated", "user.deactivated", "user.reactivated"]));
  });

  describe("one's own account", () => {
    it("changes the profile, refusing a photo that is not in the media library", async () => {
      updateOwnProfile(staff.reporter, { name: "Setiawan S.TH", bio: "Pewarta desk internasional sejak 2019.", photoMediaId: null });
      expect(account(staff.reporter.id).bio).toBe("Pewarta desk internasional sejak 2019.");
      const refusal = await refusalOf(() => updateOwnProfile(staff.reporter, { name: "X", bio: null, photoMediaId: 99_999 }));
      expect(refusal).toMatchObject({ reason: "invalid", field: "photoMediaId" });
      expect(account(staff.reporter.id).name).toBe("Setiawan S.TH");
    });

    it("a new display name drops the author's pages and the published articles credited to them, not the whole site", () => {
      const credited = (status: "published" | "draft", userId: number) =>
        createArticle({
          title: `Liputan ${status} ${userId}`,
          status,
          publishedAt: status === "published" ? Date.now() - 60_000 : null,
          body: paragraphsToBody([{ kind: "paragraph", text: "Isi." }]),
          credits: [{ role: "pewarta", userId }],
        });
      const published = credited("published", staff.contributor.id);
      const draft = credited("draft", staff.contributor.id);
      const someoneElses = credited("published", staff.editor.id);
      const profile = { bio: null, photoMediaId: null };

      let mark = lastInvalidationId();
      updateOwnProfile(staff.contributor, { name: staff.contributor.name, ...profile });
      expect(new Set(invalidatedSince(mark))).toEqual(new Set([tags.staticPages, tags.author(staff.contributor.slug)]));

      mark = lastInvalidationId();
      updateOwnProfile(staff.contributor, { name: "Kontributor Daerah", ...profile });
      const dropped = invalidatedSince(mark);
      expect(dropped).toEqual(
        expect.arrayContaining([tags.staticPages, tags.author(staff.contributor.slug), tags.article(published.id), tags.articleSlug(published.slug)]),
      );
      const creditedPublished = getDb()
        .select({ id: articleCredits.articleId })
        .from(articleCredits)
        .where(and(eq(articleCredits.userId, staff.contributor.id), eq(articleCredits.status, "published")))
        .all()
        .map((row) => tags.article(row.id));
      expect(new Set(dropped.filter((tag) => tag.startsWith("article:")))).toEqual(new Set(creditedPublished));
      for (const left of [draft, someoneElses]) expect(dropped).not.toContain(tags.article(left.id));
      expect(dropped).not.toContain(tags.site);
    });

    it(`refuses the ${PUBLIC_EDIT_LIMIT.edits + 1}th profile or image edit within a minute, keeping the saved profile`, async () => {
      for (let i = 0; i < PUBLIC_EDIT_LIMIT.edits; i++) updateOwnProfile(staff.admin, { name: `Admin ${i}`, bio: null, photoMediaId: null });
      const refusal = await refusalOf(() => updateOwnProfile(staff.admin, { name: "Admin lagi", bio: null, photoMediaId: null }));
      expect(refusal.message).toMatch(/Terlalu banyak perubahan/);
      expect(account(staff.admin.id).name).toBe(`Admin ${PUBLIC_EDIT_LIMIT.edits - 1}`);
    });

    it("changes the password only with the current one, and ends every session", async () => {
      const { token } = createSession(staff.editor.id);
      const refusal = await refusalOf(() => changeOwnPassword(staff.editor, { currentPassword: "bukan", newPassword: "kata-sandi-baru-1" }));
      expect(refusal).toMatchObject({ reason: "invalid", field: "currentPassword" });
      expect(validateSessionToken(token)).not.toBeNull();

      await changeOwnPassword(staff.editor, { currentPassword: PASSWORD, newPassword: "kata-sandi-baru-1" });
      expect(validateSessionToken(token)).toBeNull();
      expect((await signIn({ email: staff.editor.email, password: "kata-sandi-baru-1" }, { address: "192.0.2.13" })).ok).toBe(true);
    });

    it("after 5 wrong current passwords, refuses even the right one for a while: a stolen session cannot guess it", async () => {
      const { token } = createSession(staff.reporter.id);
      const { passwordHash } = account(staff.reporter.id);
      for (let i = 0; i < 5; i++) {
        const wrong = await refusalOf(() => changeOwnPassword(staff.reporter, { currentPassword: `tebakan-${i}`, newPassword: "kata-sandi-baru-2" }));
        expect(wrong).toMatchObject({ field: "currentPassword", message: "Kata sandi saat ini salah." });
      }
      const throttled = await refusalOf(() => changeOwnPassword(staff.reporter, { currentPassword: PASSWORD, newPassword: "kata-sandi-baru-2" }));
      expect(throttled).toMatchObject({ field: "currentPassword", message: expect.stringMatching(/^Terlalu banyak percobaan kata sandi yang salah\. Coba lagi dalam \d+ detik\.$/) });
      expect(validateSessionToken(token)).not.toBeNull();
      expect(account(staff.reporter.id).passwordHash).toBe(passwordHash);
    });
  });

  it("creates the first admin from ADMIN_EMAIL / ADMIN_PASSWORD once, and never overwrites an existing account", async () => {
    process.env.ADMIN_EMAIL = "Kepala@RINewsPortal.example";
    process.env.ADMIN_PASSWORD = "rahasia-pertama-2025";
    try {
      await ensureAdminFromEnv(() => {});
      await ensureAdminFromEnv(() => {});
      const admins = getDb().select().from(users).where(eq(users.email, "kepala@rinewsportal.example")).all();
      expect(admins).toHaveLength(1);
      expect(admins[0]).toMatchObject({ role: "admin", active: true });
      expect((await signIn({ email: "kepala@rinewsportal.example", password: "rahasia-pertama-2025" }, { address: "192.0.2.14" })).ok).toBe(true);
    } finally {
      delete process.env.ADMIN_EMAIL;
      delete process.env.ADMIN_PASSWORD;
    }
  });
});
