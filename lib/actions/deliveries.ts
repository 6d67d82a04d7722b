"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { AppError } from "@/lib/errors";
import { cancelDelivery } from "@/lib/sales/deliveries/cancel-delivery";
import { createDelivery } from "@/lib/sales/deliveries/create-delivery";
import { postDelivery } from "@/lib/sales/deliveries/post-delivery";
import { MAX_RECEIPT_BYTES } from "@/lib/sales/deliveries/receipt-files";
import { recordDeliveryReceipt } from "@/lib/sales/deliveries/record-delivery-receipt";
import { updateDelivery } from "@/lib/sales/deliveries/update-delivery";
import { DeliveryFormInput, DeliveryIdInput, DeliveryReceiptInput } from "@/lib/validation/deliveries";

export type DeliveryFormState = ActionState<{ id: string }>;

/** Goods moved: the delivery pages, orders (their delivered quantities) and stock. */
function revalidateDeliveries(): void {
  revalidatePath("/app/sales/deliveries", "layout");
  revalidatePath("/app/sales/orders", "layout");
  revalidatePath("/app/stock", "layout");
}

function then(state: DeliveryFormState, flag: string): DeliveryFormState {
  if (!state?.ok || !state.data) return state;
  revalidateDeliveries();
  // Outside any try: redirect() works by throwing.
  redirect(`/app/sales/deliveries/${state.data.id}?${flag}=1`);
}

/** Saves a draft: new when no id, else the draft's new header and lines. */
export async function saveDeliveryAction(_prev: DeliveryFormState, form: FormData): Promise<DeliveryFormState> {
  const state = await door(DeliveryFormInput, formObject(form), "delivery.manage", async (actor, { id, lines, ...header }) => {
    if (id) return updateDelivery({ actor, id, input: { ...header, lines } });
    const created = await createDelivery({ actor, input: { ...header, lines } });
    return { id: created.id };
  });
  return then(state, "saved");
}

export async function postDeliveryAction(_prev: DeliveryFormState, form: FormData): Promise<DeliveryFormState> {
  const state = await door(DeliveryIdInput, formObject(form), "delivery.manage", async (actor, { id }) => {
    try {
      return await postDelivery({ actor, id });
    } catch (error) {
      // The hold was committed: the order pages must show it even though the post failed.
      if (error instanceof AppError && error.key === "credit.putOnHold") revalidateDeliveries();
      throw error;
    }
  });
  return then(state, "posted");
}

export async function cancelDeliveryAction(_prev: DeliveryFormState, form: FormData): Promise<DeliveryFormState> {
  const state = await door(DeliveryIdInput, formObject(form), "delivery.manage", (actor, { id }) => cancelDelivery({ actor, id }));
  return then(state, "cancelled");
}

/** 收货单: date, signer, note and an optional scan (the bytes are sniffed by the service). */
export async function recordDeliveryReceiptAction(_prev: DeliveryFormState, form: FormData): Promise<DeliveryFormState> {
  const upload = form.get("file");
  const state = await door(DeliveryReceiptInput, formObject(form), "delivery.manage", async (actor, input) => {
    let file: Uint8Array | null = null;
    if (upload instanceof File && upload.size > 0) {
      if (upload.size > MAX_RECEIPT_BYTES) throw new AppError("deliveries.receiptFile", {}, 422);
      file = new Uint8Array(await upload.arrayBuffer());
    }
    return recordDeliveryReceipt({ actor, id: input.id, input: { receivedDate: input.receivedDate, receivedBy: input.receivedBy, receiptNote: input.receiptNote, file } });
  });
  return then(state, "received");
}
