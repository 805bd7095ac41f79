import { asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { staticPages, type StaticPage } from "@/db/schema";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { tags } from "@/lib/cache/tags";
import { recordAudit } from "@/lib/newsroom/audit";
import { Refusal } from "@/lib/newsroom/refusal";

export function listEditableStaticPages(viewer: StaffUser): StaticPage[] {
  assertCan(viewer, "manageSettings");
  return getDb().select().from(staticPages).orderBy(asc(staticPages.position), asc(staticPages.title)).all();
}

/** Admin: the title and text of one static page (Tentang Kami, Kontak, …). */
export function updateStaticPage(actor: StaffUser, id: number, input: { title: string; body: string }): void {
  assertCan(actor, "manageSettings");
  getDb().transaction((tx) => {
    const page = tx.select({ slug: staticPages.slug }).from(staticPages).where(eq(staticPages.id, id)).get();
    if (!page) throw new Refusal("not-found", "Halaman tidak ditemukan.");
    tx.update(staticPages).set({ ...input, updatedAt: Date.now() }).where(eq(staticPages.id, id)).run();
    recordAudit(tx, { actorId: actor.id, action: "static-page.updated", subjectType: "settings", subjectId: id, details: { slug: page.slug, title: input.title } });
    recordInvalidation(tx, [tags.staticPages]);
  });
  applyInvalidations();
}
