import { z } from "zod";
import { Day, RecordId } from "./pricing";
import { quantityText } from "./stock";

// Delivery forms (发货单): the header as typed, the lines as one JSON field of { orderLineId,
// quantity } with the quantity as text. A line left at 0 is simply not delivered this time.

const Text = (max: number) => z.string().trim().max(max).default("");

/** The line editor posts its lines as one JSON field; a malformed one is simply "no lines". */
export function jsonLines<T extends z.ZodType>(line: T) {
  return z.preprocess(
    (raw) => {
      if (typeof raw !== "string") return raw;
      try {
        return JSON.parse(raw);
      } catch {
        return [];
      }
    },
    z.array(line).max(500, { error: "stock.lines" }),
  );
}

/** A quantity field left empty means "none of this line this time". */
export const OptionalQuantity = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? "0" : v), quantityText("zeroOrMore"));

export const DeliveryLineInput = z.object({ orderLineId: RecordId, quantity: OptionalQuantity });

export const DeliveryFormInput = z.object({
  id: RecordId.optional(),
  accountId: RecordId,
  warehouseId: RecordId,
  deliveryDate: Day,
  shippingAddress: Text(1000),
  carrier: Text(100),
  trackingNumber: Text(100),
  notes: Text(1000),
  lines: jsonLines(DeliveryLineInput).transform((lines) => lines.filter((l) => l.quantity > 0)).pipe(z.array(DeliveryLineInput.extend({ quantity: z.number() })).min(1, { error: "sales.noLines" })),
});
export type DeliveryFormInput = z.output<typeof DeliveryFormInput>;

export const DeliveryIdInput = z.object({ id: RecordId });

/** 收货单: the customer's signed receipt; the scan travels as a File beside these fields. */
export const DeliveryReceiptInput = z.object({
  id: RecordId,
  receivedDate: Day,
  receivedBy: z.string().trim().min(1).max(200),
  receiptNote: Text(1000),
});
export type DeliveryReceiptInput = z.output<typeof DeliveryReceiptInput>;
