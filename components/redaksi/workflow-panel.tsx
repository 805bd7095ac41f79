"use client";

import { useActionState } from "react";
import type { Transition } from "@/lib/articles/workflow";
import { IDLE, type ActionState } from "@/lib/newsroom/action-state";
import { FormMessage, SubmitButton, TextArea, TextField } from "./form-controls";

type Props = {
  articleId: number;
  version: number;
  /** The moves the server says this person may make now. */
  transitions: Transition[];
  /** WIB wall-clock "YYYY-MM-DDTHH:mm" to prefill when rescheduling. */
  scheduledAt: string | null;
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
};

const BUTTONS: Partial<Record<Transition, { label: string; variant: "primary" | "secondary" | "danger" }>> = {
  submit: { label: "Kirim ke redaktur", variant: "primary" },
  publish: { label: "Terbitkan sekarang", variant: "primary" },
  unschedule: { label: "Batalkan jadwal", variant: "secondary" },
  unpublish: { label: "Tarik dari situs", variant: "danger" },
  reinstate: { label: "Batalkan pencabutan", variant: "primary" },
  trash: { label: "Buang ke tempat sampah", variant: "danger" },
  restore: { label: "Pulihkan", variant: "primary" },
};

/** The workflow moves for one article; each form names the version it was rendered from. */
export function WorkflowPanel({ articleId, version, transitions, scheduledAt, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const hidden = (transition: Transition) => (
    <>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="transition" value={transition} />
    </>
  );

  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {transitions.length === 0 && <p className="text-sm text-neutral-600">Tidak ada tindakan yang bisa Anda lakukan pada artikel ini sekarang.</p>}
      <div className="flex flex-wrap gap-2">
        {transitions.map((transition) => {
          const button = BUTTONS[transition];
          return button ? (
            <form key={transition} action={formAction}>
              {hidden(transition)}
              <SubmitButton pending={pending} variant={button.variant}>
                {button.label}
              </SubmitButton>
            </form>
          ) : null;
        })}
      </div>
      {transitions.includes("schedule") && (
        <form action={formAction} className="space-y-2 rounded border border-neutral-200 bg-white p-3">
          {hidden("schedule")}
          <TextField
            name="scheduledAt"
            id="workflow-scheduled-at"
            type="datetime-local"
            label="Waktu tayang (WIB)"
            required
            defaultValue={state.values?.scheduledAt ?? scheduledAt ?? undefined}
            errors={state.fieldErrors?.scheduledAt}
          />
          <SubmitButton pending={pending} variant="secondary">
            {scheduledAt ? "Ubah jadwal" : "Jadwalkan"}
          </SubmitButton>
        </form>
      )}
      {transitions.includes("return") && (
        <TextMove
          {...{ formAction, pending, state, hidden }}
          transition="return"
          field={{ name: "note", id: "workflow-note", maxLength: 2000 }}
          label="Catatan untuk penulis"
          hint="Apa yang perlu diperbaiki sebelum artikel bisa terbit."
          submit={{ label: "Kembalikan ke penulis", variant: "secondary" }}
        />
      )}
      {transitions.includes("withdraw") && (
        <TextMove
          {...{ formAction, pending, state, hidden }}
          transition="withdraw"
          field={{ name: "reason", id: "workflow-withdrawal-reason", maxLength: 1000 }}
          label="Alasan pencabutan (tampil untuk pembaca)"
          hint="Pencabutan sesuai Pedoman Pemberitaan Media Siber: alamat artikel tetap ada dan menampilkan judul, tanggal pencabutan dan alasan ini, tanpa isi berita."
          submit={{ label: "Cabut artikel", variant: "danger" }}
        />
      )}
    </div>
  );
}

/** A move that needs a text from the editor: a note for the writer, a reason for readers. */
function TextMove({
  formAction,
  pending,
  state,
  hidden,
  transition,
  field,
  label,
  hint,
  submit,
}: {
  formAction: (data: FormData) => void;
  pending: boolean;
  state: ActionState;
  hidden: (transition: Transition) => React.ReactNode;
  transition: Transition;
  field: { name: "note" | "reason"; id: string; maxLength: number };
  label: string;
  hint: string;
  submit: { label: string; variant: "secondary" | "danger" };
}) {
  return (
    <form action={formAction} className="space-y-2 rounded border border-neutral-200 bg-white p-3">
      {hidden(transition)}
      <TextArea
        {...field}
        label={label}
        hint={hint}
        rows={3}
        required
        defaultValue={state.values?.[field.name]}
        errors={state.fieldErrors?.[field.name]}
      />
      <SubmitButton pending={pending} variant={submit.variant}>
        {submit.label}
      </SubmitButton>
    </form>
  );
}
