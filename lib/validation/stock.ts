import { z } from "zod";
import { tryParseMoney } from "@/lib/domain/money";
import { tryParseQuantity } from "@/lib/domain/quantity";
import { ADJUSTMENT_REASONS } from "@/lib/stock/stock-types";

// Stock forms send quantities and costs as the text people typed; these schemas turn them into
// exact integers (thousandths, minor units) or a translated message (validation.stock.*).

/** One line may move at most a million units: far above real use, far below the column's limit. */
export const MAX_LINE_QUANTITY = 1_000_000_000;
const MAX_UNIT_COST = 2_000_000_000;
const MAX_LINES = 200;

const Id = z.string().trim().min(1).max(50).regex(/^[A-Za-z0-9_-]+$/);
const Note = z.string().trim().max(1000).default("");

type Sign = "positive" | "nonzero" | "zeroOrMore";

export function quantityText(sign: Sign) {
  return z
    .string()
    .trim()
    .min(1)
    .max(30)
    .transform((value, ctx) => {
      const q = tryParseQuantity(value);
      if (q === null || Math.abs(q) > MAX_LINE_QUANTITY) {
        ctx.addIssue({ code: "custom", message: "stock.quantity" });
        return z.NEVER;
      }
      const bad = sign === "positive" ? q <= 0 : sign === "nonzero" ? q === 0 : q < 0;
      if (bad) {
        ctx.addIssue({ code: "custom", message: sign === "nonzero" ? "stock.nonZeroQuantity" : sign === "positive" ? "stock.positiveQuantity" : "stock.quantity" });
        return z.NEVER;
      }
      return q;
    });
}

export function unitCostText(currency: string) {
  return z
    .string()
    .trim()
    .min(1)
    .max(30)
    .transform((value, ctx) => {
      const minor = tryParseMoney(value, currency);
      if (minor === null || minor < 0 || minor > MAX_UNIT_COST) {
        ctx.addIssue({ code: "custom", message: "stock.unitCost" });
        return z.NEVER;
      }
      return minor;
    });
}

/** The line editor posts its lines as one JSON field; a malformed one is simply "no lines". */
function jsonLines<T extends z.ZodType>(line: T) {
  return z.preprocess(
    (raw) => {
      if (typeof raw !== "string") return raw;
      try {
        return JSON.parse(raw);
      } catch {
        return [];
      }
    },
    z.array(line).min(1, { error: "stock.lines" }).max(MAX_LINES, { error: "stock.lines" }),
  );
}

const ProductRef = z.string().trim().min(1, { error: "stock.product" }).max(50).regex(/^[A-Za-z0-9_-]+$/, { error: "stock.product" });

export const ReceiptFormInput = (currency: string) =>
  z.object({
    warehouseId: Id,
    supplierRef: z.string().trim().max(100).default(""),
    note: Note,
    lines: jsonLines(z.object({ productId: ProductRef, quantity: quantityText("positive"), unitCost: unitCostText(currency) })),
  });
export type ReceiptFormInput = z.output<ReturnType<typeof ReceiptFormInput>>;

export const AdjustmentFormInput = z.object({
  warehouseId: Id,
  reason: z.enum(ADJUSTMENT_REASONS),
  note: Note,
  lines: jsonLines(z.object({ productId: ProductRef, quantity: quantityText("nonzero") })),
});
export type AdjustmentFormInput = z.output<typeof AdjustmentFormInput>;

export const TransferFormInput = z.object({
  warehouseId: Id,
  toWarehouseId: Id,
  note: Note,
  lines: jsonLines(z.object({ productId: ProductRef, quantity: quantityText("positive") })),
});
export type TransferFormInput = z.output<typeof TransferFormInput>;

export const ReverseInput = z.object({ id: Id, note: z.string().trim().max(500).default("") });

export const ProductSearchInput = z.object({ q: z.string().max(100).default(""), warehouseId: Id.or(z.literal("")).default("") });

const Flag = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const WarehouseInput = z.object({
  id: Id.optional(),
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,19}$/, { error: "stock.warehouseCode" }),
  name: z.string().trim().min(1).max(100),
  address: z.string().trim().max(300).default(""),
  isDefault: Flag,
  active: Flag,
});
export type WarehouseInput = z.output<typeof WarehouseInput>;

export const StartCountInput = z.object({
  warehouseId: Id,
  categoryId: Id.or(z.literal("")).default("").transform((v) => v || null),
  note: z.string().trim().max(500).default(""),
});
export type StartCountInput = z.output<typeof StartCountInput>;

/** Count entry: inputs named `counted.<productId>`; empty means "not counted yet". */
export const SaveCountInput = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const entries = Object.entries(raw as Record<string, unknown>);
    const counted = Object.fromEntries(entries.filter(([k]) => k.startsWith("counted.")).map(([k, v]) => [k.slice("counted.".length), v]));
    return { id: (raw as Record<string, unknown>).id, counted };
  },
  z.object({
    id: Id,
    counted: z.record(Id, z.union([z.literal("").transform(() => null), quantityText("zeroOrMore")])),
  }),
);
export type SaveCountInput = z.output<typeof SaveCountInput>;

export const CountIdInput = z.object({ id: Id });
