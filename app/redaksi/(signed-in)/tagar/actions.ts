"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { newsroomAction } from "@/lib/newsroom/action";
import { idField, requiredText } from "@/lib/newsroom/form-fields";
import { deleteHashtag, findHashtagIdByName, hashtagFields, mergeHashtags, updateHashtag } from "@/lib/hashtags/newsroom";
import { hashtagListPath, newsroomHashtagPath } from "@/lib/newsroom/paths";

export const updateHashtagAction = newsroomAction({ permission: "manageTaxonomy", input: hashtagFields.extend({ id: idField }) }, ({ id, ...input }, user) => {
  updateHashtag(user, id, input);
  return { status: "success", message: "Perubahan tagar disimpan." };
});

export const mergeHashtagAction = newsroomAction({ permission: "manageTaxonomy", input: z.object({ id: idField, target: requiredText(101) }) }, ({ id, target }, user) => {
  const targetId = findHashtagIdByName(user, target);
  mergeHashtags(user, id, targetId);
  // The merged hashtag is gone: its page would be a 404.
  redirect(newsroomHashtagPath(targetId));
});

export const deleteHashtagAction = newsroomAction({ permission: "manageTaxonomy", input: z.object({ id: idField }) }, ({ id }, user) => {
  deleteHashtag(user, id);
  redirect(hashtagListPath);
});
