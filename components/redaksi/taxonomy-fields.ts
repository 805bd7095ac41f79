import type { NewsroomCategory } from "@/lib/categories/newsroom";
import { CATEGORY_DESCRIPTION_MAX, CATEGORY_NAME_MAX } from "@/lib/categories/newsroom";
import type { NewsroomHashtag } from "@/lib/hashtags/newsroom";
import { HASHTAG_DESCRIPTION_MAX } from "@/lib/hashtags/newsroom";
import { DEFAULT_SLUG_MAX_LENGTH, HASHTAG_SLUG_MAX_LENGTH } from "@/lib/text/slug";
import type { FieldSpec } from "./action-form";

/** The category fields, for the create and edit forms. */
export function categoryFormFields(category?: NewsroomCategory): FieldSpec[] {
  return [
    { name: "name", label: "Nama", required: true, maxLength: CATEGORY_NAME_MAX, defaultValue: category?.name },
    {
      name: "slug",
      label: "Slug",
      maxLength: DEFAULT_SLUG_MAX_LENGTH,
      defaultValue: category?.slug,
      hint: category
        ? "Alamat rubrik: /kategori/<slug>. Jika diubah, alamat lama dialihkan (301) ke yang baru."
        : "Alamat rubrik: /kategori/<slug>. Kosongkan untuk dibuat dari nama.",
    },
    { name: "description", kind: "textarea", label: "Deskripsi", rows: 3, maxLength: CATEGORY_DESCRIPTION_MAX, defaultValue: category?.description ?? "" },
  ];
}

/** The hashtag fields of the edit form; the slug follows from the name. */
export function hashtagFormFields(hashtag: NewsroomHashtag): FieldSpec[] {
  return [
    {
      name: "name",
      label: "Nama tampilan",
      required: true,
      maxLength: HASHTAG_SLUG_MAX_LENGTH + 1,
      defaultValue: hashtag.name,
      hint: `Tanpa spasi. Slugnya dibentuk dari nama (sekarang "${hashtag.slug}"); nama yang mengubah slug memindahkan tagar, dan /tag/${hashtag.slug} dialihkan (301) ke alamat baru.`,
    },
    { name: "description", kind: "textarea", label: "Deskripsi", rows: 3, maxLength: HASHTAG_DESCRIPTION_MAX, defaultValue: hashtag.description ?? "" },
  ];
}
