import type { ButtonHTMLAttributes, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { ActionState } from "@/lib/newsroom/action-state";

// Labelled form controls whose errors and hints are tied to the field (aria-describedby), so a
// screen reader announces them with it.

const controlClass =
  "block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 aria-[invalid=true]:border-red-700";

type FieldFrame = { name: string; id?: string; label: string; hint?: string; errors?: string[] };

function describedBy(id: string, hint?: string, errors?: string[]): string | undefined {
  return [hint && `${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

function Frame({ id, label, hint, errors, children }: Omit<FieldFrame, "name"> & { id: string; children: ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-neutral-800">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-neutral-600">
          {hint}
        </p>
      )}
      {!!errors?.length && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

export function TextField({ name, id = name, label, hint, errors, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Frame id={id} label={label} hint={hint} errors={errors}>
      <input id={id} name={name} className={controlClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...input} />
    </Frame>
  );
}

export function TextArea({ name, id = name, label, hint, errors, ...textarea }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Frame id={id} label={label} hint={hint} errors={errors}>
      <textarea id={id} name={name} className={controlClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...textarea} />
    </Frame>
  );
}

export function SelectField({
  name,
  id = name,
  label,
  hint,
  errors,
  options,
  ...select
}: FieldFrame & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Frame id={id} label={label} hint={hint} errors={errors}>
      <select id={id} name={name} className={controlClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(id, hint, errors)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** The answer of the last submit: an alert for a refusal, a status line for success. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
  if (state.status === "idle" || !state.message) return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      className={`rounded border px-3 py-2 text-sm font-medium ${error ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800"}`}
    >
      {state.message}
    </p>
  );
}

const buttonStyles = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border border-neutral-400 bg-white text-neutral-900 hover:bg-neutral-100",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50",
};

export function SubmitButton({
  pending = false,
  variant = "primary",
  ...button
}: ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean; variant?: keyof typeof buttonStyles }) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`inline-flex items-center rounded px-4 py-2 text-sm font-semibold disabled:opacity-60 ${buttonStyles[variant]}`}
      {...button}
    />
  );
}

/**
 * A search field and its "Cari" button inside a larger form (the editor's pickers): Enter searches
 * instead of submitting the article.
 */
export function InlineSearch({
  id,
  label,
  placeholder,
  value,
  onChange,
  onSearch,
  pending = false,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  onSearch: () => void;
  pending?: boolean;
}) {
  return (
    <div className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            onSearch();
          }
        }}
        className="w-full rounded border border-neutral-400 px-2 py-1 text-sm"
      />
      <button type="button" onClick={onSearch} disabled={pending} className="rounded border border-neutral-400 bg-white px-3 py-1 text-sm">
        Cari
      </button>
    </div>
  );
}
