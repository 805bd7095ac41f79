import { z } from "zod";
import { EMBED_PROVIDERS, isValidEmbedId } from "./embeds";

/**
 * The article body: a ProseMirror/Tiptap JSON document. Node and mark names are
 * Tiptap's, so the editor's `getJSON()` output validates as-is. Unknown keys
 * (Tiptap's link `target`/`rel`/`class`, alignment attrs, …) are stripped by
 * zod's default object behaviour; unknown node and mark types are rejected.
 */

/** Serialized (UTF-8 JSON) size above which a body is refused before validation. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Node nesting levels allowed, counting `doc` as level 1 (a paragraph in a list item in a list is level 4). */
export const MAX_BODY_DEPTH = 12;

const ALLOWED_LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/**
 * True when `href` is an absolute http, https or mailto URL. Uses the WHATWG
 * URL parser — the one browsers use — so whitespace, tabs, control characters
 * and letter case are normalised exactly as a browser would before the scheme
 * is checked. Relative and unparseable hrefs are refused.
 */
export function isSafeHref(href: string): boolean {
  if (!URL.canParse(href)) return false;
  return ALLOWED_LINK_PROTOCOLS.has(new URL(href).protocol);
}

const MESSAGE_PREFIX = "Isi artikel tidak valid: ";
const UNSAFE_LINK = "tautan hanya boleh http, https, atau mailto.";
const UNKNOWN_STRUCTURE = "struktur dokumen tidak dikenali.";

// ---------------------------------------------------------------- marks

const boldMarkSchema = z.object({ type: z.literal("bold") });
const italicMarkSchema = z.object({ type: z.literal("italic") });
const linkMarkSchema = z.object({
  type: z.literal("link"),
  attrs: z.object({
    href: z.string().refine(isSafeHref, { error: UNSAFE_LINK }),
  }),
});

const markSchema = z.discriminatedUnion("type", [boldMarkSchema, italicMarkSchema, linkMarkSchema], {
  error: "format teks tidak dikenal (hanya tebal, miring, dan tautan).",
});

// --------------------------------------------------------------- inline

const textNodeSchema = z.object({
  type: z.literal("text"),
  text: z.string().min(1, { error: "teks tidak boleh kosong." }),
  marks: z.array(markSchema).optional(),
});
const hardBreakSchema = z.object({ type: z.literal("hardBreak") });

const inlineNodeSchema = z.discriminatedUnion("type", [textNodeSchema, hardBreakSchema], {
  error: "isi paragraf hanya boleh teks dan baris baru.",
});
const inlineContentSchema = z.array(inlineNodeSchema).optional();

// --------------------------------------------------------------- blocks

const paragraphSchema = z.object({
  type: z.literal("paragraph"),
  content: inlineContentSchema,
});

const headingSchema = z.object({
  type: z.literal("heading"),
  attrs: z.object({
    level: z.literal([2, 3], { error: "subjudul hanya boleh tingkat 2 atau 3." }),
  }),
  content: inlineContentSchema,
});

// Lists are the only recursive structure: list → listItem → (paragraph | list).
// The getters let zod resolve the cycle lazily; the annotations break TypeScript's.
const listItemSchema = z.object({
  type: z.literal("listItem"),
  get content(): z.ZodArray<typeof listItemBlockSchema> {
    return z.array(listItemBlockSchema).min(1, { error: "butir daftar tidak boleh kosong." });
  },
});

const listItemsSchema = z.array(listItemSchema).min(1, { error: "daftar harus berisi paling sedikit satu butir." });

const bulletListSchema = z.object({
  type: z.literal("bulletList"),
  get content(): z.ZodArray<typeof listItemSchema> {
    return listItemsSchema;
  },
});

const orderedListSchema = z.object({
  type: z.literal("orderedList"),
  attrs: z
    .object({
      start: z.int({ error: "nomor awal daftar harus bilangan bulat 1 atau lebih." }).min(1, {
        error: "nomor awal daftar harus bilangan bulat 1 atau lebih.",
      }).optional(),
    })
    .optional(),
  get content(): z.ZodArray<typeof listItemSchema> {
    return listItemsSchema;
  },
});

const listItemBlockSchema: z.ZodDiscriminatedUnion<
  [typeof paragraphSchema, typeof bulletListSchema, typeof orderedListSchema],
  "type"
> = z.discriminatedUnion("type", [paragraphSchema, bulletListSchema, orderedListSchema], {
  error: "butir daftar hanya boleh berisi paragraf atau daftar.",
});

const blockquoteSchema = z.object({
  type: z.literal("blockquote"),
  content: z
    .array(
      z.discriminatedUnion("type", [paragraphSchema, bulletListSchema, orderedListSchema], {
        error: "kutipan hanya boleh berisi paragraf atau daftar.",
      }),
    )
    .min(1, { error: "kutipan tidak boleh kosong." }),
});

const optionalText = z.string().nullable().optional();

const imageSchema = z.object({
  type: z.literal("image"),
  attrs: z.object({
    mediaId: z.int({ error: "gambar harus merujuk ke media yang valid." }).positive({
      error: "gambar harus merujuk ke media yang valid.",
    }),
    caption: optionalText,
    credit: optionalText,
  }),
});

/** Most characters of an embed's title. */
export const MAX_EMBED_TITLE = 300;
export const MIN_GALLERY_ITEMS = 2;
export const MAX_GALLERY_ITEMS = 30;

// A line of plain text: React and the feed escape it anyway, but a tag here is a paste gone wrong or
// an attempt, and it would show to readers as literal angle brackets.
const MARKUP = /<[a-z!/?]/i;

/** The writer's own words for an embed: one trimmed line of plain text, or null when left empty. */
const embedTitleSchema = z
  .string()
  .transform((title) => title.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .max(MAX_EMBED_TITLE, { error: `judul sematan paling banyak ${MAX_EMBED_TITLE} karakter.` })
      .refine((title) => !MARKUP.test(title) && !/\p{Cc}/u.test(title), { error: "judul sematan harus teks biasa, tanpa tag HTML." }),
  )
  .transform((title) => title || null)
  .nullable()
  .optional();

const embedSchema = z.object({
  type: z.literal("embed"),
  attrs: z
    .object({
      provider: z.enum(EMBED_PROVIDERS, { error: "sematan hanya dari YouTube, Instagram, X, TikTok, atau Facebook." }),
      id: z.string(),
      title: embedTitleSchema,
    })
    .refine((attrs) => isValidEmbedId(attrs.provider, attrs.id), { error: "alamat sematan tidak dikenali." }),
});

const galleryItemSchema = z.object({
  mediaId: z.int({ error: "foto galeri harus merujuk ke media yang valid." }).positive({
    error: "foto galeri harus merujuk ke media yang valid.",
  }),
  caption: optionalText,
  credit: optionalText,
});

const gallerySchema = z.object({
  type: z.literal("gallery"),
  attrs: z.object({
    items: z
      .array(galleryItemSchema)
      .min(MIN_GALLERY_ITEMS, { error: `galeri harus berisi paling sedikit ${MIN_GALLERY_ITEMS} foto.` })
      .max(MAX_GALLERY_ITEMS, { error: `galeri paling banyak berisi ${MAX_GALLERY_ITEMS} foto.` }),
  }),
});

const relatedArticleSchema = z.object({
  type: z.literal("relatedArticle"),
  attrs: z.object({
    // null: a pending reference left by an import, resolved later in the newsroom.
    articleId: z
      .int({ error: "\"Baca juga\" harus merujuk ke artikel yang valid." })
      .positive({ error: "\"Baca juga\" harus merujuk ke artikel yang valid." })
      .nullable(),
    pendingTitle: optionalText,
  }),
});

const bodyBlockSchema = z.discriminatedUnion(
  "type",
  [
    paragraphSchema,
    headingSchema,
    bulletListSchema,
    orderedListSchema,
    blockquoteSchema,
    imageSchema,
    embedSchema,
    gallerySchema,
    relatedArticleSchema,
  ],
  { error: "jenis blok tidak dikenal." },
);

export const articleBodySchema = z.object({
  type: z.literal("doc"),
  content: z.array(bodyBlockSchema),
});

export type ArticleBody = z.infer<typeof articleBodySchema>;
/** A block directly under `doc`. Nested blocks (in lists and quotes) are a subset of these. */
export type BodyBlock = z.infer<typeof bodyBlockSchema>;
export type ListItemBlock = z.infer<typeof listItemBlockSchema>;
export type ListItemNode = z.infer<typeof listItemSchema>;
export type InlineNode = z.infer<typeof inlineNodeSchema>;
export type TextNode = z.infer<typeof textNodeSchema>;
export type BodyMark = z.infer<typeof markSchema>;
export type ImageBlock = z.infer<typeof imageSchema>;
export type RelatedArticleBlock = z.infer<typeof relatedArticleSchema>;
export type EmbedBlock = z.infer<typeof embedSchema>;
export type GalleryBlock = z.infer<typeof gallerySchema>;

// -------------------------------------------------------------- parsing

export type ParseArticleBodyResult = { ok: true; body: ArticleBody } | { ok: false; message: string };

/** The one validation entry point for every save of an article body. */
export function parseArticleBody(input: unknown): ParseArticleBodyResult {
  // Depth first: it walks iteratively and stops early, so a hostile document
  // never reaches the recursive JSON.stringify or zod with an unbounded depth.
  if (exceedsNodeDepth(input, MAX_BODY_DEPTH)) {
    return refuse(`dokumen terlalu bertingkat (maksimal ${MAX_BODY_DEPTH} tingkat).`);
  }
  const size = serializedByteLength(input);
  if (size === null) return refuse(UNKNOWN_STRUCTURE);
  if (size > MAX_BODY_BYTES) {
    return refuse(`ukuran melebihi batas ${Math.round(MAX_BODY_BYTES / (1024 * 1024))} MB.`);
  }

  const result = articleBodySchema.safeParse(input, { error: () => UNKNOWN_STRUCTURE });
  if (result.success) return { ok: true, body: result.data };
  return refuse(result.error.issues[0]?.message ?? UNKNOWN_STRUCTURE);
}

function refuse(reason: string): { ok: false; message: string } {
  return { ok: false, message: MESSAGE_PREFIX + reason };
}

/** Walks `content` arrays with an explicit stack; true as soon as a node sits deeper than `maxDepth`. */
function exceedsNodeDepth(root: unknown, maxDepth: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxDepth) return true;
    const children = childContent(node);
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

function childContent(node: unknown): unknown[] {
  if (typeof node !== "object" || node === null) return [];
  const content = (node as { content?: unknown }).content;
  return Array.isArray(content) ? content : [];
}

/** UTF-8 size of the JSON; null when it cannot be serialized (cycles, absurd nesting outside `content`). */
function serializedByteLength(input: unknown): number | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    return null;
  }
  if (json === undefined) return null;
  // Every UTF-16 unit is at least one UTF-8 byte: skip the encoding when already too long.
  if (json.length > MAX_BODY_BYTES) return json.length;
  return new TextEncoder().encode(json).length;
}

// ------------------------------------------------------------ utilities

/** Plain text for search and feeds: blocks split by blank lines, list items on their own lines. */
export function bodyToPlainText(body: ArticleBody): string {
  return joinNonEmpty(body.content.map(blockToPlainText), "\n\n");
}

function blockToPlainText(block: BodyBlock): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return inlineToPlainText(block.content ?? []);
    case "bulletList":
    case "orderedList":
      return joinNonEmpty(block.content.map(listItemToPlainText), "\n");
    case "blockquote":
      return joinNonEmpty(block.content.map(blockToPlainText), "\n\n");
    // Media are not text: search and descriptions skip them (revision diffs name them themselves).
    case "image":
    case "embed":
    case "gallery":
    case "relatedArticle":
      return "";
  }
}

function listItemToPlainText(item: ListItemNode): string {
  return joinNonEmpty(item.content.map(blockToPlainText), "\n");
}

function inlineToPlainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function joinNonEmpty(parts: string[], separator: string): string {
  return parts.filter((part) => part !== "").join(separator);
}

export type PlainBodyBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "relatedArticle"; articleId: number | null; pendingTitle: string | null };

/**
 * Builds a body from plain paragraphs (copy importer, demo seed). A newline
 * inside a paragraph becomes a hardBreak, so bodyToPlainText gives the text back.
 * The result is not validated here — it goes through parseArticleBody on save.
 */
export function paragraphsToBody(blocks: readonly PlainBodyBlock[]): ArticleBody {
  return { type: "doc", content: blocks.map(plainBlockToBodyBlock) };
}

function plainBlockToBodyBlock(block: PlainBodyBlock): BodyBlock {
  if (block.kind === "relatedArticle") {
    return {
      type: "relatedArticle",
      attrs: { articleId: block.articleId, pendingTitle: block.pendingTitle },
    };
  }
  const content = textToInline(block.text);
  return content.length > 0 ? { type: "paragraph", content } : { type: "paragraph" };
}

function textToInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  text.split("\n").forEach((line, index) => {
    if (index > 0) nodes.push({ type: "hardBreak" });
    if (line !== "") nodes.push({ type: "text", text: line });
  });
  return nodes;
}

/** Ids of the articles a body's "Baca juga" blocks point to, unique, in document order (pending ones skipped). */
export function relatedArticleIds(body: ArticleBody): number[] {
  const ids = body.content.flatMap((block) =>
    block.type === "relatedArticle" && block.attrs.articleId !== null ? [block.attrs.articleId] : [],
  );
  return [...new Set(ids)];
}

/** Titles of the "Baca juga" blocks an import could not resolve; publishing waits until none is left. */
export function pendingReferences(body: ArticleBody): string[] {
  return body.content.flatMap((block) =>
    block.type === "relatedArticle" && block.attrs.articleId === null ? [block.attrs.pendingTitle?.trim() || "tanpa judul"] : [],
  );
}

/** Ids of the media a body's images and galleries show, unique, in document order. */
export function mediaIds(body: ArticleBody): number[] {
  const ids = body.content.flatMap((block) => {
    if (block.type === "image") return [block.attrs.mediaId];
    if (block.type === "gallery") return block.attrs.items.map((item) => item.mediaId);
    return [];
  });
  return [...new Set(ids)];
}
