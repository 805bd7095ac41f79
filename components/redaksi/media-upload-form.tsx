"use client";

import { useRouter } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import type { MediaItem } from "@/lib/media/library";
import { ACCEPTED_TYPES, ALT_MAX, CAPTION_MAX, CREDIT_MAX, MAX_UPLOAD_BYTES, megabytes, UPLOAD_MESSAGES } from "@/lib/media/limits";
import type { UploadAnswer } from "@/lib/media/requests";
import type { ActionState } from "@/lib/newsroom/action-state";
import { FormMessage, TextArea, TextField } from "./form-controls";

export const MEDIA_API_PATH = "/api/media";

const EMPTY = { alt: "", caption: "", credit: "" };

/**
 * Uploads an image with its alt text, caption and credit (all required) to /api/media, which checks
 * the file by its content. A group, not a <form>: it also sits inside the article editor's form, so
 * it submits by its own button and keeps Enter and native `required` checks away from the outer form.
 * Without `onUploaded` the page is refreshed to list the new item.
 */
export function MediaUploadForm({ idPrefix = "upload-", onUploaded }: { idPrefix?: string; onUploaded?: (item: MediaItem) => void }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  // Remounts the file input (clearing it) after an upload.
  const [fileKey, setFileKey] = useState(0);
  const [details, setDetails] = useState(EMPTY);
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const [pending, setPending] = useState(false);

  const upload = async () => {
    if (file && file.size > MAX_UPLOAD_BYTES) {
      const message = UPLOAD_MESSAGES.tooLarge(file.size);
      setState({ status: "error", message, fieldErrors: { file: [message] } });
      return;
    }
    const data = new FormData();
    if (file) data.set("file", file);
    for (const [name, value] of Object.entries(details)) data.set(name, value);
    setPending(true);
    try {
      const response = await fetch(MEDIA_API_PATH, { method: "POST", body: data });
      const answer = (await response.json()) as UploadAnswer;
      if (!response.ok || !answer.media) {
        setState({ status: "error", message: answer.message, fieldErrors: answer.fieldErrors });
        return;
      }
      setDetails(EMPTY);
      setFile(null);
      setFileKey((key) => key + 1);
      setState({ status: "success", message: answer.message });
      if (onUploaded) onUploaded(answer.media);
      else router.refresh();
    } catch {
      setState({ status: "error", message: "Unggahan gagal terkirim. Periksa koneksi, lalu coba lagi." });
    } finally {
      setPending(false);
    }
  };

  const field = (name: keyof typeof EMPTY) => ({
    name,
    id: `${idPrefix}${name}`,
    value: details[name],
    onChange: (event: { target: { value: string } }) => setDetails((current) => ({ ...current, [name]: event.target.value })),
    errors: state.fieldErrors?.[name],
    "aria-required": true,
  });
  const uploadOnEnter = (event: KeyboardEvent) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      void upload();
    }
  };

  return (
    <div role="group" aria-labelledby={`${idPrefix}heading`} className="space-y-3" onKeyDown={uploadOnEnter}>
      <p id={`${idPrefix}heading`} className="font-semibold">Unggah gambar baru</p>
      <FormMessage state={state} />
      <TextField
        type="file"
        key={fileKey}
        onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        name="file"
        id={`${idPrefix}file`}
        label="Berkas gambar"
        accept={ACCEPTED_TYPES}
        aria-required
        hint={`JPEG, PNG, atau WebP, maksimal ${megabytes(MAX_UPLOAD_BYTES)}. Data lokasi dan EXIF lainnya dibuang.`}
        errors={state.fieldErrors?.file}
      />
      <TextField label="Teks alternatif (alt)" maxLength={ALT_MAX} hint="Apa yang terlihat di gambar, untuk pembaca tunanetra." {...field("alt")} />
      <TextArea label="Keterangan foto" rows={2} maxLength={CAPTION_MAX} {...field("caption")} />
      <TextField label="Kredit foto" maxLength={CREDIT_MAX} hint="Misalnya: Andi Foto/RI News." {...field("credit")} />
      <button
        type="button"
        onClick={() => void upload()}
        disabled={pending}
        className="inline-flex items-center rounded bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? "Mengunggah…" : "Unggah"}
      </button>
    </div>
  );
}
