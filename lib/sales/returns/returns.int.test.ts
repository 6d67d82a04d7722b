import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createDelivery } from "@/lib/sales/deliveries/create-delivery";
import { postDelivery } from "@/lib/sales/deliveries/post-delivery";
import { createInvoice } from "@/lib/sales/invoices/create-invoice";
import { issueInvoice } from "@/lib/sales/invoices/issue-invoice";
import { postReceipt } from "@/lib/stock/post-receipt";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOrderRow } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, ledgerMismatches, type TestWarehouse } from "@/lib/testing/stock-factories";
import { parseTableParams } from "@/lib/table/params";
import { cancelReturn } from "./cancel-return";
import { createReturn } from "./create-return";
import { findReturn } from "./find-return";
import { findReturnableLines } from "./find-returnable-lines";
import { findReturns } from "./find-returns";
import { postReturn } from "./post-return";
import { RETURNS_TABLE } from "./returns-table";

// Returns (退货) against a real database: limits, restock at the original cost vs scrap, ledgers
// under concurrency, scope.

let keeper: Actor;
let finance: Actor;
let rep: Actor;
let otherRep: Actor;
let wh: TestWarehouse;
const TODAY = "2026-06-15";
const keyOf = (e: unknown) => (e instanceof AppError ? e.key : String(e));

beforeAll(async () => {
  await createCompany();
  keeper = await createActor("warehouse");
  finance = await createActor("finance");
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  wh = await defaultWarehouse();
});

const level = (productId: string) => db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId, warehouseId: wh.id } } });

/** A posted delivery of `units` of a product received at 10.00, then received again at 30.00 (average moves). */
async function postedDelivery(units: number[]) {
  const account = await createAccountRow({ ownerId: rep.id });
  const products = [];
  for (const _ of units) {
    const p = await createStockProduct();
    await postReceipt({ actor: keeper, input: { warehouseId: wh.id, lines: [{ productId: p.id, quantity: 10_000, unitCost: 1000 }] } });
    products.push(p);
  }
  const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, lines: products.map((p, i) => ({ productId: p.id, quantity: units[i] * 1000, unitPrice: 5000 })) });
  const d = await createDelivery({
    actor: keeper,
    input: { accountId: account.id, warehouseId: wh.id, deliveryDate: TODAY, shippingAddress: "", carrier: "", trackingNumber: "", notes: "", lines: order.lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity })) },
  });
  await postDelivery({ actor: keeper, id: d.id, today: TODAY });
  // Later receipts at another cost: a return must come back at 10.00, not the new average.
  for (const p of products) await postReceipt({ actor: keeper, input: { warehouseId: wh.id, lines: [{ productId: p.id, quantity: 10_000, unitCost: 3000 }] } });
  const lines = await db.deliveryLine.findMany({ where: { deliveryId: d.id }, orderBy: { position: "asc" } });
  return { account, products, order, delivery: d, lines };
}

const input = (deliveryId: string, lines: { deliveryLineId: string; quantity: number; disposition: "restock" | "scrap" }[]) => ({ deliveryId, returnDate: TODAY, reason: "破损", notes: "", lines });

describe("returns", () => {
  it("restocks at the original cost, scraps without a stock move, moves both ledgers", async () => {
    const { products, order, delivery, lines } = await postedDelivery([5, 4]);
    const offer = await findReturnableLines({ actor: keeper, deliveryId: delivery.id });
    expect(offer.lines.map((l) => l.returnable)).toEqual([5000, 4000]);
    const ret = await createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 2000, disposition: "restock" }, { deliveryLineId: lines[1].id, quantity: 1000, disposition: "scrap" }]) });
    const before = await Promise.all(products.map((p) => level(p.id)));
    await postReturn({ actor: keeper, id: ret.id });

    const after = await Promise.all(products.map((p) => level(p.id)));
    expect(after[0].onHand - before[0].onHand).toBe(2000);
    expect(after[1].onHand).toBe(before[1].onHand); // scrapped
    const posted = await findReturn({ actor: keeper, id: ret.id });
    expect(posted.status).toBe("posted");
    const moves = await db.stockMove.findMany({ where: { operationId: posted.stockOperationId! } });
    expect(moves.map((m) => [m.productId, m.quantity, m.unitCost])).toEqual([[products[0].id, 2000, 1000]]);
    expect(posted.lines.map((l) => l.unitCost)).toEqual([1000, 1000]);
    expect(await db.deliveryLine.findMany({ where: { deliveryId: delivery.id }, orderBy: { position: "asc" }, select: { returnedQty: true } })).toEqual([{ returnedQty: 2000 }, { returnedQty: 1000 }]);
    expect(await db.salesOrderLine.findMany({ where: { orderId: order.id }, orderBy: { position: "asc" }, select: { returnedQty: true } })).toEqual([{ returnedQty: 2000 }, { returnedQty: 1000 }]);
    expect(posted.creditNoteId).toBeNull(); // nothing was invoiced
    expect(await ledgerMismatches()).toEqual([]);
    await expect(postReturn({ actor: keeper, id: ret.id })).rejects.toMatchObject({ key: "deliveries.returnNotDraft" });
  });

  it("never more than delivered − already returned, also when returns post at once", async () => {
    const { delivery, lines } = await postedDelivery([3]);
    await expect(createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 4000, disposition: "restock" }]) })).rejects.toMatchObject({ key: "deliveries.overReturn" });
    const drafts = [];
    for (let i = 0; i < 5; i++) drafts.push(await createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 2000, disposition: "restock" }]) }));
    const results = await Promise.allSettled(drafts.map((d) => postReturn({ actor: keeper, id: d.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("deliveries.overReturn");
    expect((await db.deliveryLine.findUniqueOrThrow({ where: { id: lines[0].id } })).returnedQty).toBe(2000);
    await expect(createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 1001, disposition: "scrap" }]) })).rejects.toMatchObject({ key: "deliveries.overReturn" });
    const rest = drafts.find((_, i) => results[i].status === "rejected")!;
    await cancelReturn({ actor: keeper, id: rest.id });
    expect((await db.salesReturn.findUniqueOrThrow({ where: { id: rest.id } })).status).toBe("cancelled");
    expect(await ledgerMismatches()).toEqual([]);
  });

  it("only posted deliveries, only their own lines, only for those who may see them", async () => {
    const { account, delivery, lines } = await postedDelivery([2]);
    const other = await postedDelivery([2]);
    await expect(createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: other.lines[0].id, quantity: 1000, disposition: "restock" }]) })).rejects.toMatchObject({ key: "notFound" });
    const ret = await createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 1000, disposition: "restock" }]) });
    await expect(findReturn({ actor: otherRep, id: ret.id })).rejects.toMatchObject({ key: "notFound" });
    await expect(findReturnableLines({ actor: otherRep, deliveryId: delivery.id })).rejects.toMatchObject({ key: "notFound" });
    expect((await findReturn({ actor: rep, id: ret.id })).number).toBe(ret.number);
    expect((await findReturns({ actor: otherRep, params: parseTableParams(RETURNS_TABLE, { account: account.id }) })).total).toBe(0);
    const mine = await findReturns({ actor: keeper, params: parseTableParams(RETURNS_TABLE, { delivery: delivery.id, status: "draft" }) });
    expect(mine.rows.map((r) => r.id)).toEqual([ret.id]);
    await expect(postReturn({ actor: rep, id: ret.id })).rejects.toBeTruthy(); // reps do not post returns
  });
});

describe("returns of invoiced goods", () => {
  const creditLines = (id: string) => db.invoiceLine.findMany({ where: { invoiceId: id }, orderBy: { position: "asc" }, select: { quantity: true, originalLineId: true, deliveryLineId: true, gross: true } });

  it("after partial invoicing: the uninvoiced part first, the rest on a credit note, ledgers to the fen", async () => {
    const { account, order, delivery, lines } = await postedDelivery([10]);
    // 6 of the 10 delivered are invoiced at 50.00 + 13 %.
    const draft = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, deliveryLines: [{ id: lines[0].id, quantity: 6000 }] } });
    const invoice = await issueInvoice({ actor: finance, invoiceId: draft.id, today: TODAY });
    const invoiceLine = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: invoice.id } });

    // Returning 5: 4 were never invoiced, 1 is credited.
    const first = await createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 5000, disposition: "restock" }]) });
    const posted = await postReturn({ actor: keeper, id: first.id });
    expect(posted.creditNoteIds).toHaveLength(1);
    const ret = await findReturn({ actor: keeper, id: first.id });
    expect(ret.creditNote?.id).toBe(posted.creditNoteIds[0]);
    const note = await db.invoice.findUniqueOrThrow({ where: { id: posted.creditNoteIds[0] } });
    expect(note).toMatchObject({ kind: "CREDIT_NOTE", status: "issued", originalInvoiceId: invoice.id, total: 5650n });
    expect(await creditLines(note.id)).toEqual([{ quantity: 1000, originalLineId: invoiceLine.id, deliveryLineId: lines[0].id, gross: 5650n }]);
    expect(await db.salesOrderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } })).toMatchObject({ deliveredQty: 10_000, returnedQty: 5000, invoicedQty: 6000, creditedQty: 1000 });
    expect(await db.deliveryLine.findUniqueOrThrow({ where: { id: lines[0].id } })).toMatchObject({ returnedQty: 5000, invoicedQty: 6000, creditedQty: 1000 });
    const entry = await db.receivableEntry.findFirstOrThrow({ where: { documentId: note.id } });
    expect(entry.amount).toBe(-5650n);

    // Returning 3 more: all of it had been invoiced. The customer keeps 2 and is billed for 2.
    const second = await createReturn({ actor: keeper, input: input(delivery.id, [{ deliveryLineId: lines[0].id, quantity: 3000, disposition: "scrap" }]) });
    const again = await postReturn({ actor: keeper, id: second.id });
    expect(await creditLines(again.creditNoteIds[0])).toEqual([{ quantity: 3000, originalLineId: invoiceLine.id, deliveryLineId: lines[0].id, gross: 16_950n }]);
    const line = await db.salesOrderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } });
    expect(line).toMatchObject({ returnedQty: 8000, invoicedQty: 6000, creditedQty: 4000 });
    expect(line.invoicedQty - line.creditedQty).toBe(line.quantity - line.returnedQty);
    const ledger = await db.receivableEntry.aggregate({ where: { accountId: account.id }, _sum: { amount: true } });
    expect(ledger._sum.amount).toBe(6n * 5650n - 5650n - 16_950n);
  });

  it("goods invoiced from the order (prepaid) are credited against that invoice", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await createStockProduct();
    await postReceipt({ actor: keeper, input: { warehouseId: wh.id, lines: [{ productId: p.id, quantity: 10_000, unitCost: 1000 }] } });
    const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, lines: [{ productId: p.id, quantity: 4000, unitPrice: 5000 }] });
    await db.salesOrder.update({ where: { id: order.id }, data: { prepaymentRequired: 22_600n } });
    await db.payment.create({ data: { number: `PP-${order.id}`, kind: "PREPAYMENT", accountId: account.id, orderId: order.id, amount: 22_600n, currencyCode: "CNY", amountBase: 22_600n, method: "bank_transfer", paymentDate: TODAY, createdById: finance.id } });
    const draft = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: TODAY, orderLines: [{ id: order.lines[0].id, quantity: 4000 }] } });
    const invoice = await issueInvoice({ actor: finance, invoiceId: draft.id, today: TODAY });
    const d = await createDelivery({ actor: keeper, input: { accountId: account.id, warehouseId: wh.id, deliveryDate: TODAY, shippingAddress: "", carrier: "", trackingNumber: "", notes: "", lines: [{ orderLineId: order.lines[0].id, quantity: 3000 }] } });
    await postDelivery({ actor: keeper, id: d.id, today: TODAY });
    const [line] = await db.deliveryLine.findMany({ where: { deliveryId: d.id } });

    const ret = await createReturn({ actor: keeper, input: input(d.id, [{ deliveryLineId: line.id, quantity: 1000, disposition: "restock" }]) });
    const posted = await postReturn({ actor: keeper, id: ret.id });
    const note = await db.invoice.findUniqueOrThrow({ where: { id: posted.creditNoteIds[0] } });
    expect(note.originalInvoiceId).toBe(invoice.id);
    expect((await creditLines(note.id)).map((l) => [l.quantity, l.deliveryLineId])).toEqual([[1000, null]]);
    expect(await db.salesOrderLine.findUniqueOrThrow({ where: { id: order.lines[0].id } })).toMatchObject({ deliveredQty: 3000, returnedQty: 1000, invoicedQty: 4000, creditedQty: 1000 });
  });
});
