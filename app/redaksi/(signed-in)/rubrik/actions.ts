"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { newsroomAction } from "@/lib/newsroom/action";
import { categoryFields, createCategory, deleteCategory, moveCategory, updateCategory } from "@/lib/categories/newsroom";
import { idField } from "@/lib/newsroom/form-fields";
import { categoryListPath } from "@/lib/newsroom/paths";

export const createCategoryAction = newsroomAction({ permission: "manageTaxonomy", input: categoryFields }, (input, user) => {
  createCategory(user, input);
  return { status: "success", message: `Rubrik ${input.name} dibuat, di urutan terakhir.` };
});

export const updateCategoryAction = newsroomAction({ permission: "manageTaxonomy", input: categoryFields.extend({ id: idField }) }, ({ id, ...input }, user) => {
  updateCategory(user, id, input);
  return { status: "success", message: "Perubahan rubrik disimpan." };
});

export const moveCategoryAction = newsroomAction(
  { permission: "manageTaxonomy", input: z.object({ id: idField, direction: z.enum(["up", "down"], { error: "Arah tidak valid." }) }) },
  ({ id, direction }, user) => {
    moveCategory(user, id, direction);
    return { status: "success", message: direction === "up" ? "Rubrik dinaikkan." : "Rubrik diturunkan." };
  },
);

export const deleteCategoryAction = newsroomAction({ permission: "manageTaxonomy", input: z.object({ id: idField }) }, ({ id }, user) => {
  deleteCategory(user, id);
  redirect(categoryListPath);
});
