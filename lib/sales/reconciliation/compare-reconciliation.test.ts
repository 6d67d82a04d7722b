import { describe, expect, it } from "vitest";
import { type DeliveredLine, type FactSums, type IssuedDocument, type LedgerEntry, reconcile, valueOf } from "./compare-reconciliation";

// 3 units at 3.33 + 13 % VAT: net 999, gross 1129 — thirds do not divide evenly.
const orderLine = { quantity: 3000, net: 999, gross: 1129 };

function delivered(over: Partial<DeliveredLine> = {}): DeliveredLine {
  return {
    deliveryLineId: "dl1",
    deliveryId: "d1",
    deliveryNumber: "DN-1",
    deliveryDate: "2026-03-02",
    orderId: "o1",
    orderNumber: "SO-1",
    accountId: "a1",
    keptQty: 1000,
    invoicedQty: 1000,
    orderLine,
    currencyCode: "CNY",
    exchangeRate: "1",
    orderDate: "2026-03-01",
    ...over,
  };
}

function doc(over: Partial<IssuedDocument> = {}): IssuedDocument {
  return { id: "i1", number: "INV-1", kind: "INVOICE", accountId: "a1", currencyCode: "CNY", subtotal: 333, total: 376, totalBase: 376, netBase: 333, lines: { count: 1, quantity: 1000, net: 333 }, ...over };
}
const factsOf = (d: IssuedDocument): FactSums => {
  const s = d.kind === "CREDIT_NOTE" ? -1 : 1;
  return { invoiceId: d.id, count: d.lines.count, quantity: s * d.lines.quantity, revenue: s * d.subtotal, revenueBase: s * d.netBase, taxBase: s * (d.totalBase - d.netBase) };
};
const entryOf = (d: IssuedDocument): LedgerEntry => {
  const s = d.kind === "CREDIT_NOTE" ? -1 : 1;
  return { id: `e-${d.id}`, documentId: d.id, number: d.number, kind: d.kind, accountId: d.accountId, amount: s * d.total, amountBase: s * d.totalBase };
};

describe("valueOf", () => {
  it("values quantities pro rata to the rounded line amounts, converted to base at the order's rate", () => {
    expect(valueOf(delivered(), 1000, "CNY")).toEqual({ net: 333, gross: 376 });
    expect(valueOf(delivered(), 3000, "CNY")).toEqual({ net: 999, gross: 1129 });
    expect(valueOf(delivered({ currencyCode: "USD", exchangeRate: "7.1" }), 3000, "CNY")).toEqual({ net: 7093, gross: 8016 });
  });
});

describe("reconcile", () => {
  const inv = doc();
  const credit = doc({ id: "c1", number: "CN-1", kind: "CREDIT_NOTE", subtotal: 333, total: 376, totalBase: 376, netBase: 333 });

  it("finds zero differences when the four sides agree, credit notes included", () => {
    const r = reconcile({
      baseCurrency: "CNY",
      deliveredLines: [delivered({ keptQty: 2000, invoicedQty: 2000 }), delivered({ deliveryLineId: "dl2", keptQty: 0, invoicedQty: 0 })],
      undelivered: [],
      documents: [inv, credit],
      facts: [factsOf(inv), factsOf(credit)],
      entries: [entryOf(inv), entryOf(credit)],
    });
    expect(r.differences).toEqual([]);
    expect(r.summary.delivered).toEqual({ net: 666, gross: 753 });
    expect(r.summary.deliveredInvoiced).toEqual(r.summary.delivered);
    expect(r.summary.invoices).toEqual({ net: 0, gross: 0 });
    expect(r.summary.facts).toEqual(r.summary.invoices);
    expect(r.summary.ledger.gross).toBe(0);
    expect(r.summary.counts).toEqual({ deliveryLines: 2, invoices: 1, creditNotes: 1, facts: 2, ledgerEntries: 2 });
  });

  it("lists delivered-not-invoiced and over-invoiced delivery lines with their quantities and values", () => {
    const r = reconcile({
      baseCurrency: "CNY",
      deliveredLines: [delivered({ keptQty: 3000, invoicedQty: 1000 }), delivered({ deliveryLineId: "dl2", deliveryId: "d2", deliveryNumber: "DN-2", keptQty: 1000, invoicedQty: 2000 })],
      undelivered: [],
      documents: [],
      facts: [],
      entries: [],
    });
    expect(r.differences).toEqual([
      expect.objectContaining({ kind: "delivered_not_invoiced", documentType: "delivery", documentId: "d1", quantity: 2000, expected: 1129, actual: 376, difference: -753 }),
      expect.objectContaining({ kind: "invoiced_not_delivered", documentType: "delivery", documentId: "d2", quantity: -1000, expected: 376, actual: 753, difference: 377 }),
    ]);
  });

  it("lists goods invoiced straight from an order beyond what was delivered", () => {
    const r = reconcile({
      baseCurrency: "CNY",
      deliveredLines: [],
      undelivered: [{ invoiceId: "i9", invoiceNumber: "INV-9", accountId: "a1", excessQty: 1000, orderId: "o1", orderNumber: "SO-1", orderLine, currencyCode: "CNY", exchangeRate: "1", orderDate: "2026-03-01" }],
      documents: [],
      facts: [],
      entries: [],
    });
    expect(r.differences).toEqual([expect.objectContaining({ kind: "invoiced_not_delivered", documentType: "invoice", documentId: "i9", quantity: -1000, difference: 376 })]);
  });

  it("lists missing and wrong facts, missing, wrong and stray ledger entries", () => {
    const other = doc({ id: "i2", number: "INV-2" });
    const third = doc({ id: "i3", number: "INV-3", lines: { count: 2, quantity: 2000, net: 333 } });
    const r = reconcile({
      baseCurrency: "CNY",
      deliveredLines: [],
      undelivered: [],
      documents: [inv, other, third],
      // inv: no facts; third: one fact of its two lines
      facts: [factsOf(other), { ...factsOf(third), count: 1, quantity: 1000 }],
      // other: no entry; third: wrong amount; a stray entry for a document that is not issued
      entries: [entryOf(inv), { ...entryOf(third), amount: 400, amountBase: 400 }, { id: "x", documentId: "ghost", number: "INV-X", kind: "INVOICE", accountId: "a1", amount: 500, amountBase: 500 }],
    });
    expect(r.differences.map((d) => [d.kind, d.documentId])).toEqual([
      ["facts_missing", "i1"],
      ["ledger_missing", "i2"],
      ["facts_mismatch", "i3"],
      ["ledger_mismatch", "i3"],
      ["ledger_orphan", "ghost"],
    ]);
    expect(r.differences.find((d) => d.kind === "ledger_orphan")).toMatchObject({ difference: 500, number: "INV-X" });
    expect(r.summary.ledger.gross).toBe(376 + 400 + 500);
  });

  it("treats facts with the wrong sign on a credit note as a mismatch", () => {
    const r = reconcile({ baseCurrency: "CNY", deliveredLines: [], undelivered: [], documents: [credit], facts: [{ ...factsOf(credit), revenue: 333, quantity: 1000 }], entries: [entryOf(credit)] });
    expect(r.differences.map((d) => d.kind)).toEqual(["facts_mismatch"]);
  });
});
