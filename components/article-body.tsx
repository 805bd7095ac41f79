import { Fragment, type JSX, type ReactNode } from "react";
import {
  isSafeHref,
  type ArticleBody as ArticleBodyDocument,
  type BodyBlock,
  type ImageBlock,
  type InlineNode,
  type ListItemNode,
  type RelatedArticleBlock,
  type TextNode,
} from "@/lib/body/schema";
import { MediaPicture } from "./media-picture";

/** A published article a "Baca juga" block may link to, with its current title and URL. */
export type RelatedArticleLink = { title: string; href: string };
/** A media item resolved for display. */
export type BodyImage = { src: string; width: number; height: number; alt: string };

type Lookups = {
  related: ReadonlyMap<number, RelatedArticleLink>;
  images: ReadonlyMap<number, BodyImage>;
  /** The rel of the body's own links: sponsored content's are marked as such for search engines. */
  linkRel: string;
};

const PARAGRAPH_CLASS = "text-lg leading-relaxed";
const LINK_CLASS = "text-blue-700 underline underline-offset-2 hover:text-blue-900";

/**
 * Renders an article body document as React elements. Never injects HTML:
 * every string goes through React's escaping, and links are re-checked with
 * isSafeHref because the document may come from a row saved under older rules.
 */
export function ArticleBody(props: {
  body: ArticleBodyDocument;
  /** Only published articles: a missing id renders nothing, never a dead link. */
  related: ReadonlyMap<number, RelatedArticleLink>;
  images: ReadonlyMap<number, BodyImage>;
  /** e.g. "Seoul, Korea Selatan, 18 Juni 2025", shown at the start of the first paragraph. */
  dateline?: string;
  /** Sponsored content (an Advertorial): its links are rel="sponsored". */
  sponsored?: boolean;
  /** Shown after the body's Nth paragraph (the in-article ad); not at all when it has fewer. */
  afterParagraph?: { paragraph: number; content: ReactNode };
}): JSX.Element {
  const { body, related, images, afterParagraph } = props;
  const dateline = props.dateline?.trim() || undefined;
  const lookups: Lookups = { related, images, linkRel: props.sponsored ? "sponsored noopener noreferrer" : "noopener noreferrer" };
  const datelineIndex = dateline === undefined ? -1 : body.content.findIndex(isNonEmptyParagraph);
  const insertAfterIndex = afterParagraph ? nthParagraphIndex(body.content, afterParagraph.paragraph) : -1;

  return (
    <div className="article-body space-y-6">
      {dateline !== undefined && datelineIndex === -1 && (
        <p className={PARAGRAPH_CLASS}>
          <Dateline text={dateline} />
        </p>
      )}
      {body.content.map((block, index) => (
        <Fragment key={index}>
          <Block block={block} lookups={lookups} dateline={index === datelineIndex ? dateline : undefined} />
          {index === insertAfterIndex && afterParagraph?.content}
        </Fragment>
      ))}
    </div>
  );
}

function isNonEmptyParagraph(block: BodyBlock): boolean {
  return block.type === "paragraph" && (block.content?.length ?? 0) > 0;
}

/** The index of the body's nth (1-based) top-level paragraph that renders, or -1. Empty ones are editor spacing and not counted. */
function nthParagraphIndex(blocks: BodyBlock[], n: number): number {
  let seen = 0;
  return blocks.findIndex((block) => isNonEmptyParagraph(block) && ++seen === n);
}

function Dateline({ text }: { text: string }) {
  return <span className="dateline">{text}</span>;
}

function Block({ block, lookups, dateline }: { block: BodyBlock; lookups: Lookups; dateline?: string }) {
  switch (block.type) {
    case "paragraph":
      return <Paragraph content={block.content} dateline={dateline} linkRel={lookups.linkRel} />;
    case "heading":
      return <Heading level={block.attrs.level} content={block.content} linkRel={lookups.linkRel} />;
    case "bulletList":
      return (
        <ul className="list-disc space-y-2 pl-6">
          <ListItems items={block.content} lookups={lookups} />
        </ul>
      );
    case "orderedList": {
      const start = block.attrs?.start;
      return (
        <ol className="list-decimal space-y-2 pl-6" start={start !== undefined && start !== 1 ? start : undefined}>
          <ListItems items={block.content} lookups={lookups} />
        </ol>
      );
    }
    case "blockquote":
      return (
        <blockquote className="space-y-4 border-l-4 border-neutral-300 pl-4 italic text-neutral-700">
          {block.content.map((child, index) => (
            <Block key={index} block={child} lookups={lookups} />
          ))}
        </blockquote>
      );
    case "image":
      return <Figure attrs={block.attrs} images={lookups.images} />;
    case "relatedArticle":
      return <BacaJuga attrs={block.attrs} related={lookups.related} />;
  }
}

// Empty paragraphs and headings are editor spacing; they render nothing
// rather than empty elements (an empty heading also confuses screen readers).
function Paragraph({ content, dateline, linkRel }: { content?: InlineNode[]; dateline?: string; linkRel: string }) {
  if (!content || content.length === 0) return null;
  return (
    <p className={PARAGRAPH_CLASS}>
      {dateline !== undefined && (
        <>
          <Dateline text={dateline} />
          {" — "}
        </>
      )}
      <Inlines nodes={content} linkRel={linkRel} />
    </p>
  );
}

function Heading({ level, content, linkRel }: { level: 2 | 3; content?: InlineNode[]; linkRel: string }) {
  if (!content || content.length === 0) return null;
  if (level === 2) {
    return (
      <h2 className="mt-10 text-2xl font-bold leading-snug">
        <Inlines nodes={content} linkRel={linkRel} />
      </h2>
    );
  }
  return (
    <h3 className="mt-8 text-xl font-semibold leading-snug">
      <Inlines nodes={content} linkRel={linkRel} />
    </h3>
  );
}

function ListItems({ items, lookups }: { items: ListItemNode[]; lookups: Lookups }) {
  return items.map((item, index) => (
    <li key={index} className="pl-1">
      {item.content.map((child, childIndex) => (
        <Block key={childIndex} block={child} lookups={lookups} />
      ))}
    </li>
  ));
}

function Figure({ attrs, images }: { attrs: ImageBlock["attrs"]; images: Lookups["images"] }) {
  const image = images.get(attrs.mediaId);
  if (!image) return null;
  const caption = attrs.caption?.trim();
  const credit = attrs.credit?.trim();
  return (
    <figure className="my-8">
      <MediaPicture image={image} sizes="(min-width: 1024px) 640px, 100vw" className="h-auto w-full" />
      {(caption || credit) && (
        <figcaption className="mt-2 text-sm text-neutral-600">
          {caption}
          {caption && credit && " "}
          {credit && <span className="text-neutral-500">Foto: {credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}

function BacaJuga({ attrs, related }: { attrs: RelatedArticleBlock["attrs"]; related: Lookups["related"] }) {
  // Pending (null) and unpublished references render nothing: readers never see a dead link.
  const article = attrs.articleId === null ? undefined : related.get(attrs.articleId);
  if (!article) return null;
  return (
    <aside className="baca-juga" aria-label="Baca juga">
      <span>Baca juga:</span>{" "}
      <a href={article.href} className={LINK_CLASS}>
        {article.title}
      </a>
    </aside>
  );
}

// ------------------------------------------------------------- inline

type InlineRun = { href: string | null; nodes: InlineNode[] };

/** Consecutive nodes under the same link become one <a>, as in the editor, instead of one per text node. */
function Inlines({ nodes, linkRel }: { nodes: InlineNode[]; linkRel: string }) {
  return groupIntoLinkRuns(nodes).map((run, index) =>
    run.href === null ? (
      <Fragment key={index}>{run.nodes.map(renderInlineNode)}</Fragment>
    ) : (
      <a key={index} {...linkAttributes(run.href, linkRel)} className={LINK_CLASS}>
        {run.nodes.map(renderInlineNode)}
      </a>
    ),
  );
}

function groupIntoLinkRuns(nodes: InlineNode[]): InlineRun[] {
  const runs: InlineRun[] = [];
  for (const node of nodes) {
    const href = safeLinkHref(node);
    const last = runs.at(-1);
    if (last && last.href === href) last.nodes.push(node);
    else runs.push({ href, nodes: [node] });
  }
  return runs;
}

/** The node's link target, or null when it has none or it fails isSafeHref (then the text renders unlinked). */
function safeLinkHref(node: InlineNode): string | null {
  if (node.type !== "text") return null;
  const link = node.marks?.find((mark) => mark.type === "link");
  if (!link || !isSafeHref(link.attrs.href)) return null;
  return link.attrs.href;
}

function linkAttributes(href: string, rel: string): { href: string; rel: string; target?: "_blank" } {
  const opensNewTab = new URL(href).protocol !== "mailto:";
  return opensNewTab ? { href, rel, target: "_blank" } : { href, rel };
}

function renderInlineNode(node: InlineNode, index: number): ReactNode {
  if (node.type === "hardBreak") return <br key={index} />;
  return <Fragment key={index}>{withFormatting(node)}</Fragment>;
}

function withFormatting(node: TextNode): ReactNode {
  const has = (type: "bold" | "italic") => node.marks?.some((mark) => mark.type === type) ?? false;
  let element: ReactNode = node.text;
  if (has("italic")) element = <em>{element}</em>;
  if (has("bold")) element = <strong>{element}</strong>;
  return element;
}
