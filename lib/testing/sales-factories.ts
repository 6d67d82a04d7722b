// Test data for quote-to-cash integration tests: rows straight to the database, so a test of
// deliveries does not depend on the order services (and so on). Amounts follow lib/domain/money.
import { db } from "@/lib/db/client";
import { priceLine } from "@/lib/domain/money";
import { uniqueName } from "./factories";

export type OrderLineRow = { productId?: string | null; description?: string; quantity: number; unitPrice: number; discountBp?: number; vatRateBp?: number; stockTracked?: boolean; unitCost?: number };

/** A sales order with lines; status "confirmed" by default, numbered, no reservations made. */
export async function createOrderRow(input: {
  accountId: string;
  ownerId: string;
  warehouseId: string;
  lines: OrderLineRow[];
  status?: "draft" | "confirmed" | "cancelled";
  currencyCode?: string;
  orderDate?: string;
  pricesIncludeTax?: boolean;
}) {
  const pricesIncludeTax = input.pricesIncludeTax ?? false;
  const lines = input.lines.map((l, i) => {
    const vatRateBp = l.vatRateBp ?? 1300;
    const p = priceLine({ unitPrice: l.unitPrice, quantity: l.quantity, discountBp: l.discountBp ?? 0, vatRateBp }, pricesIncludeTax);
    return {
      position: i,
      productId: l.productId ?? null,
      description: l.description ?? `Line ${i + 1}`,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp ?? 0,
      vatRateBp,
      stockTracked: l.stockTracked ?? Boolean(l.productId),
      unitCost: l.unitCost ?? 0,
      net: BigInt(p.net),
      tax: BigInt(p.tax),
      gross: BigInt(p.gross),
    };
  });
  const sum = (k: "net" | "tax" | "gross") => lines.reduce((a, l) => a + l[k], 0n);
  const status = input.status ?? "confirmed";
  return db.salesOrder.create({
    data: {
      number: status === "draft" ? null : uniqueName("SO").toUpperCase(),
      accountId: input.accountId,
      ownerId: input.ownerId,
      warehouseId: input.warehouseId,
      status,
      currencyCode: input.currencyCode ?? "CNY",
      orderDate: input.orderDate ?? new Date().toISOString().slice(0, 10),
      pricesIncludeTax,
      subtotal: sum("net"),
      taxTotal: sum("tax"),
      total: sum("gross"),
      totalBase: sum("gross"),
      confirmedAt: status === "confirmed" ? new Date() : null,
      createdById: input.ownerId,
      lines: { create: lines },
    },
    include: { lines: { orderBy: { position: "asc" } } },
  });
}

/** Sets a customer's credit settings. */
export async function setCreditPolicy(accountId: string, policy: { creditLimit?: number | null; creditOverdueDays?: number; creditCheckAt?: string; creditAction?: string; prepaymentBp?: number }) {
  await db.account.update({ where: { id: accountId }, data: policy });
}
