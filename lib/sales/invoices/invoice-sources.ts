import "server-only";
import type { Tx } from "@/lib/db/client";
import { openToInvoice } from "@/lib/domain/order-status";
import { AppError, NotFoundError } from "@/lib/errors";

// Turns what a person picked (posted delivery lines, order lines, free lines) into invoice line
// drafts with everything copied from their source: price, discount, VAT, cost. Each source is
// checked against the invoice's account inside the caller's transaction, so an id from another
// customer or a draft delivery can never end up on the invoice. Quantities are checked here for
// a helpful message; the binding check is the conditional UPDATE when the invoice is issued.

export type SourceLine = { id: string; quantity: number };
export type FreeLine = {
  productId: string | null;
  description: string;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  /** Base-currency cost per unit for the sales facts; defaults to the product's standard cost. */
  unitCost?: number;
};

export type LineDraft = {
  orderLineId: string | null;
  deliveryLineId: string | null;
  productId: string | null;
  description: string;
  uom: string;
  quantity: number;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  vatCategory: string;
  unitCost: number;
};

/** Header facts that come from the source orders (all must agree on currency and tax mode). */
export type OrderFacts = {
  id: string;
  number: string | null;
  currencyCode: string;
  pricesIncludeTax: boolean;
  ownerId: string;
  teamId: string | null;
  paymentTermsDays: number;
  customerReference: string;
};

type VatRateRow = { code: string; rateBp: number; categoryCode: string };

/** EN 16931 category of a line: the product's own rate when it matches, else the first rate with that percentage. */
export function vatCategoryFor(rates: readonly VatRateRow[], rateBp: number, productVatCode: string | null): string {
  const own = productVatCode ? rates.find((r) => r.code === productVatCode && r.rateBp === rateBp) : undefined;
  return (own ?? rates.find((r) => r.rateBp === rateBp))?.categoryCode ?? (rateBp === 0 ? "Z" : "S");
}

function assertPositive(quantity: number): void {
  if (!Number.isSafeInteger(quantity) || quantity <= 0) throw new AppError("invoices.badQuantity", {}, 422);
}

function assertUnique(ids: string[]): void {
  if (new Set(ids).size !== ids.length) throw new AppError("invoices.duplicateSource", {}, 422);
}

const ORDER_SELECT = {
  id: true,
  number: true,
  accountId: true,
  status: true,
  currencyCode: true,
  pricesIncludeTax: true,
  ownerId: true,
  teamId: true,
  paymentTermsDays: true,
  customerReference: true,
  prepaymentRequired: true,
} as const;

const LINE_SELECT = {
  id: true,
  description: true,
  position: true,
  productId: true,
  uom: true,
  stockTracked: true,
  quantity: true,
  unitPrice: true,
  discountBp: true,
  vatRateBp: true,
  unitCost: true,
  deliveredQty: true,
  returnedQty: true,
  invoicedQty: true,
  creditedQty: true,
  cancelledQty: true,
  product: { select: { vatRateCode: true } },
  order: { select: ORDER_SELECT },
} as const;

/** Delivery lines, order lines and free lines of one account → line drafts and the source orders. */
export async function collectInvoiceSources(
  tx: Tx,
  input: { accountId: string; deliveryLines: SourceLine[]; orderLines: SourceLine[]; freeLines: FreeLine[] },
): Promise<{ drafts: LineDraft[]; orders: OrderFacts[] }> {
  const rates = await tx.vatRate.findMany({ orderBy: { position: "asc" }, select: { code: true, rateBp: true, categoryCode: true } });
  const orders = new Map<string, OrderFacts>();
  // What this invoice takes from each order line, to check the order line's open quantity once.
  const takenFromOrderLine = new Map<string, number>();
  const drafts: LineDraft[] = [];

  const deliveryIds = input.deliveryLines.map((l) => l.id);
  assertUnique(deliveryIds);
  if (deliveryIds.length) {
    const rows = await tx.deliveryLine.findMany({
      where: { id: { in: deliveryIds } },
      select: {
        id: true,
        quantity: true,
        unitCost: true,
        returnedQty: true,
        invoicedQty: true,
        creditedQty: true,
        delivery: { select: { accountId: true, status: true, number: true } },
        orderLine: { select: LINE_SELECT },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const pick of input.deliveryLines) {
      const row = byId.get(pick.id);
      // Another customer's delivery line is as unknown as a missing one.
      if (!row || row.delivery.accountId !== input.accountId) throw new NotFoundError();
      if (row.delivery.status !== "posted") throw new AppError("invoices.deliveryNotPosted", { number: row.delivery.number }, 409);
      assertPositive(pick.quantity);
      const open = row.quantity - row.returnedQty - (row.invoicedQty - row.creditedQty);
      const line = row.orderLine;
      if (pick.quantity > open) throw new AppError("invoices.overInvoiced", { description: line.description }, 409);
      orders.set(line.order.id, line.order);
      takenFromOrderLine.set(line.id, (takenFromOrderLine.get(line.id) ?? 0) + pick.quantity);
      // The cost the goods actually left the warehouse at, set when the delivery was posted.
      drafts.push(fromOrderLine(line, rates, { quantity: pick.quantity, deliveryLineId: row.id, unitCost: row.unitCost }));
    }
  }

  const orderLineIds = input.orderLines.map((l) => l.id);
  assertUnique(orderLineIds);
  if (orderLineIds.length) {
    const rows = await tx.salesOrderLine.findMany({ where: { id: { in: orderLineIds } }, select: LINE_SELECT });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const prepaid = await prepaidOrders(tx, [...new Set(rows.map((r) => r.order.id))]);
    for (const pick of input.orderLines) {
      const line = byId.get(pick.id);
      if (!line || line.order.accountId !== input.accountId) throw new NotFoundError();
      assertPositive(pick.quantity);
      // Goods are invoiced from their delivery notes (结算), unless the customer prepays them.
      if (line.stockTracked && !prepaid.has(line.order.id)) throw new AppError("invoices.goodsNeedDelivery", { description: line.description }, 409);
      orders.set(line.order.id, line.order);
      takenFromOrderLine.set(line.id, (takenFromOrderLine.get(line.id) ?? 0) + pick.quantity);
      drafts.push(fromOrderLine(line, rates, { quantity: pick.quantity, deliveryLineId: null, unitCost: line.unitCost }));
    }
    for (const line of rows) if (line.order.status !== "confirmed") throw new AppError("orders.notConfirmed", { number: line.order.number ?? "" }, 409);
  }

  await checkOrderLinesOpen(tx, takenFromOrderLine);
  drafts.push(...(await freeLineDrafts(tx, input.freeLines, rates)));
  return { drafts, orders: [...orders.values()] };
}

type OrderLineRow = {
  id: string;
  productId: string | null;
  description: string;
  uom: string;
  unitPrice: number;
  discountBp: number;
  vatRateBp: number;
  product: { vatRateCode: string } | null;
};

/** Price, discount and VAT as the order line agreed them. */
function fromOrderLine(line: OrderLineRow, rates: readonly VatRateRow[], take: { quantity: number; deliveryLineId: string | null; unitCost: number }): LineDraft {
  return {
    orderLineId: line.id,
    deliveryLineId: take.deliveryLineId,
    productId: line.productId,
    description: line.description,
    uom: line.uom,
    quantity: take.quantity,
    unitPrice: line.unitPrice,
    discountBp: line.discountBp,
    vatRateBp: line.vatRateBp,
    vatCategory: vatCategoryFor(rates, line.vatRateBp, line.product?.vatRateCode ?? null),
    unitCost: take.unitCost,
  };
}

/** Orders the customer prepays: a prepayment is required or has been received. */
async function prepaidOrders(tx: Tx, orderIds: string[]): Promise<Set<string>> {
  if (orderIds.length === 0) return new Set();
  const [required, paid] = await Promise.all([
    tx.salesOrder.findMany({ where: { id: { in: orderIds }, prepaymentRequired: { gt: 0 } }, select: { id: true } }),
    tx.payment.findMany({ where: { orderId: { in: orderIds }, kind: "PREPAYMENT" }, select: { orderId: true } }),
  ]);
  return new Set([...required.map((o) => o.id), ...paid.map((p) => p.orderId).filter((id): id is string => id !== null)]);
}

async function checkOrderLinesOpen(tx: Tx, taken: Map<string, number>): Promise<void> {
  if (taken.size === 0) return;
  const lines = await tx.salesOrderLine.findMany({
    where: { id: { in: [...taken.keys()] } },
    select: { id: true, description: true, quantity: true, deliveredQty: true, returnedQty: true, invoicedQty: true, creditedQty: true, cancelledQty: true, stockTracked: true },
  });
  for (const line of lines) {
    if ((taken.get(line.id) ?? 0) > openToInvoice(line)) throw new AppError("invoices.overInvoiced", { description: line.description }, 409);
  }
}

async function freeLineDrafts(tx: Tx, lines: FreeLine[], rates: VatRateRow[]): Promise<LineDraft[]> {
  if (lines.length === 0) return [];
  const productIds = [...new Set(lines.map((l) => l.productId).filter((id): id is string => id !== null))];
  const products = productIds.length
    ? await tx.product.findMany({
        where: { id: { in: productIds }, kind: { not: "group" } },
        select: { id: true, uom: true, vatRateCode: true, standardCost: true, nameZh: true },
      })
    : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  return lines.map((l) => {
    const product = l.productId ? byId.get(l.productId) : null;
    if (l.productId && !product) throw new NotFoundError();
    assertPositive(l.quantity);
    if (!Number.isSafeInteger(l.unitPrice) || l.unitPrice < 0) throw new AppError("invoices.badPrice", {}, 422);
    if (!Number.isSafeInteger(l.discountBp) || l.discountBp < 0 || l.discountBp > 10_000) throw new AppError("invoices.badPrice", {}, 422);
    if (!rates.some((r) => r.rateBp === l.vatRateBp)) throw new AppError("invoices.badVatRate", {}, 422);
    const description = l.description.trim() || product?.nameZh || "";
    if (!description) throw new AppError("invoices.badDescription", {}, 422);
    return {
      orderLineId: null,
      deliveryLineId: null,
      productId: product?.id ?? null,
      description,
      uom: product?.uom ?? "EA",
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discountBp: l.discountBp,
      vatRateBp: l.vatRateBp,
      vatCategory: vatCategoryFor(rates, l.vatRateBp, product?.vatRateCode ?? null),
      unitCost: l.unitCost ?? product?.standardCost ?? 0,
    };
  });
}
