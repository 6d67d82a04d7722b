"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createWarehouse, updateWarehouse } from "@/lib/stock/warehouses/save-warehouse";
import { WarehouseInput } from "@/lib/validation/stock";

export type WarehouseFormState = ActionState<{ id: string; changed: boolean }>;

export async function createWarehouseAction(_prev: WarehouseFormState, form: FormData): Promise<WarehouseFormState> {
  const state = await door(WarehouseInput, formObject(form), "stock.manage", async (actor, input) => ({ ...(await createWarehouse({ actor, input })), changed: true }));
  if (!state?.ok) return state;
  revalidatePath("/app/stock", "layout");
  redirect("/app/stock/warehouses?created=1");
}

export async function updateWarehouseAction(_prev: WarehouseFormState, form: FormData): Promise<WarehouseFormState> {
  const schema = WarehouseInput.required({ id: true });
  const state = await door(schema, formObject(form), "stock.manage", (actor, input) => updateWarehouse({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath("/app/stock", "layout");
  const t = await getTranslations("stock");
  return { ...state, message: state.data?.changed ? t("warehouses.saved") : t("warehouses.unchanged") };
}
