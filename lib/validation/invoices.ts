import { z } from "zod";
import { jsonLines, OptionalQuantity } from "./deliveries";
import { Day, RecordId } from "./pricing";

// Invoice forms. Lines travel as one JSON field with quantities as text (parsed exactly to
// thousandths); a line left empty or at 0 is not on this document.

const Text = (max: number) => z.string().trim().max(max).default("");

export const InvoiceSourcePick = z.object({ source: z.enum(["delivery", "order"]), id: RecordId, quantity: OptionalQuantity });

export const InvoiceFormInput = z.object({
  accountId: RecordId,
  issueDate: Day,
  notes: Text(2000),
  buyerReference: Text(200),
  lines: jsonLines(InvoiceSourcePick)
    .transform((lines) => lines.filter((l) => l.quantity > 0))
    .pipe(z.array(InvoiceSourcePick.extend({ quantity: z.number() })).min(1, { error: "sales.noLines" })),
});
export type InvoiceFormInput = z.output<typeof InvoiceFormInput>;

export const InvoiceIdInput = z.object({ id: RecordId });

export const InvoiceDraftInput = z.object({
  id: RecordId,
  notes: Text(2000),
  buyerReference: Text(200),
  paymentTermsDays: z.coerce.number().int().min(0).max(365),
});
export type InvoiceDraftInput = z.output<typeof InvoiceDraftInput>;

const CreditPick = z.object({ originalLineId: RecordId, quantity: OptionalQuantity });

export const CreditNoteFormInput = z.object({
  id: RecordId,
  reason: z.string().trim().min(1).max(500),
  lines: jsonLines(CreditPick)
    .transform((lines) => lines.filter((l) => l.quantity > 0))
    .pipe(z.array(CreditPick.extend({ quantity: z.number() })).min(1, { error: "sales.noLines" })),
});
export type CreditNoteFormInput = z.output<typeof CreditNoteFormInput>;
