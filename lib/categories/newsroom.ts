import { and, asc, count, eq, max, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb, type DbExecutor } from "@/db/client";
import { articles, categories, type Category } from "@/db/schema";
import { isPublished } from "@/lib/articles/summaries";
import { assertCan } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { applyInvalidations, recordInvalidation } from "@/lib/cache/invalidation";
import { ARTICLE_TAG_LIMIT, articlePageTags, soft, tags } from "@/lib/cache/tags";
import { recordCategorySlugChange, redirectTagsOf, releaseOldPath } from "@/lib/redirects";
import { DEFAULT_SLUG_MAX_LENGTH, slugify } from "@/lib/text/slug";
import { recordAudit } from "@/lib/newsroom/audit";
import { optionalText, requiredText } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";

// Rubrik: the categories that order the site's navigation and home blocks (editors and admins).

export const CATEGORY_NAME_MAX = 60;
export const CATEGORY_DESCRIPTION_MAX = 300;

/** The category form; an empty slug is made from the name. */
export const categoryFields = z.object({
  name: requiredText(CATEGORY_NAME_MAX),
  slug: optionalText(DEFAULT_SLUG_MAX_LENGTH),
  description: optionalText(CATEGORY_DESCRIPTION_MAX, { multiline: true }),
});
export type CategoryInput = { name: string; slug?: string | null; description?: string | null };

export type NewsroomCategory = Pick<Category, "id" | "name" | "slug" | "description" | "position"> & { articles: number; published: number };

const NOT_FOUND = "Rubrik tidak ditemukan.";

/** Parses again in the service, so no caller (a test, a script) can store what the form would refuse. */
function parseCategory(input: CategoryInput): { name: string; slug: string; description: string | null } {
  const parsed = categoryFields.safeParse({ name: input.name, slug: input.slug ?? "", description: input.description ?? "" });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Refusal("invalid", issue.message, String(issue.path[0] ?? "name"));
  }
  const slug = slugify(parsed.data.slug ?? parsed.data.name);
  // A slug of digits alone would read like an id in /kategori/<slug>.
  if (!/[a-z]/.test(slug)) throw new Refusal("invalid", "Slug harus berisi huruf (a–z).", parsed.data.slug ? "slug" : "name");
  return { name: parsed.data.name, slug, description: parsed.data.description };
}

// Drizzle leaves columns unqualified in a select: a bare "id" here would be the article's own.
const usage = {
  articles: sql<number>`(select count(*) from ${articles} where ${articles.categoryId} = "categories"."id")`,
  published: sql<number>`(select count(*) from ${articles} where ${articles.categoryId} = "categories"."id" and ${isPublished})`,
};

const categoryColumns = {
  id: categories.id,
  name: categories.name,
  slug: categories.slug,
  description: categories.description,
  position: categories.position,
  ...usage,
};

/** Every category in navigation order, with how many articles (any state) and published articles it has. */
export function listNewsroomCategories(viewer: StaffUser): NewsroomCategory[] {
  assertCan(viewer, "manageTaxonomy");
  return getDb().select(categoryColumns).from(categories).orderBy(asc(categories.position), asc(categories.name), asc(categories.id)).all();
}

function findCategory(db: DbExecutor, id: number): NewsroomCategory {
  const category = db.select(categoryColumns).from(categories).where(eq(categories.id, id)).get();
  if (!category) throw new Refusal("not-found", NOT_FOUND);
  return category;
}

export function getNewsroomCategory(viewer: StaffUser, id: number): NewsroomCategory {
  assertCan(viewer, "manageTaxonomy");
  return findCategory(getDb(), id);
}

function assertSlugFree(db: DbExecutor, slug: string, exceptId?: number): void {
  const clash = db
    .select({ name: categories.name })
    .from(categories)
    .where(and(eq(categories.slug, slug), exceptId === undefined ? undefined : ne(categories.id, exceptId)))
    .get();
  if (clash) throw new Refusal("conflict", `Slug "${slug}" sudah dipakai rubrik ${clash.name}.`, "slug");
}

/** A new category, last in the navigation. */
export function createCategory(actor: StaffUser, input: CategoryInput): number {
  assertCan(actor, "manageTaxonomy");
  const values = parseCategory(input);
  const id = getDb().transaction((tx) => {
    assertSlugFree(tx, values.slug);
    const last = tx.select({ position: max(categories.position) }).from(categories).get()?.position ?? -1;
    const { id } = tx.insert(categories).values({ ...values, position: last + 1 }).returning({ id: categories.id }).get();
    recordAudit(tx, { actorId: actor.id, action: "category.created", subjectType: "category", subjectId: id, details: { name: values.name, slug: values.slug } });
    // A slug another category left behind: its page is this category's now, not a redirect.
    // The navigation on every page shows the new category (soft).
    recordInvalidation(tx, [soft(tags.categories), releaseOldPath(tx, "category", values.slug)]);
    return id;
  });
  applyInvalidations();
  return id;
}

/**
 * Name, slug and description. A new slug leaves a 301 from the old /kategori/<slug>. A new name or
 * slug is part of the category's pages and of each of its articles (heading, breadcrumb, JSON-LD),
 * and shows beside everything else (navigation, cards); a new description only changes the
 * category's own page and feed.
 */
export function updateCategory(actor: StaffUser, id: number, input: CategoryInput): void {
  assertCan(actor, "manageTaxonomy");
  const values = parseCategory(input);
  getDb().transaction((tx) => {
    const before = findCategory(tx, id);
    assertSlugFree(tx, values.slug, id);
    tx.update(categories).set(values).where(eq(categories.id, id)).run();
    const movedTags = recordCategorySlugChange(tx, id, before.slug, values.slug);
    const changed = Object.fromEntries(
      (["name", "slug", "description"] as const).filter((key) => before[key] !== values[key]).map((key) => [key, { from: before[key], to: values[key] }]),
    );
    recordAudit(tx, { actorId: actor.id, action: "category.updated", subjectType: "category", subjectId: id, details: { name: values.name, ...changed } });
    const own = [tags.category(before.slug), tags.category(values.slug)];
    if (before.name !== values.name || before.slug !== values.slug) {
      recordInvalidation(tx, [...own, ...movedTags, ...articlesInCategoryTags(tx, id), tags.sitemaps, soft(tags.categories)]);
    } else if (before.description !== values.description) {
      recordInvalidation(tx, own);
    }
  });
  applyInvalidations();
}

/** The pages of the published articles filed under this category (they name it). */
function articlesInCategoryTags(db: DbExecutor, categoryId: number): string[] {
  const rows = db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.categoryId, categoryId), isPublished))
    .limit(ARTICLE_TAG_LIMIT + 1)
    .all();
  return articlePageTags(rows);
}

/** One step earlier or later in the navigation (and the home blocks). */
export function moveCategory(actor: StaffUser, id: number, direction: "up" | "down"): void {
  assertCan(actor, "manageTaxonomy");
  getDb().transaction((tx) => {
    const order = tx.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.position), asc(categories.name), asc(categories.id)).all();
    const from = order.findIndex((category) => category.id === id);
    if (from < 0) throw new Refusal("not-found", NOT_FOUND);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) {
      throw new Refusal("invalid", direction === "up" ? "Rubrik ini sudah yang pertama." : "Rubrik ini sudah yang terakhir.");
    }
    [order[from], order[to]] = [order[to]!, order[from]!];
    // Renumbered 0..n-1 so that equal positions left by older data cannot make a move a no-op.
    order.forEach((category, position) => tx.update(categories).set({ position }).where(eq(categories.id, category.id)).run());
    recordAudit(tx, { actorId: actor.id, action: "category.moved", subjectType: "category", subjectId: id, details: { name: order[to]!.name, from: from + 1, to: to + 1 } });
    recordInvalidation(tx, [soft(tags.categories)]);
  });
  applyInvalidations();
}

/**
 * Only a category no article uses (in any state, trashed included) can go. Moving its articles
 * elsewhere here would change published articles behind their editors' backs (no revision, no
 * version bump), so the newsroom re-files them in the editor first.
 */
export function deleteCategory(actor: StaffUser, id: number): void {
  assertCan(actor, "manageTaxonomy");
  getDb().transaction((tx) => {
    const category = findCategory(tx, id);
    const used = tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, id)).get()?.n ?? 0;
    if (used > 0) {
      throw new Refusal(
        "conflict",
        `Rubrik ${category.name} masih dipakai ${used} artikel, jadi tidak dapat dihapus. Pindahkan artikel-artikel itu ke rubrik lain lebih dulu (saring daftar Artikel menurut rubrik ini).`,
      );
    }
    const oldPaths = redirectTagsOf(tx, "category", id);
    tx.delete(categories).where(eq(categories.id, id)).run();
    recordAudit(tx, { actorId: actor.id, action: "category.deleted", subjectType: "category", subjectId: id, details: { name: category.name, slug: category.slug } });
    recordInvalidation(tx, [tags.category(category.slug), soft(tags.categories), ...oldPaths]);
  });
  applyInvalidations();
}
