import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, uniqueName } from "@/lib/testing/factories";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { createInvoice } from "./create-invoice";
import { createPostedDeliveryRow, documentLedgers } from "./invoice-test-data";
import { issueInvoice } from "./issue-invoice";
import { createCreditNote, issueCreditNoteInTx } from "./issue-credit-note";

// Credit notes: partial and full, by quantity per line, never more than invoiced less earlier
// credits; they move credited quantities, write negative ledger entries and facts, and apply
// themselves to the original's open amount. A fully credited invoice nets to zero to the fen.

let finance: Actor;
let rep: Actor;
let keeper: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
  rep = await createActor("sales");
  keeper = await createActor("warehouse");
  wh = await defaultWarehouse();
});

const TODAY = "2026-06-15";

/** An issued invoice of 3 × 3.33 (10 % off, 13 %) and 2 × 19.99 (9 %) from one delivery. */
async function issuedInvoice() {
  const account = await createAccountRow({ ownerId: rep.id });
  const [p1, p2] = await Promise.all([createStockProduct(), createStockProduct()]);
  const order = await createOrderRow({
    accountId: account.id,
    ownerId: rep.id,
    warehouseId: wh.id,
    lines: [
      { productId: p1.id, quantity: 3000, unitPrice: 333, discountBp: 1000, vatRateBp: 1300, unitCost: 100 },
      { productId: p2.id, quantity: 2000, unitPrice: 1999, vatRateBp: 900, unitCost: 900 },
    ],
  });
  const delivery = await createPostedDeliveryRow({ accountId: account.id, warehouseId: wh.id, createdById: finance.id, lines: order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity, unitCost: l.unitCost })) });
  const { id } = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, deliveryLines: delivery.lines.map((l) => ({ id: l.id, quantity: l.quantity })) } });
  await issueInvoice({ actor: finance, invoiceId: id, today: TODAY });
  const invoice = await db.invoice.findUniqueOrThrow({ where: { id }, include: { lines: { orderBy: { position: "asc" } } } });
  return { account, order, delivery, invoice };
}

describe(`credit notes on ${dbKind}`, () => {
  it("a partial then a full credit: quantities, ledger, facts and allocations net to zero", async () => {
    const { account, order, delivery, invoice } = await issuedInvoice();
    const [l1, l2] = invoice.lines;
    const partial = await createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: [{ originalLineId: l1.id, quantity: 1000 }], reason: "damaged", date: "2026-06-20" });
    expect(partial.number).toMatch(/^CN-2026-\d{5}$/);
    const cn = await db.invoice.findUniqueOrThrow({ where: { id: partial.id }, include: { lines: true } });
    expect(cn).toMatchObject({ kind: "CREDIT_NOTE", status: "issued", originalInvoiceId: invoice.id, creditReason: "damaged", issueDate: "2026-06-20" });
    expect(cn.lines[0]).toMatchObject({ originalLineId: l1.id, quantity: 1000, orderLineId: l1.orderLineId, deliveryLineId: l1.deliveryLineId });
    // 1 × 3.33 − 10 % = 3.00 (2.997 rounded), + 13 % = 0.39.
    expect(Number(cn.total)).toBe(339);
    expect(partial.allocated).toBe(339);

    await expect(createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: [{ originalLineId: l1.id, quantity: 2001 }], reason: "x" })).rejects.toMatchObject({ key: "invoices.overCredited" });
    await expect(createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: "all", reason: " " })).rejects.toMatchObject({ key: "invoices.reasonRequired" });
    await expect(createCreditNote({ actor: rep, originalInvoiceId: invoice.id, lines: "all", reason: "x" })).rejects.toMatchObject({ status: 404 });

    const rest = await createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: "all", reason: "order cancelled", date: "2026-06-21" });
    const full = await db.invoice.findUniqueOrThrow({ where: { id: rest.id }, include: { lines: { orderBy: { position: "asc" } } } });
    expect(full.lines.map((l) => [l.originalLineId, l.quantity])).toEqual([
      [l1.id, 2000],
      [l2.id, 2000],
    ]);
    // Together the two credit notes are exactly the invoice, line by line and in total.
    expect(Number(cn.total) + Number(full.total)).toBe(Number(invoice.total));
    expect(Number(cn.lines[0].net) + Number(full.lines[0].net)).toBe(Number(l1.net));
    expect(Number(cn.totalBase) + Number(full.totalBase)).toBe(Number(invoice.totalBase));
    await expect(createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: "all", reason: "again" })).rejects.toMatchObject({ key: "invoices.nothingToCredit" });

    const orderLines = await db.salesOrderLine.findMany({ where: { orderId: order.id }, orderBy: { position: "asc" } });
    expect(orderLines.map((l) => [l.invoicedQty, l.creditedQty])).toEqual([
      [3000, 3000],
      [2000, 2000],
    ]);
    const dLines = await db.deliveryLine.findMany({ where: { deliveryId: delivery.id }, orderBy: { position: "asc" } });
    expect(dLines.map((l) => l.creditedQty)).toEqual([3000, 2000]);

    const balance = await db.receivableEntry.aggregate({ where: { accountId: account.id }, _sum: { amount: true, amountBase: true } });
    expect(balance._sum).toEqual({ amount: 0n, amountBase: 0n });
    const facts = await db.salesFact.aggregate({ where: { accountId: account.id }, _sum: { revenue: true, revenueBase: true, taxBase: true, costBase: true, quantity: true } });
    expect(facts._sum).toEqual({ revenue: 0n, revenueBase: 0n, taxBase: 0n, costBase: 0n, quantity: 0 });
    const { entry } = await documentLedgers(rest.id);
    expect(entry).toMatchObject({ kind: "CREDIT_NOTE", amount: -full.total, amountBase: -full.totalBase });
    const allocated = await db.allocation.aggregate({ where: { invoiceId: invoice.id }, _sum: { amount: true } });
    expect(allocated._sum.amount).toBe(invoice.total);
  });

  it("a credit larger than the open amount leaves the rest as the customer's credit", async () => {
    const { account, invoice } = await issuedInvoice();
    // The customer paid all but 5.00 (payments are another area's rows; written directly here).
    const paid = Number(invoice.total) - 500;
    const payment = await db.payment.create({
      data: { number: uniqueName("PAY"), kind: "RECEIPT", accountId: account.id, amount: BigInt(paid), currencyCode: "CNY", amountBase: BigInt(paid), method: "cash", paymentDate: TODAY, createdById: finance.id },
    });
    await db.allocation.create({ data: { accountId: account.id, invoiceId: invoice.id, paymentId: payment.id, amount: BigInt(paid), currencyCode: "CNY", allocatedAt: TODAY, createdById: finance.id } });
    const note = await createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: [{ originalLineId: invoice.lines[1].id, quantity: 1000 }], reason: "price", date: TODAY });
    expect(note.allocated).toBe(500);
    expect(note.total).toBeGreaterThan(500);
  });

  it("a warehouse user posting a return credits it; 6 racing credits of one line never exceed what was invoiced", async () => {
    const { account, invoice, delivery } = await issuedInvoice();
    await expect(createCreditNote({ actor: keeper, originalInvoiceId: invoice.id, lines: "all", reason: "x" })).rejects.toMatchObject({ status: 404 });
    const ret = await db.salesReturn.create({
      data: { number: uniqueName("RT"), accountId: account.id, deliveryId: delivery.id, warehouseId: wh.id, returnDate: TODAY, reason: "wrong colour", createdById: keeper.id },
    });
    const note = await transact((tx) =>
      issueCreditNoteInTx(tx, { actor: keeper, originalInvoiceId: invoice.id, lines: [{ originalLineId: invoice.lines[0].id, quantity: 1000 }], reason: "return", salesReturnId: ret.id, date: TODAY }),
    );
    expect(note.number).toMatch(/^CN-/);

    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => createCreditNote({ actor: finance, originalInvoiceId: invoice.id, lines: [{ originalLineId: invoice.lines[1].id, quantity: 1000 }], reason: "race", date: TODAY })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    const line = await db.salesOrderLine.findUniqueOrThrow({ where: { id: invoice.lines[1].orderLineId! } });
    expect(line.creditedQty).toBe(2000);
    const credited = await db.invoiceLine.aggregate({ where: { originalLineId: invoice.lines[1].id, invoice: { status: "issued" } }, _sum: { quantity: true } });
    expect(credited._sum.quantity).toBe(2000);
  });
});
