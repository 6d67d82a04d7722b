"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createCategory } from "@/lib/catalog/categories/create-category";
import { deleteCategory } from "@/lib/catalog/categories/delete-category";
import { updateCategory } from "@/lib/catalog/categories/update-category";
import { CategoryCreateInput, CategoryDeleteInput, CategoryUpdateInput } from "@/lib/validation/category";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

/** The form stays on the tree page, which shows the new category. */
export async function createCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(CategoryCreateInput, formObject(form), "catalog.manage", async (actor, input) => {
    await createCategory({ actor, input });
    revalidatePath("/app/catalog", "layout");
    invalidatePublicCatalog();
    return undefined;
  });
}

export async function updateCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(CategoryUpdateInput, formObject(form), "catalog.manage", async (actor, input) => {
    await updateCategory({ actor, input });
    revalidatePath("/app/catalog", "layout");
    invalidatePublicCatalog();
    return undefined;
  });
}

export async function deleteCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await door(CategoryDeleteInput, formObject(form), "catalog.manage", async (actor, input) => {
    await deleteCategory({ actor, id: input.id });
    revalidatePath("/app/catalog", "layout");
    invalidatePublicCatalog();
    return undefined;
  });
  // Outside the door: redirect works by throwing, and only after the delete has committed.
  if (result?.ok) redirect("/app/catalog/categories");
  return result;
}
