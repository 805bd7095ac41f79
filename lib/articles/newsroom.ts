import { and, asc, count, desc, eq, isNotNull, isNull, ne, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/client";
import { ARTICLE_KINDS, ARTICLE_STATUSES, articleRevisions, articles, articleViews, categories, users, type Article, type ArticleKind } from "@/db/schema";
import { can } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { workflowState, type WorkflowState } from "@/lib/articles/workflow";
import { pageCount, pageOffset, PAGE_SIZE, parsePageParam, type Paginated } from "@/lib/pagination";
import { Refusal } from "@/lib/newsroom/refusal";

// Newsroom reads of articles: every state, scoped to what the viewer may see (a contributor sees only their own).

export const WORKFLOW_STATES: WorkflowState[] = [...ARTICLE_STATUSES, "trashed"];

export type ArticleListFilter = {
  state?: WorkflowState;
  kind?: ArticleKind;
  categoryId?: number;
  authorId?: number;
  /** Words in the title. */
  text?: string;
  page?: number;
};

export type NewsroomArticleRow = {
  id: number;
  title: string;
  slug: string;
  state: WorkflowState;
  version: number;
  publishedAt: number | null;
  scheduledAt: number | null;
  updatedAt: number;
  categoryName: string | null;
  authorId: number | null;
  authorName: string | null;
  /** Readers' views over all time (lib/views/index.ts). */
  views: number;
};

function visibleTo(viewer: StaffUser): SQL | undefined {
  return can(viewer.role, "seeAllArticles") ? undefined : eq(articles.authorId, viewer.id);
}

function stateCondition(state: WorkflowState | undefined): SQL {
  if (state === "trashed") return isNotNull(articles.deletedAt);
  return state ? and(isNull(articles.deletedAt), eq(articles.status, state))! : isNull(articles.deletedAt);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function orderFor(state: WorkflowState | undefined) {
  if (state === "scheduled") return [asc(articles.scheduledAt), asc(articles.id)];
  if (state === "published") return [desc(articles.publishedAt), desc(articles.id)];
  return [desc(articles.updatedAt), desc(articles.id)];
}

/** The newsroom article list, filtered and paginated. Without a state filter it lists everything not in the trash. */
export function listNewsroomArticles(viewer: StaffUser, filter: ArticleListFilter = {}): Paginated<NewsroomArticleRow> {
  const db = getDb();
  const text = filter.text?.trim();
  const where = and(
    visibleTo(viewer),
    stateCondition(filter.state),
    filter.kind ? eq(articles.kind, filter.kind) : undefined,
    filter.categoryId ? eq(articles.categoryId, filter.categoryId) : undefined,
    filter.authorId ? eq(articles.authorId, filter.authorId) : undefined,
    text ? sql`lower(${articles.title}) like ${`%${escapeLike(text.toLowerCase())}%`} escape '\\'` : undefined,
  );
  const page = Math.max(1, filter.page ?? 1);
  const rows = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      deletedAt: articles.deletedAt,
      version: articles.version,
      publishedAt: articles.publishedAt,
      scheduledAt: articles.scheduledAt,
      updatedAt: articles.updatedAt,
      categoryName: categories.name,
      authorId: articles.authorId,
      authorName: users.name,
      // A seek on article_views' primary key (article, day) for each of the page's rows.
      views: sql<number>`(select coalesce(sum(${articleViews.views}), 0) from ${articleViews} where ${articleViews.articleId} = ${articles.id})`,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(where)
    .orderBy(...orderFor(filter.state))
    .limit(PAGE_SIZE)
    .offset(pageOffset(page))
    .all();
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  return {
    items: rows.map(({ status, deletedAt, ...row }) => ({ ...row, state: workflowState({ status, deletedAt }) })),
    total,
    page,
    pageCount: pageCount(total),
  };
}

/** How many articles the viewer can see in each state. */
export function countArticlesByState(viewer: StaffUser): Record<WorkflowState, number> {
  const rows = getDb()
    .select({ status: articles.status, trashed: sql<number>`${articles.deletedAt} is not null`, n: count() })
    .from(articles)
    .where(visibleTo(viewer))
    .groupBy(articles.status, sql`${articles.deletedAt} is not null`)
    .all();
  const counts = Object.fromEntries(WORKFLOW_STATES.map((state) => [state, 0])) as Record<WorkflowState, number>;
  for (const row of rows) counts[row.trashed ? "trashed" : row.status] += row.n;
  return counts;
}

export type NewsroomArticle = Article & { state: WorkflowState; categoryName: string | null; authorName: string | null };

/** One article as the newsroom sees it; refused when it does not exist or the viewer may not see it. */
export function getNewsroomArticle(viewer: StaffUser, id: number): NewsroomArticle {
  const row = getDb()
    .select({ article: articles, categoryName: categories.name, authorName: users.name })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(users, eq(users.id, articles.authorId))
    .where(eq(articles.id, id))
    .get();
  if (!row) throw new Refusal("not-found", "Artikel tidak ditemukan; mungkin sudah dihapus.");
  if (!can(viewer.role, "seeAllArticles") && row.article.authorId !== viewer.id) {
    throw new Refusal("forbidden", "Anda hanya dapat membuka artikel tulisan Anda sendiri.");
  }
  return { ...row.article, state: workflowState(row.article), categoryName: row.categoryName, authorName: row.authorName };
}

export type RevisionRow = { id: number; version: number; createdAt: number; note: string | null; authorName: string | null };

export function listArticleRevisions(viewer: StaffUser, articleId: number): RevisionRow[] {
  getNewsroomArticle(viewer, articleId);
  return getDb()
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      createdAt: articleRevisions.createdAt,
      note: articleRevisions.note,
      authorName: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.authorId))
    .where(and(eq(articleRevisions.articleId, articleId), ne(articleRevisions.kind, "proposal")))
    .orderBy(desc(articleRevisions.version), desc(articleRevisions.id))
    .all();
}

/** Choices for the list filters: categories, and the staff who write. */
export function listArticleFilterChoices(): { categories: { id: number; name: string }[]; authors: { id: number; name: string }[] } {
  const db = getDb();
  return {
    categories: db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.position)).all(),
    authors: db.select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name)).all(),
  };
}

const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
const listParamsSchema = z.object({
  status: z.enum(WORKFLOW_STATES).optional().catch(undefined),
  jenis: z.enum(ARTICLE_KINDS).optional().catch(undefined),
  category: optionalId,
  author: optionalId,
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.string().optional().catch(undefined).transform((value) => parsePageParam(value) ?? 1),
});

/** The list filter a URL's query names (`?status=review&jenis=opini&category=2&author=3&q=banjir&page=2`); anything malformed is ignored. */
export function parseArticleListParams(searchParams: Record<string, string | string[] | undefined>): ArticleListFilter {
  const single = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const params = listParamsSchema.parse(single);
  return { state: params.status, kind: params.jenis, categoryId: params.category, authorId: params.author, text: params.q || undefined, page: params.page };
}

/** The query string of a list filter, for links (filters kept, page changed). */
export function articleListQuery(filter: ArticleListFilter): string {
  const query = new URLSearchParams();
  if (filter.state) query.set("status", filter.state);
  if (filter.kind) query.set("jenis", filter.kind);
  if (filter.categoryId) query.set("category", String(filter.categoryId));
  if (filter.authorId) query.set("author", String(filter.authorId));
  if (filter.text) query.set("q", filter.text);
  if (filter.page && filter.page > 1) query.set("page", String(filter.page));
  const text = query.toString();
  return text ? `?${text}` : "";
}
