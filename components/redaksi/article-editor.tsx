"use client";

import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import type { CreditRole } from "@/db/schema";
import type { ConflictView, EditorChoices, EditorSaveData, PastedCopy } from "@/lib/articles/editor";
import { DEK_MAX, SEO_DESCRIPTION_MAX, SEO_TITLE_MAX, TITLE_MAX } from "@/lib/articles/editor-limits";
import type { HashtagSuggestion } from "@/lib/hashtags";
import { IDLE, offlineSafe, type ActionState } from "@/lib/newsroom/action-state";
import { newsroomArticlePath, SIGN_IN_PATH } from "@/lib/newsroom/paths";
import { slugify } from "@/lib/text/slug";
import { CREDIT_ROLE_LABELS } from "@/lib/articles/credit-roles";
import { BodyEditor } from "./body-editor";
import { ConflictMerge } from "./conflict-merge";
import { creditRows, editorFields, type CreditRow, type EditorFields } from "./editor-fields";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "./form-controls";
import { HashtagField } from "./hashtag-field";
import { LocalBackupNotice, useLocalBackup, type LocalBackup } from "./local-backup";
import { FeaturedImageField } from "./media-picker";
import { SeoPreview } from "./seo-preview";

const AUTOSAVE_DELAY_MS = 3000;

type Action<Data> = (state: ActionState<Data>, data: FormData) => Promise<ActionState<Data>>;

type Props = {
  /** The person writing: their unsaved text is kept in this browser under their id. */
  userId: number;
  articleId: number | null;
  version: number | null;
  /** Autosave only where a save changes nothing readers see. */
  autosave: boolean;
  /** This person's saves here are proposed changes for an editor (a writer on a published or scheduled article). */
  proposes?: boolean;
  /** The fields loaded are this writer's open proposal. */
  proposalWaiting?: boolean;
  /** Offer "Ambil alih alamat lama" (editors). */
  mayReleaseOldAddress?: boolean;
  initial: EditorFields;
  choices: EditorChoices;
  saveAction: Action<EditorSaveData>;
  searchAction: Action<{ id: number; title: string }[]>;
  pasteAction: Action<PastedCopy>;
  suggestHashtagsAction: Action<HashtagSuggestion[]>;
};

function formDataOf(fields: EditorFields, articleId: number | null, version: number | null, flags: { autosave: boolean; releaseOldAddress: boolean }): FormData {
  const data = new FormData();
  if (articleId) data.set("articleId", String(articleId));
  if (version) data.set("version", String(version));
  // The server keeps one revision for a run of autosaves; the Simpan button always makes its own.
  if (flags.autosave) data.set("autosave", "1");
  if (flags.releaseOldAddress) data.set("releaseOldAddress", "on");
  for (const name of ["title", "dek", "slug", "datelinePlace", "kind", "categoryId", "hashtags", "seoTitle", "seoDescription"] as const) data.set(name, fields[name]);
  data.set(
    "credits",
    JSON.stringify(
      fields.credits
        .filter((credit) => credit.userId || credit.guestName.trim())
        .map((credit) => (credit.userId ? { role: credit.role, userId: Number(credit.userId) } : { role: credit.role, guestName: credit.guestName })),
    ),
  );
  data.set("featuredMediaId", fields.featuredMedia ? String(fields.featuredMedia.id) : "");
  data.set("body", JSON.stringify(fields.body));
  return data;
}

function Counter({ value, max }: { value: string; max: number }) {
  return <span className={`text-xs ${value.length > max ? "font-semibold text-red-700" : "text-neutral-600"}`}>{value.length}/{max} karakter</span>;
}

export function ArticleEditor({
  userId,
  articleId: initialId,
  version: initialVersion,
  autosave,
  proposes = false,
  proposalWaiting = false,
  mayReleaseOldAddress = false,
  initial,
  choices,
  saveAction,
  searchAction,
  pasteAction,
  suggestHashtagsAction,
}: Props) {
  const [fields, setFields] = useState(initial);
  const [articleId, setArticleId] = useState(initialId);
  const [version, setVersion] = useState(initialVersion);
  const [savedSnapshot, setSavedSnapshot] = useState(() => JSON.stringify(initial));
  const [bodyKey, setBodyKey] = useState(0);
  const [waiting, setWaiting] = useState(proposalWaiting);
  const [releaseOldAddress, setReleaseOldAddress] = useState(false);
  const [, startTransition] = useTransition();
  const sending = useRef<EditorFields>(initial);
  // Fields put in from outside the form (a paste, a merge, a restore) remount the body editor with them.
  const loadFields = (next: EditorFields | ((current: EditorFields) => EditorFields)) => {
    setFields(next);
    setBodyKey((key) => key + 1);
  };

  const [state, save, saving] = useActionState<ActionState<EditorSaveData>, FormData>(async (previous, data) => {
    const result = await offlineSafe(saveAction)(previous, data);
    const saved = result.data?.saved;
    if (saved) {
      setArticleId(saved.articleId);
      setVersion(saved.version);
      setWaiting(saved.proposal);
      setReleaseOldAddress(false);
      const sent = { ...sending.current, slug: saved.slug };
      // The slug as the server settled it, unless it was typed over while saving.
      setFields((current) => (current.slug === sending.current.slug ? { ...current, slug: saved.slug } : current));
      setSavedSnapshot(JSON.stringify(sent));
      // A new article gets its own address without remounting the editor (and losing keystrokes).
      if (!initialId) window.history.replaceState(null, "", newsroomArticlePath(saved.articleId));
    }
    return result;
  }, IDLE);

  const [pasteState, paste, reading] = useActionState<ActionState<PastedCopy>, FormData>(async (previous, data) => {
    const result = await offlineSafe(pasteAction)(previous, data);
    const copy = result.data;
    if (copy) {
      loadFields((current) => ({
        ...current,
        title: copy.title || current.title,
        datelinePlace: copy.datelinePlace,
        hashtags: copy.hashtags,
        credits: creditRows(copy.credits),
        body: copy.body,
      }));
    }
    return result;
  }, IDLE);

  const snapshot = JSON.stringify(fields);
  const dirty = snapshot !== savedSnapshot;

  // The page re-renders after every action of this person. A version this editor did not save (a
  // workflow move) is loaded when nothing is unsaved; otherwise the next save shows the conflict.
  const [serverVersion, setServerVersion] = useState(initialVersion);
  if (initialVersion !== serverVersion) {
    setServerVersion(initialVersion);
    if (initialVersion !== version && !dirty) {
      setVersion(initialVersion);
      setSavedSnapshot(JSON.stringify(initial));
      loadFields(initial);
    }
  }
  // A conflict stays on screen until its merge is loaded into the editor.
  const [mergedConflict, setMergedConflict] = useState<ConflictView | null>(null);
  const conflict = state.data?.conflict && state.data.conflict !== mergedConflict ? state.data.conflict : undefined;
  const backup = useLocalBackup(userId, articleId, fields, version, dirty, JSON.stringify(initial));
  const restoreBackup = (left: LocalBackup) => {
    // Saved under the version it was written on: if the article moved on since, saving shows the merge.
    setVersion(left.version);
    loadFields(left.fields);
    backup.dismiss();
  };
  const loadMerge = (theirs: ConflictView, merged: EditorFields) => {
    setMergedConflict(theirs);
    setVersion(theirs.version);
    setSavedSnapshot(JSON.stringify(editorFields(theirs.theirs)));
    loadFields(merged);
  };

  const submit = (overrideVersion?: number, options: { autosave?: boolean } = {}) => {
    sending.current = fields;
    const data = formDataOf(fields, articleId, overrideVersion ?? version, { autosave: !!options.autosave, releaseOldAddress });
    startTransition(() => save(data));
  };
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });

  const canAutosave = autosave && dirty && !saving && !conflict && fields.title.trim() !== "";
  useEffect(() => {
    if (!canAutosave) return;
    const timer = window.setTimeout(() => submitRef.current(undefined, { autosave: true }), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [canAutosave, snapshot]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    // Leaving the tab (or closing it on a phone) saves a draft at once.
    const flush = () => {
      if (document.visibilityState === "hidden" && canAutosave) submitRef.current(undefined, { autosave: true });
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("visibilitychange", flush);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("visibilitychange", flush);
    };
  }, [dirty, canAutosave]);

  const set = <K extends keyof EditorFields>(name: K, value: EditorFields[K]) => setFields((current) => ({ ...current, [name]: value }));
  const text = (name: "title" | "dek" | "slug" | "datelinePlace" | "hashtags" | "seoTitle" | "seoDescription") => ({
    name,
    value: fields[name],
    onChange: (event: { target: { value: string } }) => set(name, event.target.value),
    errors: state.fieldErrors?.[name],
  });
  const setCredit = (index: number, patch: Partial<CreditRow>) =>
    set("credits", fields.credits.map((credit, i) => (i === index ? { ...credit, ...patch } : credit)));

  return (
    <div className="space-y-6">
      <details className="rounded border border-neutral-300 bg-neutral-50 p-3">
        <summary className="cursor-pointer font-semibold">Tempel naskah</summary>
        <form
          className="mt-3 space-y-2"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            startTransition(() => paste(data));
          }}
        >
          <TextArea name="copy" id="paste-copy" label="Naskah format redaksi" hint="Judul, dateline, isi, Baca juga, Pewarta, dan tagar diisikan ke formulir; periksa sebelum menyimpan." rows={8} errors={pasteState.fieldErrors?.copy} />
          <SubmitButton pending={reading} variant="secondary">Isi formulir dari naskah</SubmitButton>
          <FormMessage state={pasteState} />
          {!!pasteState.data?.warnings.length && (
            <ul aria-label="Peringatan naskah" className="list-disc pl-6 text-sm text-amber-800">
              {pasteState.data.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </form>
      </details>

      <form
        className="space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {proposes && (
          <p className="rounded border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950">
            Artikel ini sudah terbit atau terjadwal. Perubahan yang Anda simpan menjadi <strong>usulan perubahan</strong>: versi yang
            tayang tidak berubah sampai redaktur menerapkannya.
          </p>
        )}
        {backup.left && <LocalBackupNotice backup={backup.left} onRestore={() => restoreBackup(backup.left!)} onDiscard={backup.dismiss} />}
        <FormMessage state={state} />
        {state.reason === "unauthenticated" && (
          <p className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
            Tulisan Anda masih ada di editor; jangan tutup halaman ini.{" "}
            <a href={SIGN_IN_PATH} target="_blank" rel="noopener" className="font-semibold underline">
              Masuk lagi di tab baru
            </a>
            , lalu kembali ke sini dan simpan.
          </p>
        )}
        {conflict && (
          <ConflictMerge
            key={conflict.version}
            mine={fields}
            theirs={editorFields(conflict.theirs)}
            theirVersion={conflict.version}
            choices={choices}
            onMerge={(merged) => loadMerge(conflict, merged)}
            onKeepMine={() => submit(conflict.version)}
          />
        )}

        <div>
          <TextField label="Judul" id="article-title" required maxLength={TITLE_MAX} {...text("title")} />
          <Counter value={fields.title} max={TITLE_MAX} />
        </div>
        <div>
          <TextArea label="Dek (ringkasan)" id="article-dek" rows={2} maxLength={DEK_MAX} {...text("dek")} />
          <Counter value={fields.dek} max={DEK_MAX} />
        </div>
        <TextField
          label="Slug"
          id="article-slug"
          hint={`Alamat: /berita/${slugify(fields.slug || fields.title) || "…"}. Kosongkan untuk dibuat dari judul.`}
          maxLength={200}
          {...text("slug")}
        />
        {mayReleaseOldAddress && (
          <div className="space-y-1 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            <label className="flex items-center gap-2 font-semibold">
              <input type="checkbox" aria-describedby="release-old-address-hint" checked={releaseOldAddress} onChange={(event) => setReleaseOldAddress(event.target.checked)} />
              Ambil alih alamat lama
            </label>
            <p id="release-old-address-hint" className="text-amber-950">
              Hanya jika slug ini pernah menjadi alamat artikel lain: alamat lama itu (mungkin sudah dibagikan dan terindeks mesin
              pencari) tidak lagi mengalihkan ke artikel tersebut, melainkan menampilkan artikel ini. Tanpa centang, slug yang bentrok
              diberi akhiran -2.
            </p>
            {state.fieldErrors?.releaseOldAddress && <p className="font-medium text-red-700">{state.fieldErrors.releaseOldAddress.join(" ")}</p>}
          </div>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <div>
            <TextField label="Tempat dateline" id="article-dateline" list="dateline-places" maxLength={100} {...text("datelinePlace")} />
            <datalist id="dateline-places">
              {choices.places.map((place) => (
                <option key={place} value={place} />
              ))}
            </datalist>
          </div>
          <SelectField
            label="Rubrik"
            id="article-category"
            name="categoryId"
            value={fields.categoryId}
            onChange={(event) => set("categoryId", event.target.value)}
            options={[{ value: "", label: "— Pilih rubrik —" }, ...choices.categories.map((c) => ({ value: String(c.id), label: c.name }))]}
            errors={state.fieldErrors?.categoryId}
          />
          <SelectField
            label="Jenis"
            id="article-kind"
            name="kind"
            value={fields.kind}
            onChange={(event) => set("kind", event.target.value as EditorFields["kind"])}
            options={choices.kinds}
            hint="Advertorial: konten berbayar, ditandai untuk pembaca dan tidak masuk sitemap Google News."
            errors={state.fieldErrors?.kind}
          />
        </div>

        <FeaturedImageField value={fields.featuredMedia} onChange={(item) => set("featuredMedia", item)} errors={state.fieldErrors?.featuredMediaId} />

        <div className="space-y-1">
          <span className="block text-sm font-semibold text-neutral-800" id="body-label">Isi</span>
          <BodyEditor key={bodyKey} initial={fields.body} onChange={(body) => set("body", body)} searchAction={searchAction} />
          {state.fieldErrors?.body && <p className="text-sm font-medium text-red-700">{state.fieldErrors.body.join(" ")}</p>}
        </div>

        <HashtagField value={fields.hashtags} onChange={(value) => set("hashtags", value)} errors={state.fieldErrors?.hashtags} suggestAction={suggestHashtagsAction} />

        <fieldset className="space-y-2 rounded border border-neutral-300 p-3">
          <legend className="px-1 text-sm font-semibold">Kredit</legend>
          {fields.credits.map((credit, index) => (
            <div key={index} className="flex flex-wrap items-end gap-2">
              <label className="text-sm">
                Peran
                <select aria-label={`Peran kredit ${index + 1}`} value={credit.role} onChange={(event) => setCredit(index, { role: event.target.value as CreditRole })} className="ml-1 rounded border border-neutral-400 px-2 py-1">
                  {Object.entries(CREDIT_ROLE_LABELS).map(([role, label]) => (
                    <option key={role} value={role}>{label}</option>
                  ))}
                </select>
              </label>
              <label className="text-sm">
                Staf
                <select aria-label={`Staf kredit ${index + 1}`} value={credit.userId} onChange={(event) => setCredit(index, { userId: event.target.value })} className="ml-1 rounded border border-neutral-400 px-2 py-1">
                  <option value="">Tamu (nama bebas)</option>
                  {choices.staff.map((member) => (
                    <option key={member.id} value={member.id}>{member.name}</option>
                  ))}
                </select>
              </label>
              {!credit.userId && (
                <label className="text-sm">
                  Nama tamu
                  <input aria-label={`Nama tamu kredit ${index + 1}`} value={credit.guestName} maxLength={100} onChange={(event) => setCredit(index, { guestName: event.target.value })} className="ml-1 rounded border border-neutral-400 px-2 py-1" />
                </label>
              )}
              <button type="button" onClick={() => set("credits", fields.credits.filter((_, i) => i !== index))} className="text-sm text-red-700 underline">
                Hapus
              </button>
            </div>
          ))}
          <button type="button" onClick={() => set("credits", [...fields.credits, { role: "pewarta", userId: "", guestName: "" }])} className="text-sm underline">
            Tambah kredit
          </button>
          {state.fieldErrors?.credits && <p className="text-sm font-medium text-red-700">{state.fieldErrors.credits.join(" ")}</p>}
        </fieldset>

        <fieldset className="space-y-2 rounded border border-neutral-300 p-3">
          <legend className="px-1 text-sm font-semibold">Mesin pencari</legend>
          <TextField label="Judul SEO" id="article-seo-title" {...text("seoTitle")} />
          <Counter value={fields.seoTitle} max={SEO_TITLE_MAX} />
          <TextArea label="Deskripsi SEO" id="article-seo-description" rows={2} {...text("seoDescription")} />
          <Counter value={fields.seoDescription} max={SEO_DESCRIPTION_MAX} />
          <SeoPreview fields={fields} site={choices.site} image={fields.featuredMedia} />
        </fieldset>

        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pending={saving}>{saving ? "Menyimpan…" : "Simpan"}</SubmitButton>
          <span role="status" aria-live="polite" className="text-sm text-neutral-700" data-testid="save-state">
            {saving
              ? "Menyimpan…"
              : dirty
                ? "Ada perubahan yang belum disimpan."
                : waiting
                  ? "Usulan tersimpan · menunggu redaktur"
                  : articleId
                    ? `Tersimpan · versi ${version}`
                    : ""}
          </span>
          {!initialId && articleId && !dirty && (
            <a href={newsroomArticlePath(articleId)} className="text-sm underline">
              Buka alur kerja dan revisi
            </a>
          )}
        </div>
      </form>
    </div>
  );
}
