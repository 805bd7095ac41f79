import { and, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, auditLog, users, type AuditLogEntry } from "@/db/schema";
import { pageCount, pageOffset, PAGE_SIZE, type Paginated } from "@/lib/pagination";

export type AuditSubjectType = AuditLogEntry["subjectType"];

/** Writes one line of the audit log; called inside the transaction of the change it records. */
export function recordAudit(
  db: DbExecutor,
  entry: { actorId: number | null; action: string; subjectType: AuditSubjectType; subjectId: number | null; details?: Record<string, unknown> },
): void {
  db.insert(auditLog).values({ ...entry, details: entry.details ?? null }).run();
}

/** Signing in and out and ending sessions: the audit page's "Masuk & sesi" filter. */
export const ACCESS_ACTIONS = ["auth.signed-in", "auth.sign-in-failed", "auth.signed-out", "session.revoked"];

export type AuditRow = {
  id: number;
  action: string;
  subjectType: AuditSubjectType;
  subjectId: number | null;
  details: Record<string, unknown> | null;
  createdAt: number;
  actorName: string | null;
  /** The article's current title or the account's current name, when it still exists. */
  subjectName: string | null;
};

const subjectUser = alias(users, "subject_user");

/** Newest first; optionally only one kind of subject, one subject, or some actions. */
export function listAuditEntries(
  filter: { subjectType?: AuditSubjectType; subjectId?: number; actions?: string[]; page?: number } = {},
): Paginated<AuditRow> {
  const db = getDb();
  const conditions: SQL[] = [];
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId !== undefined) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.actions) conditions.push(inArray(auditLog.action, filter.actions));
  const where = conditions.length ? and(...conditions) : undefined;
  const page = Math.max(1, filter.page ?? 1);

  const rows = db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      subjectType: auditLog.subjectType,
      subjectId: auditLog.subjectId,
      details: auditLog.details,
      createdAt: auditLog.createdAt,
      actorName: users.name,
      articleTitle: articles.title,
      userName: subjectUser.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(articles, and(eq(auditLog.subjectType, "article"), eq(articles.id, auditLog.subjectId)))
    .leftJoin(subjectUser, and(eq(auditLog.subjectType, "user"), eq(subjectUser.id, auditLog.subjectId)))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(PAGE_SIZE)
    .offset(pageOffset(page))
    .all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;

  return {
    total,
    page,
    pageCount: pageCount(total),
    items: rows.map(({ articleTitle, userName, details, ...row }) => ({
      ...row,
      details: (details as Record<string, unknown> | null) ?? null,
      subjectName: articleTitle ?? userName ?? null,
    })),
  };
}
