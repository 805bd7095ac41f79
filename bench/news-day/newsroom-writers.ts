import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleHashtags, articles, hashtags, users } from "@/db/schema";
import { articleFormSchema, getArticleForEditing, saveArticle } from "@/lib/articles/editor";
import { TITLE_MAX } from "@/lib/articles/editor-limits";
import { transitionArticle } from "@/lib/articles/workflow";
import type { StaffUser } from "@/lib/auth/session";
import { paragraphsToBody, type ArticleBody, type BodyBlock } from "@/lib/body/schema";

// The news day's newsroom, run inside the server: a publish and an edit go through the same
// services, with the same form values, as the newsroom's server actions (app/redaksi/(signed-in)/
// artikel/actions.ts and [id]/actions.ts), so they cost and invalidate what a real editor's do.

/** Today's tags are those of recent articles; the whole archive would take seconds to group at 1M. */
const RECENT_ARTICLES = 2_000;
const TAGS_PER_CATEGORY = 20;
const UPDATED_SUFFIX = /\s+\(Diperbarui [\d.]+ WIB\)$/;
const UPDATE_PREFIX = /^Pembaruan [\d.]+ WIB: /;

type CategoryDesk = { id: number; tags: string[] };

export type NewsroomDesk = {
  editor: StaffUser;
  desks: CategoryDesk[];
  /** Published articles the edits go to (the benchmark's hottest stories), or the latest when none are given. */
  editIds: number[];
};

export type Written = { id: number; slug: string };

/** The seeded editor account (the seed creates one editor; the archive generator credits it). */
function findEditor(): StaffUser {
  const editor = getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, slug: users.slug })
    .from(users)
    .where(and(eq(users.role, "editor"), eq(users.active, true)))
    .orderBy(asc(users.id))
    .get();
  if (!editor) throw new Error("No active editor account: the news day's writers need one (the seed creates it)");
  return editor;
}

function recentArticleIds(): number[] {
  return getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.status, "published"))
    .orderBy(desc(articles.publishedAt))
    .limit(RECENT_ARTICLES)
    .all()
    .map((row) => row.id);
}

/** Each category of the recent articles with its most used hashtags there, most used first. */
function categoryDesks(recentIds: number[]): CategoryDesk[] {
  const rows = getDb()
    .select({ categoryId: articles.categoryId, name: hashtags.name, uses: sql<number>`count(*)` })
    .from(articleHashtags)
    .innerJoin(articles, eq(articles.id, articleHashtags.articleId))
    .innerJoin(hashtags, eq(hashtags.id, articleHashtags.hashtagId))
    .where(inArray(articleHashtags.articleId, recentIds))
    .groupBy(articles.categoryId, hashtags.id)
    .orderBy(desc(sql`count(*)`))
    .all();
  const desks = new Map<number, string[]>();
  for (const { categoryId, name } of rows) {
    if (categoryId === null) continue;
    const tags = desks.get(categoryId) ?? [];
    if (tags.length < TAGS_PER_CATEGORY) tags.push(name);
    desks.set(categoryId, tags);
  }
  return [...desks].filter(([, tags]) => tags.length >= 2).map(([id, tags]) => ({ id, tags }));
}

export function openNewsroomDesk(editIds: number[]): NewsroomDesk {
  const recent = recentArticleIds();
  const desks = categoryDesks(recent);
  if (desks.length === 0) throw new Error("The archive has no category with hashtags to publish under");
  return { editor: findEditor(), desks, editIds: editIds.length ? editIds : recent.slice(0, 50) };
}

const pick = <T>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;

function wibClock(at: number): string {
  return new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
    .format(at)
    .replace(/:/g, ".");
}

/** Two or three of the desk's hashtags, the most used ones more often, as the editor's tag field holds them. */
function chooseTags(tags: readonly string[]): string {
  const count = 2 + Math.floor(Math.random() * 2);
  const chosen = new Set<string>();
  while (chosen.size < Math.min(count, tags.length)) chosen.add(tags[Math.floor(tags.length * Math.random() ** 2)]!);
  return [...chosen].join(", ");
}

function paragraphsOf(body: ArticleBody): string[] {
  return body.content.flatMap((block) =>
    block.type === "paragraph" && block.content ? [block.content.map((node) => (node.type === "text" ? node.text : "\n")).join("")] : [],
  );
}

/** A new article in a category, with its hashtags, written from a recent article's paragraphs, saved as a draft and published. */
export function publishNewArticle(desk: NewsroomDesk, now = Date.now()): Written {
  const { editor } = desk;
  const category = pick(desk.desks);
  const source = getDb()
    .select({ title: articles.title, body: articles.body, featuredMediaId: articles.featuredMediaId })
    .from(articles)
    .where(and(eq(articles.status, "published"), eq(articles.categoryId, category.id)))
    .orderBy(desc(articles.publishedAt))
    .limit(1)
    .offset(Math.floor(Math.random() * 200))
    .get();
  const paragraphs = source ? paragraphsOf(source.body as ArticleBody) : [];
  const title = `Terkini ${wibClock(now)} WIB: ${source?.title ?? "Perkembangan Terbaru"}`.slice(0, TITLE_MAX);
  const body = paragraphsToBody(
    [`Laporan terbaru pukul ${wibClock(now)} WIB.`, ...[...paragraphs].sort(() => Math.random() - 0.5)].map((text) => ({ kind: "paragraph" as const, text })),
  );
  const form = articleFormSchema.parse({
    title,
    dek: paragraphs[0]?.slice(0, 200) ?? "",
    slug: "",
    datelinePlace: "Jakarta",
    categoryId: String(category.id),
    featuredMediaId: source?.featuredMediaId ? String(source.featuredMediaId) : "",
    hashtags: chooseTags(category.tags),
    credits: JSON.stringify([{ role: "pewarta", userId: editor.id }]),
    seoTitle: "",
    seoDescription: "",
    body: JSON.stringify(body),
  });
  const saved = saveArticle(editor, form);
  if (!saved.ok) throw new Error(`the new article's save answered a conflict (version ${saved.conflict.version})`);
  const { article } = transitionArticle({ kind: "staff", user: editor }, { articleId: saved.article.id, transition: "publish", expectedVersion: saved.article.version });
  return { id: article.id, slug: article.slug };
}

/** An editor's update to a published story: a new title and a changed first paragraph, saved from the editor form's values. */
export function editPublishedArticle(desk: NewsroomDesk, now = Date.now()): Written {
  const { editor } = desk;
  const { article, body, hashtags: tagField, credits } = getArticleForEditing(editor, pick(desk.editIds));
  const clock = wibClock(now);
  const suffix = ` (Diperbarui ${clock} WIB)`;
  const title = article.title.replace(UPDATED_SUFFIX, "").slice(0, TITLE_MAX - suffix.length) + suffix;
  const index = body.content.findIndex((block) => block.type === "paragraph" && block.content?.length);
  const changed: BodyBlock[] = body.content.map((block, i) => {
    if (i !== index) return block;
    const text = paragraphsOf({ type: "doc", content: [block] })[0]!.replace(UPDATE_PREFIX, "");
    return { type: "paragraph", content: [{ type: "text", text: `Pembaruan ${clock} WIB: ${text}` }] };
  });
  const text = (value: string | number | null) => (value === null ? "" : String(value));
  const form = articleFormSchema.parse({
    articleId: String(article.id),
    version: String(article.version),
    title,
    dek: text(article.dek),
    slug: article.slug,
    datelinePlace: text(article.datelinePlace),
    categoryId: text(article.categoryId),
    featuredMediaId: text(article.featuredMediaId),
    hashtags: tagField,
    credits: JSON.stringify(credits),
    seoTitle: text(article.seoTitle),
    seoDescription: text(article.seoDescription),
    body: JSON.stringify({ ...body, content: changed }),
  });
  const saved = saveArticle(editor, form);
  if (!saved.ok) throw new Error(`the edit answered a conflict (version ${saved.conflict.version})`);
  if (saved.proposal) throw new Error("the edit was saved as a proposal, not a new version");
  return { id: saved.article.id, slug: saved.article.slug };
}
