"use server";

import { z } from "zod";
import { BREAKING_LABELS, changeFrontPage, type FrontPageChange } from "@/lib/articles/front-page";
import { newsroomAction } from "@/lib/newsroom/action";
import { wibDateTimeField } from "@/lib/newsroom/form-fields";

const CHOOSE = { error: "Pilih artikel." };
const articleId = z.coerce.number(CHOOSE).int(CHOOSE).positive(CHOOSE);
const emptyAsNull = (value: unknown) => (value === "" ? null : value);

const changeInput = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("pin-headline"), articleId, until: z.preprocess(emptyAsNull, wibDateTimeField.nullable()) }),
    z.object({ kind: z.literal("unpin-headline") }),
    z.object({ kind: z.literal("add-pick"), articleId }),
    z.object({ kind: z.literal("remove-pick"), articleId }),
    z.object({ kind: z.literal("move-pick"), articleId, direction: z.enum(["up", "down"]) }),
    z.object({ kind: z.literal("start-breaking"), articleId, label: z.enum(BREAKING_LABELS, { error: "Pilih label." }), until: wibDateTimeField }),
    z.object({ kind: z.literal("stop-breaking") }),
  ],
  { error: "Tindakan tidak dikenal." },
);

const DONE: Record<FrontPageChange["kind"], string> = {
  "pin-headline": "Berita utama disematkan di beranda.",
  "unpin-headline": "Sematan dilepas; beranda kembali memakai berita terbaru.",
  "add-pick": "Artikel ditambahkan ke Pilihan Redaksi.",
  "remove-pick": "Artikel dihapus dari Pilihan Redaksi.",
  "move-pick": "Urutan Pilihan Redaksi diubah.",
  "start-breaking": "Berita sela tampil di setiap halaman.",
  "stop-breaking": "Berita sela dimatikan.",
};

export const changeFrontPageAction = newsroomAction({ permission: "publish", input: changeInput }, (change, user) => {
  changeFrontPage(user, change);
  return { status: "success", message: DONE[change.kind] };
});
