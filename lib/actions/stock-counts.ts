"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { cancelStockCount } from "@/lib/stock/counts/cancel-stock-count";
import { postStockCount, type PostCountResult } from "@/lib/stock/counts/post-stock-count";
import { refreshStockCount } from "@/lib/stock/counts/refresh-stock-count";
import { saveStockCount } from "@/lib/stock/counts/save-stock-count";
import { startStockCount } from "@/lib/stock/counts/start-stock-count";
import { CountIdInput, SaveCountInput, StartCountInput } from "@/lib/validation/stock";
import { invalidatePublicCatalog } from "@/lib/public-catalog/invalidate";

export async function startCountAction(_prev: ActionState<{ id: string }>, form: FormData): Promise<ActionState<{ id: string }>> {
  const state = await door(StartCountInput, formObject(form), "stock.manage", (actor, input) => startStockCount({ actor, input }));
  if (!state?.ok || !state.data) return state;
  revalidatePath("/app/stock/counts");
  redirect(`/app/stock/counts/${state.data.id}`);
}

export async function saveCountAction(_prev: ActionState<{ changed: number }>, form: FormData): Promise<ActionState<{ changed: number }>> {
  const state = await door(SaveCountInput, formObject(form), "stock.manage", (actor, input) => saveStockCount({ actor, input }));
  if (state?.ok) revalidatePath("/app/stock/counts", "layout");
  return state;
}

/** Posts the differences, or comes back with the lines whose stock moved since the snapshot. */
export async function postCountAction(_prev: ActionState<PostCountResult>, form: FormData): Promise<ActionState<PostCountResult>> {
  const state = await door(CountIdInput, formObject(form), "stock.manage", (actor, input) => postStockCount({ actor, id: input.id }));
  if (state?.ok && state.data?.status === "posted") {
    revalidatePath("/app/stock", "layout");
    invalidatePublicCatalog(); // availability levels
  }
  return state;
}

export async function refreshCountAction(_prev: ActionState<{ refreshed: number }>, form: FormData): Promise<ActionState<{ refreshed: number }>> {
  const state = await door(CountIdInput, formObject(form), "stock.manage", (actor, input) => refreshStockCount({ actor, id: input.id }));
  if (state?.ok) revalidatePath("/app/stock/counts", "layout");
  return state;
}

export async function cancelCountAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await door(CountIdInput, formObject(form), "stock.manage", async (actor, input) => {
    await cancelStockCount({ actor, id: input.id });
    return undefined;
  });
  if (state?.ok) revalidatePath("/app/stock/counts", "layout");
  return state;
}
