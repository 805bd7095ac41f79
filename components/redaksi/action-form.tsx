"use client";

import { useActionState } from "react";
import { IDLE, type ActionState } from "@/lib/newsroom/action-state";
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from "./form-controls";

/** A form field described by the page (plain data, so a server component can hand it over). */
export type FieldSpec = {
  name: string;
  label: string;
  kind?: "text" | "email" | "url" | "password" | "number" | "datetime-local" | "textarea" | "select";
  defaultValue?: string;
  options?: { value: string; label: string }[];
  hint?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  rows?: number;
  required?: boolean;
  autoComplete?: string;
};

type Props = {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  fields: FieldSpec[];
  /** Fixed values the form posts (ids, versions). */
  hidden?: Record<string, string | number>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Keeps field ids unique when a page has several forms. */
  idPrefix?: string;
  className?: string;
};

/**
 * A newsroom form bound to a server action: shows the action's message and field errors, and puts
 * back what was typed after a refusal (React resets a form once its action has run).
 */
export function ActionForm({ action, fields, hidden = {}, submitLabel, pendingLabel = "Menyimpan…", variant, idPrefix = "", className = "space-y-4" }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={className}>
      <FormMessage state={state} />
      {state.secret && (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Kata sandi sementara (hanya ditampilkan sekali): <code className="select-all font-mono text-base font-semibold" data-testid="one-time-secret">{state.secret}</code>
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map(({ kind = "text", name, defaultValue, options, ...field }) => {
        const common = {
          ...field,
          name,
          id: `${idPrefix}${name}`,
          errors: state.fieldErrors?.[name],
          defaultValue: kind === "password" ? undefined : (state.values?.[name] ?? defaultValue),
        };
        if (kind === "textarea") return <TextArea key={name} {...common} />;
        // A select takes its defaultValue only when mounted (a form reset returns to that), so one
        // showing a different echoed value is mounted anew.
        if (kind === "select") return <SelectField key={`${name}:${common.defaultValue ?? ""}`} {...common} options={options ?? []} />;
        return <TextField key={name} type={kind} {...common} />;
      })}
      <SubmitButton pending={pending} variant={variant}>
        {pending ? pendingLabel : submitLabel}
      </SubmitButton>
    </form>
  );
}
