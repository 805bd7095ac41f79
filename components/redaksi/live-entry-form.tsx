"use client";

import type { JSONContent } from "@tiptap/react";
import { useActionState, useState } from "react";
import { IDLE, offlineSafe, type ActionState } from "@/lib/newsroom/action-state";
import { BodyEditor } from "./body-editor";
import { FormMessage, SubmitButton } from "./form-controls";

const EMPTY_ENTRY: JSONContent = { type: "doc", content: [{ type: "paragraph" }] };

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  searchAction: Parameters<typeof BodyEditor>[0]["searchAction"];
  articleId: number;
  /** The entry being changed; without it the form adds a new one. */
  entry?: { id: number; updatedAt: number; body: JSONContent; isKey: boolean };
};

/** One entry of a Live story, written in the article's body editor; after an entry goes out, the form is empty for the next. */
export function LiveEntryForm({ action, searchAction, articleId, entry }: Props) {
  const [body, setBody] = useState<JSONContent>(entry?.body ?? EMPTY_ENTRY);
  const [isKey, setIsKey] = useState(entry?.isKey ?? false);
  const [editorKey, setEditorKey] = useState(0);
  const [state, formAction, pending] = useActionState(
    offlineSafe<never>(async (previous: ActionState, data: FormData) => {
      const result = await action(previous, data);
      if (!entry && result.status === "success") {
        setBody(EMPTY_ENTRY);
        setIsKey(false);
        setEditorKey((key) => key + 1);
      }
      return result;
    }),
    IDLE,
  );
  const labelId = entry ? `live-entry-${entry.id}-label` : "live-entry-new-label";
  return (
    <form action={formAction} className="space-y-3 rounded border border-neutral-200 bg-white p-3" aria-labelledby={labelId}>
      <h3 id={labelId} className="font-semibold">
        {entry ? "Ubah entri" : "Entri baru"}
      </h3>
      <FormMessage state={state} />
      <input type="hidden" name="articleId" value={articleId} />
      {entry && (
        <>
          <input type="hidden" name="entryId" value={entry.id} />
          <input type="hidden" name="updatedAt" value={entry.updatedAt} />
        </>
      )}
      <input type="hidden" name="body" value={JSON.stringify(body)} />
      <BodyEditor key={editorKey} initial={body} onChange={setBody} searchAction={searchAction} label="Isi entri" />
      {state.fieldErrors?.body && <p className="text-sm font-medium text-red-700">{state.fieldErrors.body.join(" ")}</p>}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isKey" checked={isKey} onChange={(event) => setIsKey(event.target.checked)} className="size-4" />
        Momen penting (juga tampil di daftar teratas laporan)
      </label>
      <SubmitButton pending={pending}>{entry ? "Simpan entri" : "Tayangkan entri"}</SubmitButton>
    </form>
  );
}
