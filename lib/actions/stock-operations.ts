"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { baseCurrency } from "@/lib/stock/base-currency";
import { postAdjustment } from "@/lib/stock/post-adjustment";
import { postReceipt } from "@/lib/stock/post-receipt";
import { postTransfer } from "@/lib/stock/post-transfer";
import { searchStockProducts, type StockProductMatch } from "@/lib/stock/products/search-stock-products";
import { reverseStockOperation } from "@/lib/stock/reverse-stock-operation";
import { AdjustmentFormInput, ProductSearchInput, ReceiptFormInput, ReverseInput, TransferFormInput } from "@/lib/validation/stock";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

export type StockFormState = ActionState<{ id: string }>;

/** After any posting: the lists and cards that show stock. */
function revalidateStock(): void {
  revalidatePath("/app/stock", "layout");
  invalidatePublicCatalog(); // availability levels
}

function afterPosting(state: StockFormState): StockFormState {
  if (!state?.ok || !state.data) return state;
  revalidateStock();
  // Outside any try: redirect() works by throwing.
  redirect(`/app/stock/operations/${state.data.id}?posted=1`);
}

export async function postReceiptAction(_prev: StockFormState, form: FormData): Promise<StockFormState> {
  const schema = ReceiptFormInput(await baseCurrency());
  const state = await door(schema, formObject(form), "stock.manage", async (actor, input) => {
    const op = await postReceipt({ actor, input: { warehouseId: input.warehouseId, supplierRef: input.supplierRef, note: input.note, lines: input.lines } });
    return { id: op.id };
  });
  return afterPosting(state);
}

export async function postAdjustmentAction(_prev: StockFormState, form: FormData): Promise<StockFormState> {
  const state = await door(AdjustmentFormInput, formObject(form), "stock.manage", async (actor, input) => {
    const op = await postAdjustment({ actor, input: { warehouseId: input.warehouseId, reason: input.reason, note: input.note, lines: input.lines } });
    return { id: op.id };
  });
  return afterPosting(state);
}

export async function postTransferAction(_prev: StockFormState, form: FormData): Promise<StockFormState> {
  const state = await door(TransferFormInput, formObject(form), "stock.manage", async (actor, input) => {
    const op = await postTransfer({ actor, input: { fromWarehouseId: input.warehouseId, toWarehouseId: input.toWarehouseId, note: input.note, lines: input.lines } });
    return { id: op.id };
  });
  return afterPosting(state);
}

export async function reverseStockOperationAction(_prev: StockFormState, form: FormData): Promise<StockFormState> {
  const state = await door(ReverseInput, formObject(form), "stock.manage", async (actor, input) => {
    const op = await reverseStockOperation({ actor, operationId: input.id, note: input.note });
    return { id: op.id };
  });
  return afterPosting(state);
}

/** Product picker of the line editor: matches by SKU or name, with on-hand in the chosen warehouse. */
export async function searchStockProductsAction(input: { q: string; warehouseId: string }): Promise<ActionState<StockProductMatch[]>> {
  return door(ProductSearchInput, input, "stock.manage", (actor, data) => searchStockProducts({ actor, q: data.q, warehouseId: data.warehouseId || null }));
}
