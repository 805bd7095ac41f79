import { count, desc, eq, gt } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleRevisions, auditLog, cacheInvalidations, USER_ROLES, users, type UserRole } from "@/db/schema";
import { STAFF } from "@/lib/seed";
import type { WorkflowState } from "@/lib/articles/workflow";
import { createArticle } from "@/lib/articles/store";
import type { StaffUser } from "@/lib/auth/session";
import { paragraphsToBody } from "@/lib/body/schema";
import { Refusal } from "./refusal";

// Helpers for newsroom tests on a seeded database (seedDatabase from lib/seed).

/** The seed's account for each role. */
export function seededStaff(): Record<UserRole, StaffUser> {
  const db = getDb();
  return Object.fromEntries(
    USER_ROLES.map((role) => {
      const email = STAFF.find((staff) => staff.role === role)!.email;
      const user = db.select({ id: users.id, name: users.name, email: users.email, role: users.role, slug: users.slug }).from(users).where(eq(users.email, email)).get();
      return [role, user!];
    }),
  ) as Record<UserRole, StaffUser>;
}

let made = 0;

/** A fresh article by this author, in this workflow state (a trashed one was a draft). */
export function makeArticle(state: WorkflowState, authorId: number, now = Date.now()): { id: number; slug: string } {
  const status = state === "trashed" ? "draft" : state;
  const article = createArticle({
    title: `Artikel uji ${++made} ${state}`,
    body: paragraphsToBody([{ kind: "paragraph", text: "Isi artikel uji." }]),
    status,
    publishedAt: status === "published" || status === "withdrawn" ? now - 60_000 : null,
    scheduledAt: status === "scheduled" ? now + 3_600_000 : null,
    authorId,
    hashtags: [{ name: "uji", slug: "uji" }],
  });
  if (state === "withdrawn") getDb().$client.prepare("update articles set withdrawn_at = ?, withdrawal_reason = 'Uji pencabutan.' where id = ?").run(now, article.id);
  if (state === "trashed") getDb().$client.prepare("update articles set deleted_at = ? where id = ?").run(now, article.id);
  return article;
}

/** Row counts that any change leaves a trace in: to prove a refusal changed nothing. */
export function traceCounts(): { revisions: number; audit: number; invalidations: number } {
  const db = getDb();
  const rows = (table: typeof articleRevisions | typeof auditLog | typeof cacheInvalidations) => db.select({ n: count() }).from(table).get()!.n;
  return { revisions: rows(articleRevisions), audit: rows(auditLog), invalidations: rows(cacheInvalidations) };
}

/** The newest cache invalidation's id: a mark to read later invalidations from. */
export function lastInvalidationId(): number {
  return getDb().select({ id: cacheInvalidations.id }).from(cacheInvalidations).orderBy(desc(cacheInvalidations.id)).get()?.id ?? 0;
}

/** The cache tags invalidated after this mark. */
export function invalidatedSince(mark: number): string[] {
  return getDb().select({ tag: cacheInvalidations.tag }).from(cacheInvalidations).where(gt(cacheInvalidations.id, mark)).all().map((row) => row.tag);
}

/** The refusal a newsroom service raised; fails the test when it did not refuse. */
export function refusalOf(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}
