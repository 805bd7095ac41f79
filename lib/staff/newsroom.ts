import { and, asc, count, eq, like, ne, or, sql } from "drizzle-orm";
import { getDb, type DbExecutor } from "@/db/client";
import { articleCredits, articles, media, users, type User, type UserRole } from "@/db/schema";
import { configuredPasswordProblem, generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import { beginPasswordAttempt, passwordChangeAttempt, recordCorrectPassword, waitText } from "@/lib/auth/password-throttle";
import { assertCan } from "@/lib/auth/roles";
import { revokeUserSessions, type StaffUser } from "@/lib/auth/session";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { ARTICLE_TAG_LIMIT, articlePageTags, tags } from "@/lib/cache/tags";
import { firstFreeSlug, slugify } from "@/lib/text/slug";
import { recordAudit } from "@/lib/newsroom/audit";
import { assertPublicEditAllowed } from "@/lib/newsroom/public-edit-limit";
import { Refusal } from "@/lib/newsroom/refusal";

export type StaffMember = Pick<User, "id" | "name" | "email" | "slug" | "role" | "jobTitle" | "onRoster" | "bio" | "photoMediaId" | "active" | "createdAt">;

const staffColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  slug: users.slug,
  role: users.role,
  jobTitle: users.jobTitle,
  onRoster: users.onRoster,
  bio: users.bio,
  photoMediaId: users.photoMediaId,
  active: users.active,
  createdAt: users.createdAt,
};

const LAST_ADMIN = "Harus tetap ada setidaknya satu admin aktif: angkat admin lain dulu.";
const EMAIL_TAKEN = "Email ini sudah dipakai akun lain.";

export function listStaff(viewer: StaffUser): StaffMember[] {
  assertCan(viewer, "manageStaff");
  return getDb().select(staffColumns).from(users).orderBy(sql`${users.active} desc`, asc(users.name)).all();
}

function findStaff(db: DbExecutor, id: number): StaffMember {
  const member = db.select(staffColumns).from(users).where(eq(users.id, id)).get();
  if (!member) throw new Refusal("not-found", "Akun tidak ditemukan.");
  return member;
}

export function getStaffMember(viewer: StaffUser, id: number): StaffMember {
  if (id !== viewer.id) assertCan(viewer, "manageStaff");
  return findStaff(getDb(), id);
}

function assertEmailFree(db: DbExecutor, email: string, exceptId?: number): void {
  const clash = db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, email.toLowerCase()), exceptId === undefined ? undefined : ne(users.id, exceptId)))
    .get();
  if (clash) throw new Refusal("invalid", EMAIL_TAKEN, "email");
}

function uniqueUserSlug(db: DbExecutor, name: string): string {
  const base = slugify(name) || "staf";
  const taken = db
    .select({ slug: users.slug })
    .from(users)
    .where(or(eq(users.slug, base), like(users.slug, `${base}-%`)))
    .all();
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

/** Refuses a change that would leave no active admin (demoting or deactivating the last one). */
function assertAdminRemains(db: DbExecutor, target: StaffMember, next: { role: UserRole; active: boolean }): void {
  if (target.role !== "admin" || !target.active || (next.role === "admin" && next.active)) return;
  const others = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true), ne(users.id, target.id)))
    .get();
  if (!others?.n) throw new Refusal("conflict", LAST_ADMIN);
}

/** Public pages showing staff: the Redaksi roster and the author page; a new name also shows in the bylines of their published articles. */
function staffTags(db: DbExecutor, member: Pick<StaffMember, "id" | "slug">, nameChanged: boolean): string[] {
  const own = [tags.staticPages, tags.author(member.slug)];
  if (!nameChanged) return own;
  const credited = db
    .selectDistinct({ id: articles.id, slug: articles.slug })
    .from(articleCredits)
    .innerJoin(articles, eq(articles.id, articleCredits.articleId))
    .where(and(eq(articleCredits.userId, member.id), eq(articleCredits.status, "published")))
    .limit(ARTICLE_TAG_LIMIT + 1)
    .all();
  return [...own, ...articlePageTags(credited)];
}

/** What an admin sets on an account besides its password. */
export type StaffAccountInput = { name: string; email: string; role: UserRole; jobTitle?: string | null; onRoster?: boolean };
export type NewStaffInput = StaffAccountInput & { password: string };

/** Adds an account without an authorization check: for `user:create` and ADMIN_EMAIL at start, and for `createStaff`. */
export async function addStaffAccount(input: NewStaffInput, by: { actorId: number | null; via?: string }): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  const id = getDb().transaction((tx) => {
    assertEmailFree(tx, input.email);
    const { id } = tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        jobTitle: input.jobTitle ?? null,
        onRoster: input.onRoster ?? true,
        slug: uniqueUserSlug(tx, input.name),
        passwordHash,
      })
      .returning({ id: users.id })
      .get();
    recordAudit(tx, {
      actorId: by.actorId,
      action: "user.created",
      subjectType: "user",
      subjectId: id,
      details: { name: input.name, role: input.role, ...(by.via && { via: by.via }) },
    });
    recordInvalidation(tx, [tags.staticPages]);
    return id;
  });
  applyInvalidations();
  return id;
}

/** Admin: a new account with a generated password, shown once to the admin who hands it over. */
export async function createStaff(actor: StaffUser, input: Omit<NewStaffInput, "password">): Promise<{ id: number; password: string }> {
  assertCan(actor, "manageStaff");
  const password = generatePassword();
  const id = await addStaffAccount({ ...input, password }, { actorId: actor.id });
  return { id, password };
}

/** Admin: name, email, role, job title and roster listing of any account (a title or listing not given stays). */
export function updateStaff(actor: StaffUser, id: number, input: StaffAccountInput): void {
  assertCan(actor, "manageStaff");
  getDb().transaction((tx) => {
    const target = findStaff(tx, id);
    const next = { ...input, jobTitle: input.jobTitle === undefined ? target.jobTitle : input.jobTitle, onRoster: input.onRoster ?? target.onRoster };
    assertAdminRemains(tx, target, { role: next.role, active: target.active });
    assertEmailFree(tx, next.email, id);
    tx.update(users).set({ ...next, updatedAt: Date.now() }).where(eq(users.id, id)).run();
    const changed = Object.fromEntries(
      (["name", "email", "role", "jobTitle", "onRoster"] as const).filter((key) => target[key] !== next[key]).map((key) => [key, { from: target[key], to: next[key] }]),
    );
    recordAudit(tx, { actorId: actor.id, action: "user.updated", subjectType: "user", subjectId: id, details: changed });
    recordInvalidation(tx, staffTags(tx, target, target.name !== next.name));
  });
  applyInvalidations();
}

/** Admin: deactivating signs the account out everywhere and keeps it from signing in; its articles stay. */
export function setStaffActive(actor: StaffUser, id: number, active: boolean): void {
  assertCan(actor, "manageStaff");
  getDb().transaction((tx) => {
    const target = findStaff(tx, id);
    if (target.active === active) return;
    assertAdminRemains(tx, target, { role: target.role, active });
    tx.update(users).set({ active, updatedAt: Date.now() }).where(eq(users.id, id)).run();
    if (!active) revokeUserSessions(tx, id);
    recordAudit(tx, { actorId: actor.id, action: active ? "user.reactivated" : "user.deactivated", subjectType: "user", subjectId: id });
    recordInvalidation(tx, staffTags(tx, target, false));
  });
  applyInvalidations();
}

/** Admin: a new generated password for an account; its sessions end. */
export async function resetStaffPassword(actor: StaffUser, id: number): Promise<string> {
  assertCan(actor, "manageStaff");
  if (id === actor.id) throw new Refusal("invalid", "Ganti kata sandi Anda sendiri lewat halaman Profil.");
  findStaff(getDb(), id);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  getDb().transaction((tx) => {
    tx.update(users).set({ passwordHash, updatedAt: Date.now() }).where(eq(users.id, id)).run();
    revokeUserSessions(tx, id);
    recordAudit(tx, { actorId: actor.id, action: "user.password-reset", subjectType: "user", subjectId: id });
  });
  return password;
}

export type ProfilePhotoChoice = { id: number; url: string; alt: string };

/** Images from the media library a staff member may use as their photo. */
export function listProfilePhotoChoices(): ProfilePhotoChoice[] {
  return getDb().select({ id: media.id, url: media.url, alt: media.alt }).from(media).orderBy(asc(media.id)).all();
}

/** Anyone: their own name, bio and photo (shown on their author page). */
export function updateOwnProfile(user: StaffUser, input: { name: string; bio: string | null; photoMediaId: number | null }): void {
  const db = getDb();
  if (input.photoMediaId !== null && !db.select({ id: media.id }).from(media).where(eq(media.id, input.photoMediaId)).get()) {
    throw new Refusal("invalid", "Foto tidak ditemukan di pustaka media.", "photoMediaId");
  }
  db.transaction((tx) => {
    assertPublicEditAllowed(tx, user.id);
    const before = findStaff(tx, user.id);
    tx.update(users).set({ ...input, updatedAt: Date.now() }).where(eq(users.id, user.id)).run();
    recordAudit(tx, { actorId: user.id, action: "user.profile-updated", subjectType: "user", subjectId: user.id });
    recordInvalidation(tx, staffTags(tx, before, before.name !== input.name));
  });
  applyInvalidations();
}

/** Anyone: their own password, after proving the current one. Every session of the account ends; the caller starts a new one. */
export async function changeOwnPassword(user: StaffUser, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const db = getDb();
  const attempt = passwordChangeAttempt(user.id);
  const gate = beginPasswordAttempt(attempt);
  if (!gate.allowed) {
    console.warn(`Password change throttled for user ${user.id}`);
    throw new Refusal("invalid", `Terlalu banyak percobaan kata sandi yang salah. Coba lagi dalam ${waitText(gate.retryAfterMs)}.`, "currentPassword");
  }
  const row = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new Refusal("invalid", "Kata sandi saat ini salah.", "currentPassword");
  }
  recordCorrectPassword(attempt);
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash, updatedAt: Date.now() }).where(eq(users.id, user.id)).run();
    revokeUserSessions(tx, user.id);
    recordAudit(tx, { actorId: user.id, action: "user.password-changed", subjectType: "user", subjectId: user.id });
  });
}

/** At server start: the first admin from ADMIN_EMAIL / ADMIN_PASSWORD, when that account does not exist yet. */
export async function ensureAdminFromEnv(log: (line: string) => void = console.log): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;
  if (getDb().select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email)).get()) return;
  const problem = configuredPasswordProblem("ADMIN_PASSWORD", password);
  if (problem) {
    log(`${problem}: the admin account was not created.`);
    return;
  }
  await addStaffAccount({ name: "Admin", email, role: "admin", password }, { actorId: null, via: "ADMIN_EMAIL" });
  log(`Admin account ${email} created from ADMIN_EMAIL.`);
}
