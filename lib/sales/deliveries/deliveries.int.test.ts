import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { adjustOrderLineInTx } from "@/lib/sales/orders/adjust-order-line";
import { postReceipt } from "@/lib/stock/post-receipt";
import { reserveStockInTx } from "@/lib/stock/reserve-stock";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOrderRow, setCreditPolicy } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, ledgerMismatches, type TestWarehouse } from "@/lib/testing/stock-factories";
import { cancelDelivery } from "./cancel-delivery";
import { createDelivery } from "./create-delivery";
import { findAccountsToDeliver } from "./find-accounts-to-deliver";
import { findDeliverableLines } from "./find-deliverable-lines";
import { findDeliveries } from "./find-deliveries";
import { findDelivery } from "./find-delivery";
import { postDelivery } from "./post-delivery";
import { readDeliveryReceipt } from "./read-delivery-receipt";
import { recordDeliveryReceipt } from "./record-delivery-receipt";
import { updateDelivery } from "./update-delivery";
import { DELIVERIES_TABLE } from "./deliveries-table";
import { parseTableParams } from "@/lib/table/params";

// Deliveries (发货单) against a real database: partial deliveries across orders, the open-quantity
// and stock invariants under concurrency, the delivery gate, reservations and costs, receipts, scope.

let manager: Actor;
let keeper: Actor;
let rep: Actor;
let otherRep: Actor;
let wh: TestWarehouse;

const TODAY = "2026-06-15";
const header = (accountId: string) => ({ accountId, warehouseId: wh.id, deliveryDate: TODAY, shippingAddress: "上海市浦东新区 1 号", carrier: "SF", trackingNumber: "SF123", notes: "" });
const keyOf = (e: unknown) => (e instanceof AppError ? e.key : String(e));

beforeAll(async () => {
  process.env.CARRACK_DATA_DIR = await mkdtemp(path.join(os.tmpdir(), "carrack-deliveries-"));
  await createCompany();
  manager = await createActor("manager");
  keeper = await createActor("warehouse");
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  wh = await defaultWarehouse();
});

/** A product with stock received at the given costs (units, unit cost in fen). */
async function stockedProduct(receipts: [number, number][]) {
  const product = await createStockProduct();
  for (const [units, unitCost] of receipts) await postReceipt({ actor: keeper, input: { warehouseId: wh.id, lines: [{ productId: product.id, quantity: units * 1000, unitCost }] } });
  return product;
}

/** A confirmed order whose stock-tracked lines hold reservations, as confirmation leaves them. */
async function reservedOrder(accountId: string, lines: { productId: string; quantity: number }[]) {
  const order = await createOrderRow({ accountId, ownerId: rep.id, warehouseId: wh.id, lines: lines.map((l) => ({ ...l, unitPrice: 10_000 })) });
  await transact(async (tx) => {
    await reserveStockInTx(tx, wh.id, lines);
    for (const l of order.lines) await adjustOrderLineInTx(tx, l.id, "reservedQty", l.quantity);
  });
  return order;
}

const level = (productId: string) => db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId, warehouseId: wh.id } } });
const orderLine = (id: string) => db.salesOrderLine.findUniqueOrThrow({ where: { id } });

describe("posting deliveries", () => {
  it("delivers parts of two orders of one customer in one note: ledgers, reservations, stock at average cost", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    // 10 at 10.00 and 10 at 14.00 → average 12.00.
    const a = await stockedProduct([[10, 1000], [10, 1400]]);
    const b = await stockedProduct([[5, 500]]);
    const o1 = await reservedOrder(account.id, [{ productId: a.id, quantity: 8000 }]);
    const o2 = await reservedOrder(account.id, [{ productId: a.id, quantity: 4000 }, { productId: b.id, quantity: 5000 }]);

    await db.account.update({ where: { id: account.id }, data: { shippingAddress: "北京市朝阳区 8 号" } });
    const offer = await findDeliverableLines({ actor: keeper, orderId: o1.id });
    expect(offer.account.id).toBe(account.id);
    expect(offer).toMatchObject({ warehouseId: wh.id, shippingAddress: "北京市朝阳区 8 号" }); // the order has none: the customer's
    expect((await findAccountsToDeliver({ actor: keeper, take: 10_000 })).find((a) => a.id === account.id)).toMatchObject({ orders: 2 });
    expect((await findAccountsToDeliver({ actor: otherRep, take: 10_000 })).some((a) => a.id === account.id)).toBe(false);
    expect(offer.lines.map((l) => l.orderLineId)).toEqual([o1.lines[0].id, o2.lines[0].id, o2.lines[1].id]);

    const draft = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: o1.lines[0].id, quantity: 3000 }, { orderLineId: o2.lines[1].id, quantity: 2000 }] } });
    expect(draft.number).toMatch(/2026/);
    await updateDelivery({ actor: keeper, id: draft.id, input: { ...header(account.id), carrier: "EMS", lines: [{ orderLineId: o1.lines[0].id, quantity: 5000 }, { orderLineId: o2.lines[1].id, quantity: 2000 }] } });
    expect((await level(a.id)).onHand).toBe(20_000); // a draft moves nothing

    await postDelivery({ actor: keeper, id: draft.id, today: TODAY });
    const posted = await findDelivery({ actor: keeper, id: draft.id });
    expect(posted).toMatchObject({ status: "posted", carrier: "EMS" });
    expect(posted.lines.map((l) => [l.quantity, l.unitCost])).toEqual([[5000, 1200], [2000, 500]]);
    expect(await orderLine(o1.lines[0].id)).toMatchObject({ deliveredQty: 5000, reservedQty: 3000 });
    expect(await orderLine(o2.lines[1].id)).toMatchObject({ deliveredQty: 2000, reservedQty: 3000 });
    expect(await level(a.id)).toMatchObject({ onHand: 15_000, reserved: 3000 + 4000 });
    expect(await level(b.id)).toMatchObject({ onHand: 3000, reserved: 3000 });
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: o1.id } })).toMatchObject({ deliveryStatus: "partial" });
    const moves = await db.stockMove.findMany({ where: { operationId: posted.stockOperationId! }, orderBy: { seq: "asc" } });
    expect(moves.map((m) => [m.quantity, m.unitCost])).toEqual([[-5000, 1200], [-2000, 500]]);
    expect(await ledgerMismatches()).toEqual([]);

    // The rest of o1 in a second note completes that order.
    const second = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: o1.lines[0].id, quantity: 3000 }] } });
    await postDelivery({ actor: keeper, id: second.id, today: TODAY });
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: o1.id } })).toMatchObject({ deliveryStatus: "delivered" });
    expect(await orderLine(o1.lines[0].id)).toMatchObject({ deliveredQty: 8000, reservedQty: 0 });

    // A posted note cannot be posted, edited or cancelled again.
    await expect(postDelivery({ actor: keeper, id: second.id, today: TODAY })).rejects.toMatchObject({ key: "deliveries.notDraft" });
    await expect(cancelDelivery({ actor: keeper, id: second.id })).rejects.toMatchObject({ key: "deliveries.notDraft" });
  });

  it("refuses over-delivery when saving and when posting a draft whose quantity went to another note", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await stockedProduct([[10, 100]]);
    const order = await reservedOrder(account.id, [{ productId: p.id, quantity: 4000 }]);
    const lines = (quantity: number) => [{ orderLineId: order.lines[0].id, quantity }];
    await expect(createDelivery({ actor: keeper, input: { ...header(account.id), lines: lines(5000) } })).rejects.toMatchObject({ key: "deliveries.overDelivery" });
    const one = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: lines(3000) } });
    const two = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: lines(3000) } });
    await postDelivery({ actor: keeper, id: one.id, today: TODAY });
    await expect(postDelivery({ actor: keeper, id: two.id, today: TODAY })).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: two.id } })).status).toBe("draft");
    await cancelDelivery({ actor: keeper, id: two.id });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: two.id } })).status).toBe("cancelled");
    // Another customer's line cannot be slipped into this customer's note.
    const other = await createAccountRow({ ownerId: rep.id });
    await expect(createDelivery({ actor: keeper, input: { ...header(other.id), lines: lines(1000) } })).rejects.toMatchObject({ key: "notFound" });
  });

  it("8 drafts for the same open quantity posted at once: never more than ordered, stock never negative", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await stockedProduct([[6, 300]]);
    const order = await reservedOrder(account.id, [{ productId: p.id, quantity: 5000 }]);
    const drafts = [];
    for (let i = 0; i < 8; i++) drafts.push(await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: order.lines[0].id, quantity: 2000 }] } }));
    const results = await Promise.allSettled(drafts.map((d) => postDelivery({ actor: keeper, id: d.id, today: TODAY })));
    const ok = results.filter((r) => r.status === "fulfilled").length;
    expect(ok).toBe(2);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("orders.quantityExceeded");
    expect(await orderLine(order.lines[0].id)).toMatchObject({ deliveredQty: 4000, reservedQty: 1000 });
    expect(await level(p.id)).toMatchObject({ onHand: 2000, reserved: 1000 });
    expect(await db.delivery.count({ where: { id: { in: drafts.map((d) => d.id) }, status: "posted" } })).toBe(2);
    expect(await ledgerMismatches()).toEqual([]);
  });

  it("stock never negative: a note for more than is on hand posts nothing", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await stockedProduct([[2, 300]]);
    const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, lines: [{ productId: p.id, quantity: 5000, unitPrice: 100 }] });
    const d = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: order.lines[0].id, quantity: 3000 }] } });
    await expect(postDelivery({ actor: keeper, id: d.id, today: TODAY })).rejects.toMatchObject({ key: "stock.insufficient" });
    expect(await orderLine(order.lines[0].id)).toMatchObject({ deliveredQty: 0 });
    expect((await level(p.id)).onHand).toBe(2000);
    expect((await db.delivery.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("draft");
  });
});

describe("the delivery gate", () => {
  it("an order on hold blocks posting; a credit check at delivery records the hold and posts nothing", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await stockedProduct([[10, 100]]);
    const order = await reservedOrder(account.id, [{ productId: p.id, quantity: 2000 }]);
    const d = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: order.lines[0].id, quantity: 1000 }] } });
    // Credit checked at delivery, limit below the order (2 × 100.00 + VAT).
    await setCreditPolicy(account.id, { creditLimit: 10_000, creditCheckAt: "delivery", creditAction: "hold" });
    await expect(postDelivery({ actor: keeper, id: d.id, today: TODAY })).rejects.toMatchObject({ key: "credit.putOnHold" });
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ creditHold: true, creditHoldReason: "over_limit" });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("draft");
    expect(await orderLine(order.lines[0].id)).toMatchObject({ deliveredQty: 0, reservedQty: 2000 });
    // Now held: refused outright until released.
    await expect(postDelivery({ actor: keeper, id: d.id, today: TODAY })).rejects.toMatchObject({ key: "credit.onHold" });
    await db.salesOrder.update({ where: { id: order.id }, data: { creditHold: false, creditReleasedAt: new Date(), creditReleasedById: manager.id, creditReleaseReason: "ok" } });
    await postDelivery({ actor: keeper, id: d.id, today: TODAY });
    expect(await orderLine(order.lines[0].id)).toMatchObject({ deliveredQty: 1000 });
  });

  it("waits for a required prepayment", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await stockedProduct([[10, 100]]);
    const order = await reservedOrder(account.id, [{ productId: p.id, quantity: 1000 }]);
    await db.salesOrder.update({ where: { id: order.id }, data: { prepaymentRequired: 5000n } });
    const d = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: order.lines[0].id, quantity: 1000 }] } });
    await expect(postDelivery({ actor: keeper, id: d.id, today: TODAY })).rejects.toMatchObject({ key: "orders.prepaymentMissing" });
    await db.payment.create({ data: { number: `PP-${d.id}`, kind: "PREPAYMENT", accountId: account.id, orderId: order.id, amount: 5000n, currencyCode: "CNY", amountBase: 5000n, method: "bank_transfer", paymentDate: TODAY, createdById: manager.id } });
    await postDelivery({ actor: keeper, id: d.id, today: TODAY });
    expect((await db.delivery.findUniqueOrThrow({ where: { id: d.id } })).status).toBe("posted");
  });
});

describe("signed receipt and scope", () => {
  it("records a receipt with a scan (sniffed), serves it, refuses other files and drafts", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const p = await stockedProduct([[10, 100]]);
    const order = await reservedOrder(account.id, [{ productId: p.id, quantity: 1000 }]);
    const d = await createDelivery({ actor: keeper, input: { ...header(account.id), lines: [{ orderLineId: order.lines[0].id, quantity: 1000 }] } });
    const pdf = new TextEncoder().encode("%PDF-1.4\n% signed\n");
    const receipt = { receivedDate: TODAY, receivedBy: "王五", receiptNote: "完好", file: pdf };
    await expect(recordDeliveryReceipt({ actor: keeper, id: d.id, input: receipt })).rejects.toMatchObject({ key: "deliveries.notPosted" });
    await postDelivery({ actor: keeper, id: d.id, today: TODAY });
    await expect(recordDeliveryReceipt({ actor: keeper, id: d.id, input: { ...receipt, file: new TextEncoder().encode("<svg></svg>") } })).rejects.toMatchObject({ key: "deliveries.receiptFile" });
    await recordDeliveryReceipt({ actor: keeper, id: d.id, input: receipt });
    const served = await readDeliveryReceipt({ actor: rep, id: d.id });
    expect(served.contentType).toBe("application/pdf");
    expect(new TextDecoder().decode(served.bytes)).toContain("signed");
    expect(await findDelivery({ actor: keeper, id: d.id })).toMatchObject({ receivedBy: "王五", receivedDate: TODAY });
    const list = await findDeliveries({ actor: keeper, params: parseTableParams(DELIVERIES_TABLE, { account: account.id, receipt: "yes" }) });
    expect(list.rows.map((r) => r.id)).toEqual([d.id]);
    expect(list.rows[0].orders.map((o) => o.id)).toEqual([order.id]);

    // Another rep's customer: not found everywhere, not even the scan.
    await expect(findDelivery({ actor: otherRep, id: d.id })).rejects.toMatchObject({ key: "notFound" });
    await expect(readDeliveryReceipt({ actor: otherRep, id: d.id })).rejects.toMatchObject({ key: "notFound" });
    await expect(findDeliverableLines({ actor: otherRep, accountId: account.id })).rejects.toMatchObject({ key: "notFound" });
    expect((await findDeliveries({ actor: otherRep, params: parseTableParams(DELIVERIES_TABLE, { account: account.id }) })).total).toBe(0);
    // A sales rep reads but does not deliver.
    await expect(createDelivery({ actor: rep, input: { ...header(account.id), lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } })).rejects.toBeTruthy();
  });
});
