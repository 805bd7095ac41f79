"use server";

import { z } from "zod";
import { articleFormSchema, bodyForEditor, restoreRevision, saveArticle, searchPublishedTitles, type EditorSaveData, type PastedCopy } from "@/lib/articles/editor";
import { prepareHouseCopy } from "@/lib/articles/import-house-copy";
import type { StaffUser } from "@/lib/auth/session";
import { suggestHashtags, type HashtagSuggestion } from "@/lib/hashtags";
import { newsroomAction } from "@/lib/newsroom/action";
import type { ActionState } from "@/lib/newsroom/action-state";
import { idField } from "@/lib/newsroom/form-fields";
import { Refusal } from "@/lib/newsroom/refusal";
import { getSiteSettings } from "@/lib/settings";
import { MAX_HOUSE_COPY_CHARS } from "@/lib/text/house-format";

const PROPOSAL_SAVED =
  "Usulan perubahan Anda tersimpan dan menunggu redaktur. Versi yang tayang (atau terjadwal) belum berubah sampai redaktur menerapkannya.";
const SCHEDULE_AGAIN = "Artikel ini terjadwal untuk versi sebelumnya: jadwalkan ulang agar versi ini yang tayang.";

function answerSave(input: z.infer<typeof articleFormSchema>, user: StaffUser): ActionState<EditorSaveData> {
  const result = saveArticle(user, input);
  if (!result.ok) {
    return {
      status: "error",
      reason: "conflict",
      message: `Artikel ini sudah disimpan orang lain (versi ${result.conflict.version}) sejak Anda membukanya. Tulisan Anda belum disimpan dan tetap ada di editor; bandingkan dengan versi mereka di bawah.`,
      data: { conflict: result.conflict },
    };
  }
  const { article } = result;
  const saved = { articleId: article.id, version: article.version, slug: article.slug, proposal: result.proposal };
  if (result.proposal) return { status: "success", message: PROPOSAL_SAVED, data: { saved } };
  const message = [
    result.slugAdjusted
      ? result.slugHeldByOldAddress
        ? `Tersimpan. Slug yang diminta masih menjadi alamat lama artikel lain (alamat itu dialihkan ke sana), jadi dipakai "${article.slug}".`
        : `Tersimpan. Slug yang diminta sudah dipakai artikel lain, jadi dipakai "${article.slug}".`
      : `Tersimpan (versi ${article.version}).`,
    article.status === "scheduled" && article.scheduledVersion !== article.version ? SCHEDULE_AGAIN : "",
  ].join(" ").trim();
  return { status: "success", message, data: { saved } };
}

export const saveArticleAction = newsroomAction({ permission: "writeOwnDrafts", input: articleFormSchema }, answerSave);

// For the new-article page: it takes the article's address with history.replaceState after the first
// save, and a refresh would then render the edit page in its place, remounting the editor mid-sentence.
export const saveNewArticleAction = newsroomAction({ permission: "writeOwnDrafts", input: articleFormSchema, refreshPage: false }, answerSave);

export const searchRelatedAction = newsroomAction<{ q: string }, { id: number; title: string }[]>(
  { permission: "writeOwnDrafts", input: z.object({ q: z.string().trim().max(200) }), refreshPage: false },
  ({ q }) => ({ status: "success", data: searchPublishedTitles(q) }),
);

export const suggestHashtagsAction = newsroomAction<{ q: string }, HashtagSuggestion[]>(
  { permission: "writeOwnDrafts", input: z.object({ q: z.string().trim().max(100) }), refreshPage: false },
  ({ q }) => ({ status: "success", data: suggestHashtags(q) }),
);

export const pasteCopyAction = newsroomAction<{ copy: string }, PastedCopy>(
  {
    permission: "writeOwnDrafts",
    input: z.object({ copy: z.string().max(MAX_HOUSE_COPY_CHARS, { error: "Naskah terlalu panjang." }) }),
    refreshPage: false,
  },
  ({ copy }) => {
    const prepared = prepareHouseCopy(copy, { portalNames: [getSiteSettings().name] });
    if (!prepared.ok) throw new Refusal("invalid", prepared.error.message, "copy");
    const { copy: fields } = prepared;
    return {
      status: "success",
      message: fields.pendingReferences.length
        ? `Naskah terbaca. ${fields.pendingReferences.length} "Baca juga" belum menemukan artikelnya; tautkan sebelum terbit.`
        : "Naskah terbaca. Periksa isiannya lalu simpan.",
      data: {
        title: fields.title ?? "",
        datelinePlace: fields.datelinePlace ?? "",
        body: bodyForEditor(fields.body),
        credits: fields.credits,
        hashtags: fields.hashtags.map((tag) => tag.name).join(", "),
        warnings: fields.warnings.map((warning) => warning.message),
        pendingReferences: fields.pendingReferences,
      },
    };
  },
);

export const restoreRevisionAction = newsroomAction(
  { permission: "writeOwnDrafts", input: z.object({ articleId: idField, revisionId: idField, version: idField }) },
  (input, user) => {
    const result = restoreRevision(user, input);
    if (!result.ok) {
      return { status: "error", reason: "conflict", message: `Artikel ini sudah diubah (versi ${result.conflict.version}). Muat ulang halaman lalu coba lagi.` };
    }
    if (result.proposal) return { status: "success", message: PROPOSAL_SAVED };
    return { status: "success", message: `Revisi dipulihkan sebagai versi ${result.article.version}.` };
  },
);
