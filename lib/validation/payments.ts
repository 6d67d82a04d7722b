import { z } from "zod";
import { LineInput, MAX_LINES } from "./lines";

// Payment forms and API bodies. Amounts arrive as decimal text in the document's currency and
// are parsed exactly by the service (lib/domain/money.ts), never through a float.

export const PAYMENT_METHODS = ["bank_transfer", "cash", "card", "cheque", "wechat_pay", "alipay"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

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
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));
const MoneyText = z.string().trim().min(1).max(30);
// The idempotency key is generated when the form renders (or by the API client): opaque text.
export const IdempotencyKeyText = z
  .string()
  .trim()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9_.:-]+$/);

/** Repeated form fields (`allocInvoice`, `allocAmount`) or a JSON array from the API. */
const MAX_ALLOCATIONS = 200;
const list = (v: unknown) => (v === undefined ? [] : ([] as unknown[]).concat(v));

export const AllocationText = z.object({ invoiceId: Id, amount: z.string().trim().max(30) });
export type AllocationText = z.output<typeof AllocationText>;

export const PaymentInput = z.object({
  kind: z.enum(["RECEIPT", "PREPAYMENT"]).default("RECEIPT"),
  accountId: Id,
  orderId: OptionalId,
  amount: MoneyText,
  currencyCode: z.string().trim().length(3),
  method: z.enum(PAYMENT_METHODS),
  paymentDate: Day,
  reference: Text(100),
  notes: Text(1000),
  /** Absent = oldest first (receipts) or none (prepayments); present = exactly these. */
  allocations: z.array(AllocationText).max(MAX_ALLOCATIONS).optional(),
});
export type PaymentInput = z.output<typeof PaymentInput>;

/** The payment form: the allocation grid comes as parallel repeated fields. */
export const PaymentFormInput = z
  .object({
    idempotencyKey: IdempotencyKeyText,
    allocInvoice: z.preprocess(list, z.array(Id).max(MAX_ALLOCATIONS)),
    allocAmount: z.preprocess(list, z.array(z.string().trim().max(30)).max(MAX_ALLOCATIONS)),
  })
  .extend(PaymentInput.omit({ allocations: true }).shape)
  .transform(({ allocInvoice, allocAmount, idempotencyKey, ...rest }) => ({
    idempotencyKey,
    input: { ...rest, allocations: allocInvoice.map((invoiceId, i) => ({ invoiceId, amount: allocAmount[i] ?? "" })) } as PaymentInput,
  }));

/** Apply a payment's or a credit note's remainder to open invoices. */
export const ApplyCreditInput = z
  .object({
    paymentId: OptionalId,
    creditNoteId: OptionalId,
    allocInvoice: z.preprocess(list, z.array(Id).min(1).max(MAX_ALLOCATIONS)),
    allocAmount: z.preprocess(list, z.array(z.string().trim().max(30)).max(MAX_ALLOCATIONS)),
  })
  .refine((v) => (v.paymentId === null) !== (v.creditNoteId === null), { path: ["paymentId"] })
  .transform(({ allocInvoice, allocAmount, ...rest }) => ({ ...rest, allocations: allocInvoice.map((invoiceId, i) => ({ invoiceId, amount: allocAmount[i] ?? "" })) }));
export type ApplyCreditInput = z.output<typeof ApplyCreditInput>;

/** Refund (pay back) a payment's or a credit note's unapplied remainder. */
export const RefundInput = z
  .object({
    idempotencyKey: IdempotencyKeyText,
    paymentId: OptionalId,
    creditNoteId: OptionalId,
    amount: MoneyText,
    method: z.enum(PAYMENT_METHODS),
    paymentDate: Day,
    reference: Text(100),
    notes: Text(1000),
  })
  .refine((v) => (v.paymentId === null) !== (v.creditNoteId === null), { path: ["paymentId"] });
export type RefundInput = z.output<typeof RefundInput>;

/** 现收款: one step — lines (the line editor's JSON), the customer (empty = walk-in) and how paid. */
export const CashSaleInput = z.object({
  accountId: OptionalId,
  method: z.enum(PAYMENT_METHODS).default("cash"),
  reference: Text(100),
  notes: Text(1000),
  lines: z.array(LineInput).min(1).max(MAX_LINES),
});
export type CashSaleInput = z.output<typeof CashSaleInput>;

export const CashSaleFormInput = z.object({
  idempotencyKey: IdempotencyKeyText,
  accountId: z.string().trim().max(50).default(""),
  method: z.enum(PAYMENT_METHODS).default("cash"),
  reference: Text(100),
  notes: Text(1000),
  // The editor posts its rows as one JSON field (components/lines/line-editor.tsx rowsPayload).
  lines: z.preprocess((v) => {
    try {
      return typeof v === "string" ? JSON.parse(v) : v;
    } catch {
      return v;
    }
  }, z.array(LineInput).max(MAX_LINES)),
});
