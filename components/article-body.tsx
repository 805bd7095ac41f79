import { Fragment, type JSX, type ReactNode } from "react";
import { embedCanonicalUrl, embedFrameUrl, embedLinkText, embedThumbnail, type EmbedProvider } from "@/lib/body/embeds";
import {
  isSafeHref,
  type ArticleBody as ArticleBodyDocument,
  type BodyBlock,
  type EmbedBlock,
  type GalleryBlock,
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
  /** The index of a block the heading already shows as the story's lead media (lib/articles/kinds.ts leadMediaIndex). */
  omitBlock?: number;
}): JSX.Element {
  const { body, related, images, afterParagraph, omitBlock } = props;
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
          {index !== omitBlock && <Block block={block} lookups={lookups} dateline={index === datelineIndex ? dateline : undefined} />}
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
    case "embed":
    case "gallery":
      return <BodyMedia block={block} images={lookups.images} />;
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
  return (
    <figure className="my-8">
      <MediaPicture image={image} sizes={BODY_IMAGE_SIZES} className="h-auto w-full" />
      <Caption caption={attrs.caption} credit={attrs.credit} />
    </figure>
  );
}

const BODY_IMAGE_SIZES = "(min-width: 1024px) 640px, 100vw";

function Caption(props: { caption?: string | null; credit?: string | null }) {
  const caption = props.caption?.trim();
  const credit = props.credit?.trim();
  if (!caption && !credit) return null;
  return (
    <figcaption className="mt-2 text-sm text-neutral-600">
      {caption}
      {caption && credit && " "}
      {credit && <span className="text-neutral-500">Foto: {credit}</span>}
    </figcaption>
  );
}

/** A post from another platform or a gallery: in the body, or as the lead of a Video or Foto story. */
export function BodyMedia({ block, images }: { block: EmbedBlock | GalleryBlock; images: Lookups["images"] }) {
  return block.type === "embed" ? <Embed attrs={block.attrs} /> : <Gallery items={block.attrs.items} images={images} />;
}

// The player's box once loaded: videos are wide; TikTok is tall; posts get room to grow.
const FRAME_CLASS: Record<EmbedProvider, string> = {
  youtube: "aspect-video w-full",
  facebook: "aspect-video w-full",
  tiktok: "mx-auto h-[740px] w-full max-w-[340px]",
  instagram: "mx-auto h-[720px] w-full max-w-[540px]",
  x: "mx-auto h-[600px] w-full max-w-[550px]",
};

// @NOTE Nothing of the provider loads with the page: readers get a link to the post (with
// YouTube's still, the only provider with one at a fixed address). Without JavaScript, and in feed
// readers, the link just opens the post; with it, the island (public/islands/embed.js) swaps the
// link for the provider's player on click. React keeps one copy of the async script however many
// embeds a page has, and pages without embeds carry none.
function Embed({ attrs }: { attrs: EmbedBlock["attrs"] }) {
  const linkText = embedLinkText(attrs.provider);
  const title = attrs.title?.trim();
  const thumbnail = embedThumbnail(attrs);
  return (
    <figure className="my-8">
      <a
        href={embedCanonicalUrl(attrs)}
        target="_blank"
        rel="noopener noreferrer"
        data-embed-frame={embedFrameUrl(attrs)}
        data-embed-title={title || linkText}
        data-embed-class={FRAME_CLASS[attrs.provider]}
        className="group block overflow-hidden rounded border border-neutral-300 bg-neutral-50 hover:bg-neutral-100"
      >
        {thumbnail && (
          // eslint-disable-next-line @next/next/no-img-element -- the provider's still, at its own fixed size
          <img src={thumbnail.src} width={thumbnail.width} height={thumbnail.height} alt="" loading="lazy" decoding="async" className="aspect-video h-auto w-full object-cover" />
        )}
        <span className="flex items-center gap-3 p-3">
          <span aria-hidden="true" className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand text-white">
            ▶
          </span>
          <span>
            {title && <span className="block font-semibold">{title}</span>}
            <span className="block text-sm text-neutral-700 underline underline-offset-2 group-hover:text-neutral-900">{linkText}</span>
          </span>
        </span>
      </a>
      <script src="/islands/embed.js" async />
    </figure>
  );
}

/** Swipeable with CSS scroll snap alone; the scroller takes keyboard focus so arrow keys move it too. */
function Gallery({ items, images }: { items: GalleryBlock["attrs"]["items"]; images: Lookups["images"] }) {
  const shown = items.flatMap((item) => {
    const image = images.get(item.mediaId);
    return image ? [{ ...item, image }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <figure className="my-8">
      <div role="region" tabIndex={0} aria-label={`Galeri foto, ${shown.length} foto; geser untuk melihat semuanya`} className="overflow-x-auto snap-x snap-mandatory">
        <ul className="flex gap-4">
          {shown.map((item, index) => (
            <li key={index} className="w-[85%] shrink-0 snap-center">
              <figure>
                <MediaPicture image={item.image} sizes={BODY_IMAGE_SIZES} className="h-auto w-full" />
                <Caption caption={item.caption} credit={item.credit} />
              </figure>
            </li>
          ))}
        </ul>
      </div>
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
