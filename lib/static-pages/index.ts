import { and, asc, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { staticPages, users, type UserRole } from "@/db/schema";
import { cachedRead } from "@/lib/cache/cached-read";
import { tags } from "@/lib/cache/tags";

// The pages every portal must have (Tentang Kami, Redaksi, Kontak, Pedoman Media Siber). Their body
// is plain text: paragraphs separated by a blank line, and a line starting with "## " is a section
// heading — enough structure for a guideline, nothing that needs HTML.

/** The slug of the page that also lists the newsroom staff. */
export const ROSTER_PAGE_SLUG = "redaksi";
/** The pages that also show the box redaksi (lib/settings/index.ts). */
export const BOX_REDAKSI_PAGE_SLUGS = [ROSTER_PAGE_SLUG, "kontak"];

export type StaticPageBlock = { type: "heading" | "paragraph"; text: string };
export type StaticPageView = { slug: string; title: string; blocks: StaticPageBlock[]; updatedAt: number };

export function staticPageBlocks(body: string): StaticPageBlock[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.replace(/\s*\n\s*/g, " ").trim())
    .filter((text) => text.length > 0)
    .map((text) => (text.startsWith("## ") ? { type: "heading", text: text.slice(3).trim() } : { type: "paragraph", text }));
}

export const listStaticPages = cachedRead(
  "static-pages",
  (): { slug: string; title: string }[] =>
    getDb()
      .select({ slug: staticPages.slug, title: staticPages.title })
      .from(staticPages)
      .orderBy(asc(staticPages.position), asc(staticPages.title))
      .all(),
  () => [tags.staticPages],
);

export const getStaticPage = cachedRead(
  "static-page",
  (slug: string): StaticPageView | null => {
    const page = getDb().select().from(staticPages).where(eq(staticPages.slug, slug)).get();
    return page ? { slug: page.slug, title: page.title, blocks: staticPageBlocks(page.body), updatedAt: page.updatedAt } : null;
  },
  () => [tags.staticPages],
);

export type StaffMember = { name: string; slug: string; jobTitle: string | null };

const ROLE_ORDER: Record<UserRole, number> = { admin: 0, editor: 1, reporter: 2, contributor: 3 };

/**
 * The newsroom roster: active staff an admin lists on it, with their job titles, most senior role
 * first. Names and author pages only, never contact details.
 */
export const listNewsroomStaff = cachedRead(
  "newsroom-staff",
  (): StaffMember[] =>
    getDb()
      .select({ name: users.name, slug: users.slug, jobTitle: users.jobTitle, role: users.role })
      .from(users)
      .where(and(eq(users.active, true), eq(users.onRoster, true)))
      .all()
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, "id"))
      .map(({ name, slug, jobTitle }) => ({ name, slug, jobTitle })),
  () => [tags.staticPages],
);
