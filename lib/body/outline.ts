import { embedSummary } from "./embeds";
import { bodyToPlainText, parseArticleBody, type ArticleBody, type BodyBlock } from "./schema";

// The body as a person compares two versions of it (revision diffs, the editor's conflict view).
// Plain text leaves media out, so a change to a photo, an embed or a gallery alone would look like
// no change at all: here each of them is a line naming everything it stores.

type Photo = { mediaId: number; caption?: string | null; credit?: string | null };

function photoText({ mediaId, caption, credit }: Photo): string {
  return [caption?.trim(), credit?.trim() && `Foto: ${credit.trim()}`, `media #${mediaId}`].filter(Boolean).join(" · ");
}

/**
 * Text paragraphs, and a line of its own for every image, embed, gallery and Baca juga block.
 * `articleTitle` names a Baca juga block's article (the pending title or its id stand in when it cannot).
 */
export function bodyOutline(body: ArticleBody, articleTitle: (id: number) => string | null | undefined): string[] {
  return body.content.flatMap((block: BodyBlock): string[] => {
    switch (block.type) {
      case "image":
        return [`[Gambar: ${photoText(block.attrs)}]`];
      case "embed": {
        const title = block.attrs.title?.trim();
        return [`[${embedSummary(block.attrs)}${title ? ` · Judul: ${title}` : ""}]`];
      }
      case "gallery":
        return [`[Galeri: ${block.attrs.items.length} foto — ${block.attrs.items.map(photoText).join("; ")}]`];
      case "relatedArticle": {
        const { articleId, pendingTitle } = block.attrs;
        return [`Baca juga: ${(articleId !== null && articleTitle(articleId)) || pendingTitle || `artikel #${articleId}`}`];
      }
      default:
        return bodyToPlainText({ type: "doc", content: [block] })
          .split(/\n{2,}/)
          .filter((text) => text.trim() !== "");
    }
  });
}

/**
 * True when two bodies store the same document: what the server would keep of each is compared, so
 * what the editor adds only to show a block (a picture's address, a Baca juga title) and an absent
 * value against an empty one make no difference. A body the schema refuses is compared as it is.
 */
export function sameBody(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(body: unknown): string {
  const parsed = parseArticleBody(body);
  return JSON.stringify(parsed.ok ? parsed.body : body, (_key, value: unknown) => (value === null ? undefined : value));
}
