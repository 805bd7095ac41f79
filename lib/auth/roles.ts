import type { UserRole } from "@/db/schema";
import { NOT_ALLOWED, Refusal } from "@/lib/newsroom/refusal";

const ROLE_RANK: Record<UserRole, number> = { contributor: 0, reporter: 1, editor: 2, admin: 3 };

/** The roles table of docs/architecture.md: each right and the least role that has it. */
const LEAST_ROLE = {
  writeOwnDrafts: "contributor",
  seeAllArticles: "reporter",
  editOthersArticles: "editor",
  // A writer's save on a published or scheduled article is a proposed change instead.
  changeLiveArticles: "editor",
  publish: "editor",
  // Give an article the slug another article's old address redirects from (that address then shows it).
  releaseOldAddresses: "editor",
  viewAuditLog: "editor",
  viewStatistics: "editor",
  manageTaxonomy: "editor",
  manageStaff: "admin",
  manageSettings: "admin",
} as const satisfies Record<string, UserRole>;

export type Permission = keyof typeof LEAST_ROLE;

export function can(role: UserRole, permission: Permission): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[LEAST_ROLE[permission]];
}

export const ROLE_LABELS: Record<UserRole, string> = {
  contributor: "Kontributor",
  reporter: "Pewarta",
  editor: "Redaktur",
  admin: "Admin",
};

/** For services: refuses (nothing changed) unless this staff member has the right. */
export function assertCan(user: { role: UserRole }, permission: Permission): void {
  if (!can(user.role, permission)) throw new Refusal("forbidden", NOT_ALLOWED);
}
