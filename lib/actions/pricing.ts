"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createPriceList } from "@/lib/pricing/price-lists/create-price-list";
import { deletePriceListItem } from "@/lib/pricing/price-lists/delete-price-list-item";
import { findProductChoices, type ProductChoice } from "@/lib/pricing/price-lists/find-product-choices";
import { updatePriceList } from "@/lib/pricing/price-lists/update-price-list";
import { upsertPriceListItem } from "@/lib/pricing/price-lists/upsert-price-list-item";
import { PriceListCreateInput, PriceListItemDeleteInput, PriceListItemInput, PriceListUpdateInput, ProductSearchInput } from "@/lib/validation/pricing";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

const LISTS = "/app/pricing/price-lists";

/** New price list; on success to its page, where items are added. */
export async function createPriceListAction(_prev: ActionState<{ id: string }>, form: FormData): Promise<ActionState<{ id: string }>> {
  const state = await door(PriceListCreateInput, formObject(form), "pricing.manage", (actor, input) => createPriceList({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath(LISTS);
  invalidatePublicCatalog();
  // Outside any try: redirect() works by throwing.
  redirect(`${LISTS}/${state.data.id}?created=1`);
}

/** The list's header (name, currency, validity, default, public, active). */
export async function updatePriceListAction(_prev: ActionState<{ id: string; changed: boolean }>, form: FormData): Promise<ActionState<{ id: string; changed: boolean }>> {
  const state = await door(PriceListUpdateInput, formObject(form), "pricing.manage", (actor, input) => updatePriceList({ actor, input }));
  if (!state?.ok) return state;
  revalidatePath(LISTS, "layout");
  invalidatePublicCatalog();
  const t = await getTranslations("pricing");
  return { ...state, message: state.data?.changed ? t("lists.saved") : t("lists.unchanged") };
}

/** Adds or edits one price (a product from a quantity up); the price text is parsed in the list's currency. */
export async function savePriceListItemAction(_prev: ActionState<{ id: string; created: boolean }>, form: FormData): Promise<ActionState<{ id: string; created: boolean }>> {
  const state = await door(PriceListItemInput, formObject(form), "pricing.manage", (actor, input) =>
    upsertPriceListItem({ actor, input: { priceListId: input.priceListId, itemId: input.itemId, productId: input.productId, minQty: input.minQty, unitPrice: input.price } }),
  );
  if (!state?.ok) return state;
  revalidatePath(LISTS, "layout");
  invalidatePublicCatalog();
  const t = await getTranslations("pricing");
  return { ...state, message: t("items.saved") };
}

export async function deletePriceListItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(PriceListItemDeleteInput, formObject(form), "pricing.manage", async (actor, input) => {
    await deletePriceListItem({ actor, ...input });
    return undefined;
  });
  if (state?.ok) {
    revalidatePath(LISTS, "layout");
    invalidatePublicCatalog();
  }
  return state;
}

/** The product picker's search (SKU or name), for people who may price. */
export async function searchProductsAction(q: string): Promise<ProductChoice[]> {
  const state = await door(ProductSearchInput, { q }, "pricing.manage", (actor, input) => findProductChoices({ actor, q: input.q }));
  return state?.ok ? (state.data ?? []) : [];
}
