import { z } from "zod";
import { tryParseQuantity } from "@/lib/domain/quantity";
import { CurrencyCode } from "./company";

/** A calendar day typed as YYYY-MM-DD (what <input type="date"> sends). */
export const Day = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
    error: "pricing.day",
  });

/** An optional day: an empty field is "no limit" (null). */
export const OptionalDay = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), Day.nullable().default(null));

/** An HTML checkbox: present ("on") when ticked, absent otherwise. */
export const Checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const RecordId = z.string().trim().min(1).max(50);

const PriceListFields = z.object({
  name: z.string().trim().min(1).max(100),
  currencyCode: CurrencyCode,
  taxInclusive: Checkbox,
  validFrom: OptionalDay,
  validTo: OptionalDay,
  isDefault: Checkbox,
  isPublic: Checkbox,
  active: Checkbox,
});

const validRange = (v: { validFrom: string | null; validTo: string | null }) => v.validFrom === null || v.validTo === null || v.validFrom <= v.validTo;

export const PriceListCreateInput = PriceListFields.refine(validRange, { path: ["validTo"], error: "pricing.validRange" });
export type PriceListCreateInput = z.output<typeof PriceListCreateInput>;

export const PriceListUpdateInput = PriceListFields.extend({ id: RecordId }).refine(validRange, { path: ["validTo"], error: "pricing.validRange" });
export type PriceListUpdateInput = z.output<typeof PriceListUpdateInput>;

/** "10" or "1.5" (units, at most 3 decimals, ≥ 0) → thousandths. */
export const QuantityText = z.string().transform((value, ctx) => {
  const qty = tryParseQuantity(value.trim());
  if (qty === null || qty < 0) {
    ctx.addIssue({ code: "custom", message: "pricing.quantity" });
    return z.NEVER;
  }
  return qty;
});

/**
 * The item form. The price stays text here: its decimals depend on the list's currency, which
 * the service reads from the database (never from the form) and parses with.
 */
export const PriceListItemInput = z.object({
  priceListId: RecordId,
  /** Set when editing an existing item (its product, break and price may all change). */
  itemId: z.preprocess((v) => (v === "" ? null : v), RecordId.nullable().default(null)),
  productId: RecordId,
  minQty: QuantityText,
  price: z.string().trim().min(1).max(40),
});
export type PriceListItemInput = z.output<typeof PriceListItemInput>;

export const PriceListItemDeleteInput = z.object({ priceListId: RecordId, itemId: RecordId });
export type PriceListItemDeleteInput = z.output<typeof PriceListItemDeleteInput>;

export const ProductSearchInput = z.object({ q: z.string().trim().max(100) });
