"use client";

import { NodeSelection } from "@tiptap/pm/state";
import { EditorContent, Node, NodeViewWrapper, ReactNodeViewRenderer, useEditor, type Editor, type JSONContent, type NodeViewProps } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useActionState, useEffect, useId, useState, useTransition } from "react";
import { embedLinkText, embedSummary, isEmbedProvider, parseEmbedUrl } from "@/lib/body/embeds";
import { MAX_EMBED_TITLE, MAX_GALLERY_ITEMS, MIN_GALLERY_ITEMS } from "@/lib/body/schema";
import type { MediaItem } from "@/lib/media/library";
import { thumbnailUrl } from "@/lib/media/variants";
import { IDLE, offlineSafe, type ActionState } from "@/lib/newsroom/action-state";
import { InlineSearch } from "./form-controls";
import { MediaPicker } from "./media-picker";

// The Tiptap island of the article editor. Only what lib/body/schema.ts allows is registered, so
// paste from Word or a web page is cut down to it by ProseMirror itself; the server validates anyway.

type RelatedChoice = { id: number; title: string };

/** The Baca juga block: an atom holding an article id (or a pending title from an import). */
const RelatedArticle = Node.create({
  name: "relatedArticle",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      articleId: { default: null },
      pendingTitle: { default: null },
      // Shown only; the server drops it and always renders the linked article's current title.
      title: { default: null },
    };
  },
  parseHTML() {
    return [{ tag: "aside[data-baca-juga]" }];
  },
  renderHTML({ node }) {
    const pending = node.attrs.articleId === null;
    return [
      "aside",
      {
        "data-baca-juga": "",
        "data-pending": pending ? "true" : "false",
        class: `my-3 rounded border-l-4 px-3 py-2 text-sm ${pending ? "border-amber-500 bg-amber-50" : "border-blue-700 bg-blue-50"}`,
      },
      pending
        ? `Baca juga (belum ditautkan): ${node.attrs.pendingTitle ?? "tanpa judul"}`
        : `Baca juga: ${node.attrs.title ?? `artikel #${node.attrs.articleId}`}`,
    ];
  },
});

/**
 * An image from the media library: its id, and the caption and credit shown under it (copied from
 * the library when inserted). `src` and `alt` are for showing it here only; the server drops them.
 */
const ImageBlock = Node.create({
  name: "image",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    const fromFigure = (read: (figure: HTMLElement) => string | null | undefined) => ({ default: null, parseHTML: (figure: HTMLElement) => read(figure) ?? null, renderHTML: () => ({}) });
    return {
      mediaId: { default: null, parseHTML: (figure: HTMLElement) => Number(figure.getAttribute("data-media-id")) || null, renderHTML: () => ({}) },
      caption: fromFigure((figure) => figure.getAttribute("data-caption")),
      credit: fromFigure((figure) => figure.getAttribute("data-credit")),
      src: fromFigure((figure) => figure.querySelector("img")?.getAttribute("data-src")),
      alt: fromFigure((figure) => figure.querySelector("img")?.getAttribute("alt")),
    };
  },
  parseHTML() {
    return [{ tag: "figure[data-media-id]" }];
  },
  renderHTML({ node }) {
    const { mediaId, caption, credit, src, alt } = node.attrs as { mediaId: number; caption: string | null; credit: string | null; src: string | null; alt: string | null };
    return [
      "figure",
      { "data-media-id": String(mediaId), "data-caption": caption ?? "", "data-credit": credit ?? "", class: "my-3 rounded border border-neutral-200 p-2" },
      ["img", { src: src ? thumbnailUrl(src) : "", "data-src": src ?? "", alt: alt ?? "", class: "max-h-64 max-w-sm rounded" }],
      ["figcaption", { class: "mt-1 text-sm text-neutral-600" }, [caption, credit && `(Foto: ${credit})`].filter(Boolean).join(" ") || `Gambar #${mediaId}`],
    ];
  },
});

type EmbedAttrs = { provider: string; id: string; title: string | null };

function embedName({ provider, id }: EmbedAttrs): string {
  return isEmbedProvider(provider) ? embedSummary({ provider, id }) : `Sematan tidak dikenal: ${provider} ${id}`;
}

/** The embed as the writer sees it: what it is, and its title for readers (the server trims and checks it). */
function EmbedView({ node, updateAttributes }: NodeViewProps) {
  const attrs = node.attrs as EmbedAttrs;
  const inputId = useId();
  const nameId = useId();
  return (
    <NodeViewWrapper className="my-3 rounded border border-neutral-400 bg-neutral-100 px-3 py-2 text-sm">
      <p id={nameId} className="font-semibold">{embedName(attrs)}</p>
      <label htmlFor={inputId} className="mt-2 block text-xs font-semibold">
        Judul sematan (opsional)
      </label>
      <input
        id={inputId}
        type="text"
        value={attrs.title ?? ""}
        maxLength={MAX_EMBED_TITLE}
        aria-describedby={nameId}
        placeholder={isEmbedProvider(attrs.provider) ? embedLinkText(attrs.provider) : undefined}
        onChange={(event) => updateAttributes({ title: event.target.value })}
        className="mt-1 w-full rounded border border-neutral-400 bg-white px-2 py-1 font-normal"
      />
    </NodeViewWrapper>
  );
}

/** A post from another platform: provider and id only (lib/body/embeds.ts); made by pasting its address. */
const EmbedBlock = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      provider: { default: null, parseHTML: (box: HTMLElement) => box.getAttribute("data-embed-provider"), renderHTML: () => ({}) },
      id: { default: null, parseHTML: (box: HTMLElement) => box.getAttribute("data-embed-id"), renderHTML: () => ({}) },
      title: { default: null, parseHTML: (box: HTMLElement) => box.getAttribute("data-embed-title"), renderHTML: () => ({}) },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-embed-provider]" }];
  },
  // What a copy out of the editor carries (and parseHTML reads back); the editor shows EmbedView.
  renderHTML({ node }) {
    const attrs = node.attrs as EmbedAttrs;
    return ["div", { "data-embed-provider": attrs.provider, "data-embed-id": attrs.id, "data-embed-title": attrs.title ?? "" }, embedName(attrs)];
  },
  addNodeView() {
    return ReactNodeViewRenderer(EmbedView);
  },
});

type GalleryItem = { mediaId: number; caption: string | null; credit: string | null; src: string | null; alt: string | null };

/** A gallery of library images, each with its caption and credit; `src` and `alt` are for showing it here only. */
const GalleryBlock = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      items: {
        default: [],
        parseHTML: (box: HTMLElement) => JSON.parse(box.getAttribute("data-gallery") || "[]") as GalleryItem[],
        renderHTML: () => ({}),
      },
    };
  },
  parseHTML() {
    return [{ tag: "div[data-gallery]" }];
  },
  renderHTML({ node }) {
    const items = node.attrs.items as GalleryItem[];
    return [
      "div",
      { "data-gallery": JSON.stringify(items), class: "my-3 rounded border border-neutral-200 p-2" },
      ["p", { class: "text-sm font-semibold" }, `Galeri: ${items.length} foto`],
      [
        "div",
        { class: "mt-1 flex gap-2 overflow-x-auto" },
        ...items.map((item) => ["img", { src: item.src ? thumbnailUrl(item.src) : "", alt: item.alt ?? "", class: "h-24 rounded" }]),
      ],
    ];
  },
});

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    underline: false,
    link: { openOnClick: false, autolink: true, protocols: ["mailto"], defaultProtocol: "https" },
  }),
  RelatedArticle,
  ImageBlock,
  EmbedBlock,
  GalleryBlock,
];

type Props = {
  initial: JSONContent;
  onChange: (doc: JSONContent) => void;
  searchAction: (state: ActionState<RelatedChoice[]>, data: FormData) => Promise<ActionState<RelatedChoice[]>>;
  /** The text box's accessible name, where a page has more than one. */
  label?: string;
};

function ToolButton({ label, active, onClick, shortcut }: { label: string; active?: boolean; onClick: () => void; shortcut?: string }) {
  return (
    <button
      type="button"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      aria-pressed={active}
      title={shortcut ? `${label} (${shortcut})` : label}
      className={`rounded border px-2 py-1 text-sm ${active ? "border-neutral-900 bg-neutral-900 text-white" : "border-neutral-300 bg-white"}`}
    >
      {label}
    </button>
  );
}

type Panel = "image" | "gallery" | null;

function Toolbar({ editor, panel, onPanel }: { editor: Editor; panel: Panel; onPanel: (panel: Panel) => void }) {
  const [, rerender] = useState(0);
  // The toolbar shows the marks of the current selection.
  useEffect(() => {
    const update = () => rerender((n) => n + 1);
    editor.on("transaction", update);
    return () => {
      editor.off("transaction", update);
    };
  }, [editor]);
  const chain = () => editor.chain().focus();
  const setLink = () => {
    const previous = editor.getAttributes("link").href as string | undefined;
    const href = window.prompt("Alamat tautan (https://…, kosongkan untuk menghapus)", previous ?? "https://");
    if (href === null) return;
    if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };
  return (
    <div role="toolbar" aria-label="Format isi" className="flex flex-wrap gap-1 border-b border-neutral-300 bg-neutral-50 p-2">
      <ToolButton label="Subjudul" active={editor.isActive("heading", { level: 2 })} onClick={() => chain().toggleHeading({ level: 2 }).run()} shortcut="Ctrl+Alt+2" />
      <ToolButton label="Subjudul kecil" active={editor.isActive("heading", { level: 3 })} onClick={() => chain().toggleHeading({ level: 3 }).run()} shortcut="Ctrl+Alt+3" />
      <ToolButton label="Tebal" active={editor.isActive("bold")} onClick={() => chain().toggleBold().run()} shortcut="Ctrl+B" />
      <ToolButton label="Miring" active={editor.isActive("italic")} onClick={() => chain().toggleItalic().run()} shortcut="Ctrl+I" />
      <ToolButton label="Tautan" active={editor.isActive("link")} onClick={setLink} />
      <ToolButton label="Daftar" active={editor.isActive("bulletList")} onClick={() => chain().toggleBulletList().run()} shortcut="Ctrl+Shift+8" />
      <ToolButton label="Daftar bernomor" active={editor.isActive("orderedList")} onClick={() => chain().toggleOrderedList().run()} shortcut="Ctrl+Shift+7" />
      <ToolButton label="Kutipan" active={editor.isActive("blockquote")} onClick={() => chain().toggleBlockquote().run()} shortcut="Ctrl+Shift+B" />
      <ToolButton label="Sisipkan gambar" active={panel === "image"} onClick={() => onPanel(panel === "image" ? null : "image")} />
      <ToolButton label="Galeri" active={panel === "gallery"} onClick={() => onPanel(panel === "gallery" ? null : "gallery")} />
    </div>
  );
}

/** Photos picked one by one from the library, then inserted as one gallery block. */
function GalleryComposer({ onInsert }: { onInsert: (items: GalleryItem[]) => void }) {
  const [items, setItems] = useState<GalleryItem[]>([]);
  const add = (item: MediaItem) =>
    setItems((current) =>
      current.length >= MAX_GALLERY_ITEMS || current.some((chosen) => chosen.mediaId === item.id)
        ? current
        : [...current, { mediaId: item.id, caption: item.caption, credit: item.credit, src: item.url, alt: item.alt }],
    );
  return (
    <div className="space-y-2 border-b border-neutral-300 bg-neutral-50 p-2">
      <p role="status" className="text-sm">
        Galeri: {items.length} foto dipilih (paling sedikit {MIN_GALLERY_ITEMS}, paling banyak {MAX_GALLERY_ITEMS}).
      </p>
      {items.length > 0 && (
        <ol aria-label="Foto galeri" className="flex flex-wrap gap-2">
          {items.map((item, index) => (
            <li key={item.mediaId} className="w-24 text-xs">
              {/* eslint-disable-next-line @next/next/no-img-element -- a library thumbnail, already at its size */}
              <img src={item.src ? thumbnailUrl(item.src) : ""} alt={item.alt ?? ""} className="h-16 w-full rounded object-cover" />
              <button type="button" onClick={() => setItems(items.filter((_, other) => other !== index))} className="underline">
                Keluarkan foto {index + 1}
              </button>
            </li>
          ))}
        </ol>
      )}
      <MediaPicker idPrefix="gallery-" pickLabel="Tambahkan ke galeri" onPick={add} />
      <button
        type="button"
        disabled={items.length < MIN_GALLERY_ITEMS}
        onClick={() => onInsert(items)}
        className="rounded border border-neutral-900 bg-neutral-900 px-3 py-1 text-sm font-semibold text-white disabled:opacity-50"
      >
        Sisipkan galeri
      </button>
    </div>
  );
}

function RelatedPicker({ editor, searchAction }: { editor: Editor; searchAction: Props["searchAction"] }) {
  const [state, search, pending] = useActionState(offlineSafe(searchAction), IDLE);
  const [query, setQuery] = useState("");
  const [, startTransition] = useTransition();
  const run = () => {
    const data = new FormData();
    data.set("q", query);
    startTransition(() => search(data));
  };
  const insert = (choice: RelatedChoice) => {
    // A selected pending block is replaced: that is how an import's reference is resolved.
    editor.chain().focus().insertContent({ type: "relatedArticle", attrs: { articleId: choice.id, pendingTitle: null, title: choice.title } }).run();
  };
  return (
    <div className="space-y-2 border-t border-neutral-300 bg-neutral-50 p-2">
      <InlineSearch
        id="baca-juga-search"
        label='Cari artikel untuk "Baca juga"'
        placeholder='Cari judul untuk "Baca juga"'
        value={query}
        onChange={setQuery}
        onSearch={run}
        pending={pending}
      />
      <p className="text-xs text-neutral-600">Untuk menautkan blok yang belum ditautkan, klik bloknya dulu lalu pilih artikelnya.</p>
      {state.status === "error" && <p role="alert" className="text-sm text-red-700">{state.message}</p>}
      {state.data && (
        <ul aria-label="Hasil pencarian Baca juga" className="space-y-1 text-sm">
          {state.data.length === 0 && <li>Tidak ada artikel terbit dengan judul itu.</li>}
          {state.data.map((choice) => (
            <li key={choice.id}>
              <button type="button" onClick={() => insert(choice)} className="text-left underline">
                Sisipkan &quot;Baca juga&quot;: {choice.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function BodyEditor({ initial, onChange, searchAction, label = "Isi artikel" }: Props) {
  const editor = useEditor({
    extensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "min-h-64 px-3 py-2 focus:outline-none [&_a]:text-blue-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-neutral-300 [&_blockquote]:pl-3 [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
      },
      // A pasted address of a supported post, alone, becomes an embed; anything else pastes as usual.
      handlePaste: (view, event) => {
        const ref = parseEmbedUrl(event.clipboardData?.getData("text/plain") ?? "");
        const embed = view.state.schema.nodes.embed;
        if (!ref || !embed) return false;
        view.dispatch(view.state.tr.replaceSelectionWith(embed.create(ref)).scrollIntoView());
        return true;
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON()),
  });
  const [panel, setPanel] = useState<Panel>(null);
  const insertBlock = (block: JSONContent) => {
    if (!editor) return;
    // After a selected block (a Baca juga just inserted, another image), never in its place.
    const { selection } = editor.state;
    const chain = editor.chain().focus();
    (selection instanceof NodeSelection ? chain.insertContentAt(selection.to, block) : chain.insertContent(block)).run();
    setPanel(null);
  };
  const insertImage = (item: MediaItem) =>
    insertBlock({ type: "image", attrs: { mediaId: item.id, caption: item.caption, credit: item.credit, src: item.url, alt: item.alt } });
  return (
    <div className="rounded border border-neutral-400 bg-white">
      {editor && <Toolbar editor={editor} panel={panel} onPanel={setPanel} />}
      {panel === "image" && <MediaPicker idPrefix="body-image-" pickLabel="Sisipkan" onPick={insertImage} />}
      {panel === "gallery" && <GalleryComposer onInsert={(items) => insertBlock({ type: "gallery", attrs: { items } })} />}
      <EditorContent editor={editor} />
      {editor && <RelatedPicker editor={editor} searchAction={searchAction} />}
    </div>
  );
}
