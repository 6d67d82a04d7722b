import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { convertToBase } from "@/lib/pricing/convert-to-base";
import type { OrderCreateInput } from "@/lib/validation/orders";
import { checkHeaderRefs, priceOrderLines, type PricedOrderLine } from "./order-values";
import { prepaymentAmount } from "./prepayment";

type DraftInput = Omit<OrderCreateInput, "accountId">;

/** A line as written to SalesOrderLine (without the order id). */
export function lineRow({ lineId: _lineId, ...line }: PricedOrderLine) {
  return line;
}

/** The header fields a person edits on a draft and on a confirmed order alike. */
export function editableHeader(input: Omit<DraftInput, "currencyCode">, pricesIncludeTax: boolean) {
  return {
    contactId: input.contactId,
    priceListId: input.priceListId,
    pricesIncludeTax,
    orderDate: input.orderDate,
    requestedDate: input.requestedDate,
    paymentTermsDays: input.paymentTermsDays,
    customerReference: input.customerReference,
    shippingAddress: input.shippingAddress,
    notes: input.notes,
  };
}

/**
 * The header and lines of a draft order from the form: references checked, lines priced, the
 * total converted to base currency at the latest rate on the order date (the rate is kept on
 * the order), and the prepayment resolved to an amount.
 */
export async function draftValues(tx: Tx, actor: Actor, accountId: string, input: DraftInput) {
  const { pricesIncludeTax } = await checkHeaderRefs(tx, { accountId, contactId: input.contactId, warehouseId: input.warehouseId, priceListId: input.priceListId, currencyCode: input.currencyCode });
  const { lines, totals } = await priceOrderLines(tx, actor, input.lines, input.currencyCode, pricesIncludeTax);
  const base = await convertToBase({ amount: totals.gross, currency: input.currencyCode, date: input.orderDate, tx });
  return {
    header: {
      ...editableHeader(input, pricesIncludeTax),
      warehouseId: input.warehouseId,
      currencyCode: input.currencyCode,
      exchangeRate: base.rate,
      subtotal: BigInt(totals.net),
      taxTotal: BigInt(totals.tax),
      total: BigInt(totals.gross),
      totalBase: BigInt(base.amount),
      prepaymentRequired: BigInt(prepaymentAmount(input.prepaymentKind, input.prepayment, totals.gross, input.currencyCode)),
    },
    lines: lines.map(lineRow),
  };
}
