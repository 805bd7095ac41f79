import {
  isSafeHref,
  type ArticleBody,
  type BodyBlock,
  type InlineNode,
  type ListItemNode,
  type TextNode,
} from "@/lib/body/schema";
import { embedCanonicalUrl, embedLinkText } from "@/lib/body/embeds";
import { CORRECTION_KIND_LABELS, correctionsHeading, type CorrectionView } from "@/lib/articles/corrections";
import { formatWibDateTime } from "@/lib/time";
import { absoluteUrl } from "@/lib/seo/absolute-url";
import { escapeXml } from "./xml";

export type BodyHtmlContext = {
  siteUrl: string;
  /** Published articles that "Baca juga" blocks may name, by id; a missing one renders nothing. */
  related: ReadonlyMap<number, { title: string; path: string }>;
  images: ReadonlyMap<number, { url: string; width: number; height: number; alt: string }>;
  /** "Seoul, 18 Juni 2025", put before the first paragraph's text as on the article page. */
  dateline?: string | null;
};

/**
 * The article body as HTML for feed readers (`content:encoded`). Built from the validated document,
 * never from stored HTML: every text is escaped, links are re-checked with isSafeHref (the row may
 * predate today's rules), and site paths become absolute because a feed has no base URL.
 */
export function articleBodyToHtml(body: ArticleBody, context: BodyHtmlContext): string {
  const dateline = context.dateline?.trim();
  const datelineIndex = dateline ? body.content.findIndex(isNonEmptyParagraph) : -1;
  const html = body.content.map((block, index) =>
    renderBlock(block, context, index === datelineIndex ? dateline : undefined),
  );
  if (dateline && datelineIndex === -1) html.unshift(`<p>${datelineHtml(dateline)}</p>`);
  return html.filter(Boolean).join("\n");
}

/** An article's Koreksi notes as HTML after its body, each under its WIB time; the notes are plain text. */
export function correctionsToHtml(corrections: readonly Omit<CorrectionView, "id">[]): string {
  if (corrections.length === 0) return "";
  const notes = corrections.map((correction) => {
    const heading = `${CORRECTION_KIND_LABELS[correction.kind]} · ${formatWibDateTime(correction.createdAt)}`;
    const reply = correction.replyUrl && isSafeHref(correction.replyUrl) ? `<br><a href="${escapeXml(correction.replyUrl)}">Baca hak jawab selengkapnya</a>` : "";
    return `<p><strong>${escapeXml(heading)}</strong><br>${escapeXml(correction.note).replace(/\r?\n/g, "<br>")}${reply}</p>`;
  });
  return [`<h2>${escapeXml(correctionsHeading(corrections))}</h2>`, ...notes].join("\n");
}

function isNonEmptyParagraph(block: BodyBlock): boolean {
  return block.type === "paragraph" && (block.content?.length ?? 0) > 0;
}

function datelineHtml(dateline: string): string {
  return `<strong>${escapeXml(dateline)}</strong>`;
}

function renderBlock(block: BodyBlock, context: BodyHtmlContext, dateline?: string): string {
  switch (block.type) {
    case "paragraph": {
      if (!block.content?.length) return "";
      const lead = dateline ? `${datelineHtml(dateline)} — ` : "";
      return `<p>${lead}${renderInlines(block.content)}</p>`;
    }
    case "heading":
      return block.content?.length ? `<h${block.attrs.level}>${renderInlines(block.content)}</h${block.attrs.level}>` : "";
    case "bulletList":
      return `<ul>${renderListItems(block.content, context)}</ul>`;
    case "orderedList": {
      const start = block.attrs?.start;
      return `<ol${start !== undefined && start !== 1 ? ` start="${start}"` : ""}>${renderListItems(block.content, context)}</ol>`;
    }
    case "blockquote":
      return `<blockquote>${block.content.map((child) => renderBlock(child, context)).join("")}</blockquote>`;
    case "image":
      return figureHtml(block.attrs, context);
    // Feed readers run no scripts and many drop frames: a post from elsewhere is a link to it.
    case "embed": {
      const title = block.attrs.title?.trim() || embedLinkText(block.attrs.provider);
      return `<p><a href="${escapeXml(embedCanonicalUrl(block.attrs))}">${escapeXml(title)}</a></p>`;
    }
    case "gallery":
      return block.attrs.items.map((item) => figureHtml(item, context)).join("");
    case "relatedArticle": {
      const article = block.attrs.articleId === null ? undefined : context.related.get(block.attrs.articleId);
      if (!article) return "";
      const href = escapeXml(absoluteUrl(context.siteUrl, article.path));
      return `<p><strong>Baca juga:</strong> <a href="${href}">${escapeXml(article.title)}</a></p>`;
    }
  }
}

function figureHtml(attrs: { mediaId: number; caption?: string | null; credit?: string | null }, context: BodyHtmlContext): string {
  const image = context.images.get(attrs.mediaId);
  if (!image) return "";
  const caption = [attrs.caption?.trim(), attrs.credit?.trim() && `Foto: ${attrs.credit.trim()}`].filter(Boolean).join(" ");
  const img = `<img src="${escapeXml(absoluteUrl(context.siteUrl, image.url))}" width="${image.width}" height="${image.height}" alt="${escapeXml(image.alt)}">`;
  return `<figure>${img}${caption ? `<figcaption>${escapeXml(caption)}</figcaption>` : ""}</figure>`;
}

function renderListItems(items: ListItemNode[], context: BodyHtmlContext): string {
  return items.map((item) => `<li>${item.content.map((child) => renderBlock(child, context)).join("")}</li>`).join("");
}

function renderInlines(nodes: InlineNode[]): string {
  return nodes.map((node) => (node.type === "hardBreak" ? "<br>" : renderText(node))).join("");
}

function renderText(node: TextNode): string {
  const has = (type: "bold" | "italic") => node.marks?.some((mark) => mark.type === type) ?? false;
  let html = escapeXml(node.text);
  if (has("italic")) html = `<em>${html}</em>`;
  if (has("bold")) html = `<strong>${html}</strong>`;
  const link = node.marks?.find((mark) => mark.type === "link");
  // An unsafe link keeps its text, unlinked, as on the article page.
  if (link && isSafeHref(link.attrs.href)) html = `<a href="${escapeXml(link.attrs.href)}">${html}</a>`;
  return html;
}
