import type { JSONContent } from "@tiptap/react";
import type { Article, ArticleKind, CreditRole } from "@/db/schema";
import type { EditorArticle } from "@/lib/articles/editor";
import type { CreditInput } from "@/lib/articles/store";
import type { MediaItem } from "@/lib/media/library";

// The article editor's form values: plain strings as the inputs hold them, shared by the pages that
// load them and the client island that edits them.

export type CreditRow = { role: CreditRole; userId: string; guestName: string };

export type EditorFields = {
  title: string;
  dek: string;
  slug: string;
  datelinePlace: string;
  kind: ArticleKind;
  categoryId: string;
  /** The library item chosen as featured image (posted as its id). */
  featuredMedia: MediaItem | null;
  hashtags: string;
  credits: CreditRow[];
  seoTitle: string;
  seoDescription: string;
  body: JSONContent;
};

export function creditRows(credits: CreditInput[]): CreditRow[] {
  return credits.map((credit) => ({ role: credit.role, userId: credit.userId ? String(credit.userId) : "", guestName: credit.guestName ?? "" }));
}

/** The editor form's starting values: an empty article, or one as stored. */
export function editorFields(loaded?: EditorArticle): EditorFields {
  if (!loaded) {
    return { title: "", dek: "", slug: "", datelinePlace: "", kind: "berita", categoryId: "", featuredMedia: null, hashtags: "", credits: [], seoTitle: "", seoDescription: "", body: { type: "doc", content: [{ type: "paragraph" }] } };
  }
  const article: Article = loaded.article;
  return {
    title: article.title,
    dek: article.dek ?? "",
    slug: article.slug,
    datelinePlace: article.datelinePlace ?? "",
    // A proposal or revision saved before story kinds existed has none: it was a Berita.
    kind: article.kind ?? "berita",
    categoryId: article.categoryId ? String(article.categoryId) : "",
    featuredMedia: loaded.featuredMedia,
    hashtags: loaded.hashtags,
    credits: creditRows(loaded.credits),
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    body: loaded.body,
  };
}
