import { z } from "zod";
import { jsonLines, OptionalQuantity } from "./deliveries";
import { Day, RecordId } from "./pricing";

// Return forms (退货): one delivery, a reason, and per delivery line a quantity and what happens
// to the goods (restock: back into stock at the cost they left at; scrap: no stock move).

export const DISPOSITIONS = ["restock", "scrap"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

const ReturnLineText = z.object({ deliveryLineId: RecordId, quantity: OptionalQuantity, disposition: z.enum(DISPOSITIONS) });
const ReturnLine = ReturnLineText.extend({ quantity: z.number() });

export const ReturnFormInput = z.object({
  deliveryId: RecordId,
  returnDate: Day,
  reason: z.string().trim().min(1).max(500),
  notes: z.string().trim().max(1000).default(""),
  lines: jsonLines(ReturnLineText)
    .transform((lines) => lines.filter((l) => l.quantity > 0))
    .pipe(z.array(ReturnLine).min(1, { error: "sales.noLines" })),
});
export type ReturnFormInput = z.output<typeof ReturnFormInput>;

export const ReturnIdInput = z.object({ id: RecordId });
