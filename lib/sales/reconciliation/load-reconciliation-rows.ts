import "server-only";
import { db } from "@/lib/db/client";
import { convert, toMinor } from "@/lib/domain/money";
import type { DeliveredLine, FactSums, IssuedDocument, LedgerEntry, UndeliveredInvoiceLine } from "./compare-reconciliation";

// The four sides of the reconciliation for the days [from, to], read with bounded queries:
// sums come from groupBy in the database, row lists are read in pages by cursor, and lookups
// by id go in slices, so a year of history never builds one huge statement (P2029).

/** The days [from, to], and optionally one customer (all documents, facts and entries are per account). */
export type Period = { from: string; to: string; accountId?: string };

const PAGE = 1000;
const SLICE = 500;
// Never an undefined filter: without a customer the key is left out, not set to undefined.
const ofAccount = (period: Period) => (period.accountId ? { accountId: period.accountId } : {});
const issued = (period: Period, kind?: "INVOICE" | "CREDIT_NOTE") => ({ status: "issued", issueDate: { gte: period.from, lte: period.to }, ...ofAccount(period), ...(kind ? { kind } : {}) });
const postedIn = (period: Period) => ({ status: "posted", deliveryDate: { gte: period.from, lte: period.to }, ...ofAccount(period) });
const n = (v: bigint | number | null | undefined) => (v === null || v === undefined ? 0 : toMinor(v));

/** Reads every row of a cursor-paged query. */
async function paged<T extends { id: string }>(read: (cursor: { skip: number; cursor?: { id: string } }) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  let last: string | undefined;
  for (;;) {
    const rows = await read(last ? { skip: 1, cursor: { id: last } } : { skip: 0 });
    out.push(...rows);
    if (rows.length < PAGE) return out;
    last = rows[rows.length - 1].id;
  }
}

/** Quantity billed per delivery line by issued documents: invoices add, credit notes subtract. */
async function billedByDeliveryLine(period: Period): Promise<Map<string, number>> {
  const billed = new Map<string, number>();
  const bump = (id: string | null, qty: number) => id && billed.set(id, (billed.get(id) ?? 0) + qty);
  // Lines of any issue date count: a delivery of the period may be billed later or credited.
  const linked = { deliveryLine: { delivery: postedIn(period) } };
  for (const [kind, s] of [["INVOICE", 1], ["CREDIT_NOTE", -1]] as const) {
    const rows = await db.invoiceLine.groupBy({ by: ["deliveryLineId"], where: { ...linked, invoice: { status: "issued", kind } }, _sum: { quantity: true } });
    for (const r of rows) bump(r.deliveryLineId, s * (r._sum.quantity ?? 0));
  }
  // A credit note line may name only the invoice line it corrects: follow it to its delivery line.
  const viaOriginal = await db.invoiceLine.groupBy({
    by: ["originalLineId"],
    where: { deliveryLineId: null, originalLineId: { not: null }, invoice: { status: "issued", kind: "CREDIT_NOTE" } },
    _sum: { quantity: true },
  });
  for (let i = 0; i < viaOriginal.length; i += SLICE) {
    const slice = viaOriginal.slice(i, i + SLICE);
    const originals = await db.invoiceLine.findMany({
      where: { id: { in: slice.map((r) => r.originalLineId as string) }, deliveryLine: { delivery: postedIn(period) } },
      select: { id: true, deliveryLineId: true },
    });
    const deliveryOf = new Map(originals.map((o) => [o.id, o.deliveryLineId]));
    for (const r of slice) bump(deliveryOf.get(r.originalLineId as string) ?? null, -(r._sum.quantity ?? 0));
  }
  return billed;
}

/** (a) Posted delivery lines of the period with their order line and what was billed for them. */
export async function loadDeliveredLines(period: Period): Promise<DeliveredLine[]> {
  const billed = await billedByDeliveryLine(period);
  const rows = await paged((page) =>
    db.deliveryLine.findMany({
      where: { delivery: postedIn(period) },
      orderBy: { id: "asc" },
      take: PAGE,
      ...page,
      select: {
        id: true,
        quantity: true,
        returnedQty: true,
        delivery: { select: { id: true, number: true, deliveryDate: true, accountId: true } },
        orderLine: { select: { quantity: true, net: true, gross: true, order: { select: { id: true, number: true, currencyCode: true, exchangeRate: true, orderDate: true } } } },
      },
    }),
  );
  return rows.map((r) => ({
    deliveryLineId: r.id,
    deliveryId: r.delivery.id,
    deliveryNumber: r.delivery.number,
    deliveryDate: r.delivery.deliveryDate,
    orderId: r.orderLine.order.id,
    orderNumber: r.orderLine.order.number ?? "",
    accountId: r.delivery.accountId,
    keptQty: r.quantity - r.returnedQty,
    invoicedQty: billed.get(r.id) ?? 0,
    orderLine: { quantity: r.orderLine.quantity, net: n(r.orderLine.net), gross: n(r.orderLine.gross) },
    currencyCode: r.orderLine.order.currencyCode,
    exchangeRate: r.orderLine.order.exchangeRate,
    orderDate: r.orderLine.order.orderDate,
  }));
}

/**
 * (a) Goods billed straight from an order line (no delivery line) by an invoice of the period,
 * where the order line's ledger shows more billed than delivered: invoiced-not-delivered.
 */
export async function loadUndeliveredInvoiceLines(period: Period): Promise<UndeliveredInvoiceLine[]> {
  const rows = await paged((page) =>
    db.invoiceLine.findMany({
      where: { deliveryLineId: null, orderLine: { stockTracked: true }, invoice: issued(period, "INVOICE") },
      orderBy: { id: "asc" },
      take: PAGE,
      ...page,
      select: {
        id: true,
        invoice: { select: { id: true, number: true, accountId: true } },
        orderLine: {
          select: {
            id: true,
            quantity: true,
            net: true,
            gross: true,
            deliveredQty: true,
            returnedQty: true,
            invoicedQty: true,
            creditedQty: true,
            order: { select: { id: true, number: true, currencyCode: true, exchangeRate: true, orderDate: true } },
          },
        },
      },
    }),
  );
  const byOrderLine = new Map<string, UndeliveredInvoiceLine>();
  for (const r of rows) {
    const ol = r.orderLine;
    if (!ol) continue;
    const excess = ol.invoicedQty - ol.creditedQty - (ol.deliveredQty - ol.returnedQty);
    // One difference per order line, named after the last invoice that billed it.
    byOrderLine.set(ol.id, {
      invoiceId: r.invoice.id,
      invoiceNumber: r.invoice.number ?? "",
      accountId: r.invoice.accountId,
      excessQty: excess,
      orderId: ol.order.id,
      orderNumber: ol.order.number ?? "",
      orderLine: { quantity: ol.quantity, net: n(ol.net), gross: n(ol.gross) },
      currencyCode: ol.order.currencyCode,
      exchangeRate: ol.order.exchangeRate,
      orderDate: ol.order.orderDate,
    });
  }
  return [...byOrderLine.values()].filter((u) => u.excessQty > 0);
}

/** (b) Invoices and credit notes issued in the period, with their line sums. */
export async function loadIssuedDocuments(period: Period, baseCurrency: string): Promise<IssuedDocument[]> {
  const lineSums = await db.invoiceLine.groupBy({ by: ["invoiceId"], where: { invoice: issued(period) }, _count: { _all: true }, _sum: { quantity: true, net: true } });
  const sums = new Map(lineSums.map((s) => [s.invoiceId, { count: s._count._all, quantity: s._sum.quantity ?? 0, net: n(s._sum.net) }]));
  const rows = await paged((page) =>
    db.invoice.findMany({
      where: issued(period),
      orderBy: { id: "asc" },
      take: PAGE,
      ...page,
      select: { id: true, number: true, kind: true, accountId: true, currencyCode: true, exchangeRate: true, issueDate: true, subtotal: true, total: true, totalBase: true },
    }),
  );
  return rows.map((r) => {
    const subtotal = n(r.subtotal);
    const netBase = r.currencyCode === baseCurrency ? subtotal : convert(subtotal, r.currencyCode, baseCurrency, { rate: r.exchangeRate, date: r.issueDate }).amount;
    return {
      id: r.id,
      number: r.number ?? "",
      kind: r.kind === "CREDIT_NOTE" ? "CREDIT_NOTE" : "INVOICE",
      accountId: r.accountId,
      currencyCode: r.currencyCode,
      subtotal,
      total: n(r.total),
      totalBase: n(r.totalBase),
      netBase,
      lines: sums.get(r.id) ?? { count: 0, quantity: 0, net: 0 },
    };
  });
}

/** (c) Sales facts of the period, summed per invoice by the database. */
export async function loadFactSums(period: Period): Promise<FactSums[]> {
  const rows = await db.salesFact.groupBy({
    by: ["invoiceId"],
    where: { factDate: { gte: period.from, lte: period.to }, ...ofAccount(period) },
    _count: { _all: true },
    _sum: { quantity: true, revenue: true, revenueBase: true, taxBase: true },
  });
  return rows.map((r) => ({
    invoiceId: r.invoiceId,
    count: r._count._all,
    quantity: r._sum.quantity ?? 0,
    revenue: n(r._sum.revenue),
    revenueBase: n(r._sum.revenueBase),
    taxBase: n(r._sum.taxBase),
  }));
}

/** (d) Invoice and credit-note entries of the receivables ledger in the period. */
export async function loadLedgerEntries(period: Period): Promise<LedgerEntry[]> {
  const rows = await paged((page) =>
    db.receivableEntry.findMany({
      where: { kind: { in: ["INVOICE", "CREDIT_NOTE"] }, entryDate: { gte: period.from, lte: period.to }, ...ofAccount(period) },
      orderBy: { id: "asc" },
      take: PAGE,
      ...page,
      select: { id: true, documentId: true, number: true, kind: true, accountId: true, amount: true, amountBase: true },
    }),
  );
  return rows.map((r) => ({ ...r, amount: n(r.amount), amountBase: n(r.amountBase) }));
}
