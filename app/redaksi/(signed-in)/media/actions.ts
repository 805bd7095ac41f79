"use server";

import { mediaEditSchema, updateMediaDetails } from "@/lib/media/library";
import { newsroomAction } from "@/lib/newsroom/action";

export const updateMediaAction = newsroomAction({ permission: "writeOwnDrafts", input: mediaEditSchema }, (input, user) => {
  updateMediaDetails(user, input);
  return { status: "success", message: "Keterangan gambar tersimpan." };
});
