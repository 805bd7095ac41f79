import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users, type ArticleStatus } from "@/db/schema";
import { paragraphsToBody, type ArticleBody } from "@/lib/body/schema";
import type { HashtagInput } from "@/lib/hashtags";
import { parseHouseCopy, type HouseCopy } from "@/lib/text/house-format";
import { createArticle, findArticleIdByTitle, type CreditInput } from "./store";

export type ImportOptions = {
  title?: string;
  dek?: string | null;
  categoryId?: number | null;
  status: ArticleStatus;
  publishedAt?: number | null;
  authorId?: number | null;
  featuredMediaId?: number | null;
  portalNames?: string[];
};

export type ImportResult =
  | { ok: true; article: { id: number; slug: string }; warnings: HouseCopy["warnings"]; pendingReferences: string[] }
  | { ok: false; error: { code: string; message: string } };

/** Credits name staff by their display name when one matches; anyone else is a guest byline. */
function resolveCredits(credits: HouseCopy["credits"]): CreditInput[] {
  const db = getDb();
  return credits.map(({ role, name }) => {
    const staff = db
      .select({ id: users.id })
      .from(users)
      .where(and(sql`lower(${users.name}) = lower(${name})`, eq(users.active, true)))
      .get();
    return staff ? { role, userId: staff.id } : { role, guestName: name };
  });
}

export type PreparedCopy = {
  title: string | null;
  datelinePlace: string | null;
  body: ArticleBody;
  credits: CreditInput[];
  hashtags: HashtagInput[];
  warnings: HouseCopy["warnings"];
  /** Baca juga titles no article matched: kept as pending references. */
  pendingReferences: string[];
};

/** House-format copy as article fields, Baca juga and credits resolved against the database; nothing is stored. */
export function prepareHouseCopy(
  text: string,
  options: { portalNames?: string[] } = {},
): { ok: true; copy: PreparedCopy } | { ok: false; error: { code: string; message: string } } {
  const parsed = parseHouseCopy(text, { portalNames: options.portalNames });
  if (!parsed.ok) return parsed;
  const { copy } = parsed;

  const db = getDb();
  const pendingReferences: string[] = [];
  const body = paragraphsToBody(
    copy.blocks.map((block) => {
      if (block.kind === "paragraph") return block;
      const articleId = findArticleIdByTitle(db, block.title);
      if (articleId === null) pendingReferences.push(block.title);
      return { kind: "relatedArticle", articleId, pendingTitle: articleId === null ? block.title : null };
    }),
  );
  return {
    ok: true,
    copy: {
      title: copy.title,
      datelinePlace: copy.datelinePlace,
      body,
      credits: resolveCredits(copy.credits),
      hashtags: copy.hashtags,
      warnings: copy.warnings,
      pendingReferences,
    },
  };
}

/** Turns house-format copy into a stored article (the seed and the CLI use this). */
export function importHouseCopy(text: string, options: ImportOptions): ImportResult {
  const prepared = prepareHouseCopy(text, { portalNames: options.portalNames });
  if (!prepared.ok) return prepared;
  const { copy } = prepared;

  const title = options.title?.trim() || copy.title;
  if (!title) return { ok: false, error: { code: "no-title", message: "Judul belum diisi." } };

  const article = createArticle({
    title,
    dek: options.dek,
    body: copy.body,
    datelinePlace: copy.datelinePlace,
    status: options.status,
    publishedAt: options.publishedAt,
    categoryId: options.categoryId,
    authorId: options.authorId,
    featuredMediaId: options.featuredMediaId,
    credits: copy.credits,
    hashtags: copy.hashtags,
  });
  return { ok: true, article, warnings: copy.warnings, pendingReferences: copy.pendingReferences };
}
