import { z } from "zod";

// A document line as typed in the line editor: texts the service parses exactly (quantity in the
// product's unit, money in the document currency, discount in percent). Shared by opportunities
// now and by quotes, orders and invoices later.
export const LineInput = z.object({
  productId: z
    .string()
    .trim()
    .max(50)
    .default("")
    .transform((v) => (v === "" ? null : v)),
  description: z.string().trim().max(500).default(""),
  quantity: z.string().trim().min(1).max(20),
  unitPrice: z.string().trim().min(1).max(30),
  discount: z.string().trim().max(6).default(""),
});
export type LineInput = z.output<typeof LineInput>;

export const MAX_LINES = 200;
export const LinesInput = z.array(LineInput).max(MAX_LINES);

export const OpportunityLinesInput = z.object({ id: z.string().trim().min(1).max(50), lines: LinesInput });
export type OpportunityLinesInput = z.output<typeof OpportunityLinesInput>;

export const LineProductSearchInput = z.object({
  q: z.string().trim().min(1).max(100),
  // The account whose price list prices the suggestion, and the document currency.
  accountId: z.string().trim().max(50).default(""),
  currencyCode: z.string().trim().length(3),
});
export type LineProductSearchInput = z.output<typeof LineProductSearchInput>;
