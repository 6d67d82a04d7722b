import { z } from "zod";
import { LineInput, MAX_LINES } from "./lines";

// Sales orders and credit control: what the order forms post. Money and quantities stay text
// here; the services parse them exactly in the order's currency.

const Text = (max: number) => z.string().trim().max(max).default("");
const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .default("")
  .transform((v) => (v === "" ? null : v));
const Day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "pricing.day" })
  .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: "pricing.day" });
const OptionalDay = z.union([z.literal(""), Day]).default("");
const WholeDays = z
  .string()
  .trim()
  .default("30")
  .refine((v) => /^\d{1,4}$/.test(v === "" ? "0" : v) && Number(v) <= 3650, { error: "crm.paymentTerms" })
  .transform((v) => (v === "" ? 0 : Number(v)));
const Reason = z.string().trim().min(1).max(500);

export const PREPAYMENT_KINDS = ["percent", "amount"] as const;

/** An order line as typed; `lineId` names an existing line when a confirmed order is changed. */
export const OrderLineInput = LineInput.extend({ lineId: Text(50) });
export type OrderLineInput = z.output<typeof OrderLineInput>;

const headerFields = {
  contactId: OptionalId,
  warehouseId: Id,
  priceListId: OptionalId,
  orderDate: Day,
  requestedDate: OptionalDay,
  paymentTermsDays: WholeDays,
  customerReference: Text(100),
  shippingAddress: Text(500),
  notes: Text(2000),
  // "30" with kind percent = 30 % of the total; with kind amount, money in the order currency.
  prepaymentKind: z.enum(PREPAYMENT_KINDS).default("percent"),
  prepayment: Text(30),
  lines: z.array(OrderLineInput).min(1, { error: "sales.noLines" }).max(MAX_LINES),
};

export const OrderCreateInput = z.object({ accountId: Id, currencyCode: z.string().trim().length(3), ...headerFields });
export type OrderCreateInput = z.output<typeof OrderCreateInput>;

/** A draft is edited freely; currency may still change. */
export const OrderUpdateInput = z.object({ id: Id, currencyCode: z.string().trim().length(3), ...headerFields });
export type OrderUpdateInput = z.output<typeof OrderUpdateInput>;

/** A confirmed order is changed with a reason (订单变更); account and currency are fixed. */
export const OrderChangeInput = z.object({ id: Id, reason: Reason, ...headerFields });
export type OrderChangeInput = z.output<typeof OrderChangeInput>;

export const OrderIdInput = z.object({ id: Id });
export type OrderIdInput = z.output<typeof OrderIdInput>;

export const OrderReasonInput = z.object({ id: Id, reason: Reason });
export type OrderReasonInput = z.output<typeof OrderReasonInput>;
