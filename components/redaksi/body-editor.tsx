"use client";

import { NodeSelection } from "@tiptap/pm/state";
import { EditorContent, Node, useEditor, type Editor, type JSONContent } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useActionState, useEffect, useState, useTransition } from "react";
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
];

type Props = {
  initial: JSONContent;
  onChange: (doc: JSONContent) => void;
  searchAction: (state: ActionState<RelatedChoice[]>, data: FormData) => Promise<ActionState<RelatedChoice[]>>;
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

function Toolbar({ editor, onImage, picking }: { editor: Editor; onImage: () => void; picking: boolean }) {
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
      <ToolButton label="Sisipkan gambar" active={picking} onClick={onImage} />
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

export function BodyEditor({ initial, onChange, searchAction }: Props) {
  const editor = useEditor({
    extensions,
    content: initial,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "min-h-64 px-3 py-2 focus:outline-none [&_a]:text-blue-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:border-neutral-300 [&_blockquote]:pl-3 [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Isi artikel",
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON()),
  });
  const [picking, setPicking] = useState(false);
  const insertImage = (item: MediaItem) => {
    if (!editor) return;
    const image = { type: "image", attrs: { mediaId: item.id, caption: item.caption, credit: item.credit, src: item.url, alt: item.alt } };
    // After a selected block (a Baca juga just inserted, another image), never in its place.
    const { selection } = editor.state;
    const chain = editor.chain().focus();
    (selection instanceof NodeSelection ? chain.insertContentAt(selection.to, image) : chain.insertContent(image)).run();
    setPicking(false);
  };
  return (
    <div className="rounded border border-neutral-400 bg-white">
      {editor && <Toolbar editor={editor} onImage={() => setPicking(!picking)} picking={picking} />}
      {picking && <MediaPicker idPrefix="body-image-" pickLabel="Sisipkan" onPick={insertImage} />}
      <EditorContent editor={editor} />
      {editor && <RelatedPicker editor={editor} searchAction={searchAction} />}
    </div>
  );
}
