"use server";

import { z } from "zod";
import { addCorrection, correctionInputSchema, CORRECTION_KIND_LABELS } from "@/lib/articles/corrections";
import { addLiveEntry, deleteLiveEntry, liveEntryFormSchema, setLiveEntryKey, setLiveReportEnded, updateLiveEntry } from "@/lib/articles/live-reports";
import { applyProposal, rejectProposal, reviewNoteField } from "@/lib/articles/proposals";
import { MAX_NOTE_LENGTH, MAX_WITHDRAWAL_REASON_LENGTH, transitionArticle, TRANSITIONS, type ArticleEvent } from "@/lib/articles/workflow";
import { newsroomAction } from "@/lib/newsroom/action";
import { idField, optionalText, wibDateTimeField } from "@/lib/newsroom/form-fields";

const DONE: Record<ArticleEvent, string> = {
  submitted: "Artikel dikirim ke redaktur untuk ditinjau.",
  returned: "Artikel dikembalikan ke penulis beserta catatan Anda.",
  published: "Artikel diterbitkan.",
  scheduled: "Artikel dijadwalkan.",
  rescheduled: "Jadwal tayang diubah.",
  unscheduled: "Jadwal dibatalkan; artikel kembali menjadi draf.",
  unpublished: "Artikel ditarik dari situs dan kembali menjadi draf.",
  withdrawn: "Artikel dicabut. Alamatnya kini menjawab 410 dengan judul, tanggal dan alasan pencabutan.",
  reinstated: "Pencabutan dibatalkan; artikel tayang kembali.",
  trashed: "Artikel dibuang ke tempat sampah.",
  restored: "Artikel dipulihkan sebagai draf.",
  "went-live": "Artikel tayang.",
};

const moveInput = z.object({
  articleId: idField,
  version: idField,
  transition: z.enum(TRANSITIONS, { error: "Tindakan tidak dikenal." }),
  note: optionalText(MAX_NOTE_LENGTH, { multiline: true }).optional(),
  scheduledAt: wibDateTimeField.optional(),
  reason: optionalText(MAX_WITHDRAWAL_REASON_LENGTH, { multiline: true }).optional(),
});

export const moveArticleAction = newsroomAction({ input: moveInput }, (input, user) => {
  const { event } = transitionArticle(
    { kind: "staff", user },
    { articleId: input.articleId, transition: input.transition, expectedVersion: input.version, note: input.note ?? undefined, scheduledAt: input.scheduledAt, reason: input.reason ?? undefined },
  );
  return { status: "success", message: DONE[event] };
});

export const addCorrectionAction = newsroomAction(
  { permission: "publish", input: z.object({ articleId: idField }).and(correctionInputSchema) },
  ({ articleId, ...correction }, user) => {
    addCorrection(user, articleId, correction);
    return { status: "success", message: `${CORRECTION_KIND_LABELS[correction.kind]} ditambahkan dan tampil di akhir artikel.` };
  },
);

export const applyProposalAction = newsroomAction(
  { permission: "changeLiveArticles", input: z.object({ articleId: idField, proposalId: idField, version: idField }) },
  (input, user) => {
    const result = applyProposal(user, input);
    if (!result.ok) {
      return {
        status: "error",
        reason: "conflict",
        message: `Artikel ini sudah diubah (versi ${result.conflict.version}) sejak Anda membandingkannya. Muat ulang halaman, periksa lagi perbandingannya, lalu terapkan.`,
      };
    }
    return { status: "success", message: `Usulan diterapkan sebagai versi ${result.article.version}.` };
  },
);

export const rejectProposalAction = newsroomAction(
  { permission: "changeLiveArticles", input: z.object({ articleId: idField, proposalId: idField, note: reviewNoteField }) },
  (input, user) => {
    rejectProposal(user, input);
    return { status: "success", message: "Usulan ditolak; catatan Anda tampil untuk penulisnya." };
  },
);

const yesNo = z.enum(["0", "1"], { error: "Tidak valid." }).transform((value) => value === "1");

export const addLiveEntryAction = newsroomAction(
  { permission: "publish", input: z.object({ articleId: idField }).and(liveEntryFormSchema) },
  ({ articleId, ...entry }, user) => {
    addLiveEntry(user, articleId, entry);
    return { status: "success", message: "Entri ditambahkan ke laporan langsung." };
  },
);

export const updateLiveEntryAction = newsroomAction(
  { permission: "publish", input: z.object({ entryId: idField, updatedAt: idField }).and(liveEntryFormSchema) },
  ({ entryId, ...entry }, user) => {
    updateLiveEntry(user, entryId, entry);
    return { status: "success", message: "Entri diperbarui." };
  },
);

export const markLiveEntryAction = newsroomAction(
  { permission: "publish", input: z.object({ entryId: idField, isKey: yesNo }) },
  ({ entryId, isKey }, user) => {
    setLiveEntryKey(user, entryId, isKey);
    return { status: "success", message: isKey ? "Entri ditandai sebagai momen penting." : "Tanda momen penting dilepas." };
  },
);

export const deleteLiveEntryAction = newsroomAction({ permission: "publish", input: z.object({ entryId: idField }) }, ({ entryId }, user) => {
  deleteLiveEntry(user, entryId);
  return { status: "success", message: "Entri dihapus dari laporan langsung." };
});

export const endLiveReportAction = newsroomAction(
  { permission: "publish", input: z.object({ articleId: idField, ended: yesNo }) },
  ({ articleId, ended }, user) => {
    setLiveReportEnded(user, articleId, ended);
    return { status: "success", message: ended ? "Laporan langsung diakhiri." : "Laporan langsung dilanjutkan." };
  },
);
