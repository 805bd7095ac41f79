"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { HashtagSuggestion } from "@/lib/hashtags";
import { IDLE, offlineSafe, type ActionState } from "@/lib/newsroom/action-state";
import { hashtagSlug } from "@/lib/text/slug";

const SUGGEST_DELAY_MS = 200;

type Props = {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  suggestAction: (state: ActionState<HashtagSuggestion[]>, data: FormData) => Promise<ActionState<HashtagSuggestion[]>>;
};

type Option = { name: string; label: string };

/** The tag being typed: whatever follows the last comma or line break. */
function currentFragment(value: string): string {
  return value.split(/[,\n]/).at(-1)!.trim().replace(/^[#＃]+/, "");
}

function withFragmentReplaced(value: string, name: string): string {
  const start = Math.max(value.lastIndexOf(","), value.lastIndexOf("\n")) + 1;
  const before = value.slice(0, start).replace(/\s+$/, "");
  return `${before}${before ? " " : ""}${name}, `;
}

/**
 * The hashtag list as one text field (comma separated, as the house format writes them) with an
 * ARIA combobox offering existing hashtags for the one being typed; a new one is created on save.
 */
export function HashtagField({ value, onChange, errors, suggestAction }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [suggestions, setSuggestions] = useState<HashtagSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const latestRequest = useRef(0);
  const fragment = currentFragment(value);
  const fragmentSlug = hashtagSlug(fragment);

  useEffect(() => {
    if (!fragmentSlug) return;
    const request = ++latestRequest.current;
    const timer = window.setTimeout(async () => {
      const data = new FormData();
      data.set("q", fragment);
      const answer = await offlineSafe(suggestAction)(IDLE, data);
      // An answer to an older fragment is dropped.
      if (request === latestRequest.current) setSuggestions(answer.data ?? []);
    }, SUGGEST_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [fragment, fragmentSlug, suggestAction]);

  const options: Option[] = fragmentSlug
    ? [
        ...suggestions
          .filter((tag) => tag.slug.startsWith(fragmentSlug))
          .map((tag) => ({ name: tag.name, label: `#${tag.name} · ${tag.articles} artikel` })),
        ...(suggestions.some((tag) => tag.slug === fragmentSlug) ? [] : [{ name: fragment.replace(/\s+/g, ""), label: `Buat tagar baru #${fragment.replace(/\s+/g, "")}` }]),
      ]
    : [];
  const expanded = open && options.length > 0;

  const choose = (option: Option) => {
    onChange(withFragmentReplaced(value, option.name));
    setActive(-1);
    setOpen(false);
  };

  const preview = [...new Set(value.split(/[,\n]/).map(hashtagSlug).filter(Boolean))];
  const describedBy = [`${id}-hint`, errors?.length && `${id}-error`].filter(Boolean).join(" ");

  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-semibold text-neutral-800">
        Tagar
      </label>
      <input
        id={id}
        name="hashtags"
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        className="block w-full rounded border border-neutral-400 bg-white px-3 py-2 text-base text-neutral-900 aria-[invalid=true]:border-red-700"
        onChange={(event) => {
          onChange(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            if (!options.length) return;
            event.preventDefault();
            setOpen(true);
            const step = event.key === "ArrowDown" ? 1 : -1;
            setActive((current) => (current + step + options.length) % options.length);
          } else if (event.key === "Escape") {
            setOpen(false);
          } else if (event.key === "Enter") {
            event.preventDefault();
            if (expanded && active >= 0) choose(options[active]!);
            else if (fragmentSlug) onChange(`${value.replace(/[\s,]+$/, "")}, `);
          }
        }}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Saran tagar" className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-neutral-400 bg-white shadow">
          {options.map((option, index) => (
            <li
              key={option.label}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              className={`cursor-pointer px-3 py-2 text-sm ${index === active ? "bg-neutral-900 text-white" : "hover:bg-neutral-100"}`}
            >
              {option.label}
            </li>
          ))}
        </ul>
      )}
      <p id={`${id}-hint`} className="text-xs text-neutral-600">
        Pisahkan dengan koma atau Enter. Ketik untuk memilih tagar yang sudah ada.
      </p>
      {!!errors?.length && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {errors.join(" ")}
        </p>
      )}
      {preview.length > 0 && (
        <p className="flex flex-wrap gap-1 text-xs" aria-label="Tagar tersimpan sebagai">
          {preview.map((slug) => (
            <span key={slug} className="rounded bg-neutral-200 px-2 py-0.5">
              #{slug}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
