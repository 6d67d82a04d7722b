import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError, NotFoundError } from "@/lib/errors";
import { postReceipt } from "@/lib/stock/post-receipt";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { setCreditPolicy } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import type { OrderCreateInput } from "@/lib/validation/orders";
import { adjustOrderLineInTx } from "./adjust-order-line";
import { cancelOrder } from "./cancel-order";
import { changeOrder } from "./change-order";
import { confirmOrder } from "./confirm-order";
import { createOrder } from "./create-order";
import { duplicateOrder } from "./duplicate-order";
import { findOrder } from "./find-order";
import { updateDraftOrder } from "./update-draft-order";

// Sales orders: entry, confirmation (numbers, reservations), versioned changes, cancel, duplicate
// and scope. Credit holds under concurrency are in lib/sales/credit/credit-holds.int.test.ts.

let rep: Actor;
let otherRep: Actor;
let keeper: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  rep = await createActor("sales");
  otherRep = await createActor("sales");
  keeper = await createActor("warehouse");
  wh = await defaultWarehouse();
});

const keyOf = (e: unknown) => (e instanceof AppError ? e.key : String(e));

function orderInput(accountId: string, lines: { productId?: string; description?: string; quantity: string; unitPrice: string }[]): OrderCreateInput {
  return {
    accountId,
    currencyCode: "CNY",
    contactId: null,
    warehouseId: wh.id,
    priceListId: null,
    orderDate: "2026-11-30",
    requestedDate: "",
    paymentTermsDays: 30,
    customerReference: "PO-1",
    shippingAddress: "",
    notes: "",
    prepaymentKind: "percent",
    prepayment: "",
    lines: lines.map((l) => ({ lineId: "", productId: l.productId ?? null, description: l.description ?? "", quantity: l.quantity, unitPrice: l.unitPrice, discount: "" })),
  };
}

async function stocked(units: number) {
  const product = await createStockProduct();
  await postReceipt({ actor: keeper, input: { warehouseId: wh.id, supplierRef: "", lines: [{ productId: product.id, quantity: units * 1000, unitCost: 100 }] } });
  return product;
}

const level = (productId: string) => db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId, warehouseId: wh.id } } });

describe("confirming orders", () => {
  it("numbers the order, reserves stock and totals with VAT", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const product = await stocked(10);
    const { id } = await createOrder({ actor: rep, input: orderInput(account.id, [{ productId: product.id, quantity: "3", unitPrice: "100" }, { description: "Installation", quantity: "1", unitPrice: "50" }]) });
    const draft = await db.salesOrder.findUniqueOrThrow({ where: { id } });
    expect(draft).toMatchObject({ status: "draft", number: null, subtotal: 35_000n, taxTotal: 4550n, total: 39_550n, totalBase: 39_550n });
    const result = await confirmOrder({ actor: rep, id });
    expect(result.number).toMatch(/\d{5}$/);
    expect(result.credit).toBe("ok");
    expect((await level(product.id)).reserved).toBe(3000);
    const order = await findOrder({ actor: rep, id });
    expect(order.lines.map((l) => l.reservedQty)).toEqual([3000, 0]);
    await expect(confirmOrder({ actor: rep, id })).rejects.toMatchObject({ key: "orders.notDraft" });
  });

  it("20 confirmations racing for the last 5 units: 5 confirm, available never below zero", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const product = await stocked(5);
    const ids = [];
    for (let i = 0; i < 20; i++) ids.push((await createOrder({ actor: rep, input: orderInput(account.id, [{ productId: product.id, quantity: "1", unitPrice: "10" }]) })).id);
    const results = await Promise.allSettled(ids.map((id) => confirmOrder({ actor: rep, id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("stock.unavailable");
    const l = await level(product.id);
    expect(l.onHand - l.reserved).toBe(0);
    expect(await db.salesOrder.count({ where: { id: { in: ids }, status: "confirmed" } })).toBe(5);
    // A refused confirmation kept nothing: still a draft, no number taken.
    expect(await db.salesOrder.count({ where: { id: { in: ids }, status: "draft", number: null } })).toBe(15);
  });
});

describe("changes to a confirmed order", () => {
  it("records one versioned change row per save, adjusts reservations, refuses going below delivered", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const product = await stocked(20);
    const { id } = await createOrder({ actor: rep, input: orderInput(account.id, [{ productId: product.id, quantity: "5", unitPrice: "10" }]) });
    await confirmOrder({ actor: rep, id });
    const before = await findOrder({ actor: rep, id });
    const lineId = before.lines[0].id;
    const base = { ...orderInput(account.id, []), id, reason: "Customer called" };
    const typed = (quantity: string, unitPrice = "10") => ({ lineId, productId: product.id, description: before.lines[0].description, quantity, unitPrice, discount: "" });

    const first = await changeOrder({ actor: rep, input: { ...base, lines: [typed("8", "12"), { lineId: "", productId: null, description: "Freight", quantity: "1", unitPrice: "20", discount: "" }] } });
    expect(first).toMatchObject({ version: 2, changed: true });
    expect((await level(product.id)).reserved).toBe(8000);
    const unchanged = await changeOrder({ actor: rep, input: { ...base, lines: [typed("8", "12"), { lineId: (await findOrder({ actor: rep, id })).lines[1].id, productId: null, description: "Freight", quantity: "1", unitPrice: "20", discount: "" }] } });
    expect(unchanged.changed).toBe(false);

    // Deliver 6 by hand (the deliveries service does this and consumes the reservation).
    await transact(async (tx) => {
      await adjustOrderLineInTx(tx, lineId, "deliveredQty", 6000);
      await adjustOrderLineInTx(tx, lineId, "reservedQty", -6000);
      await tx.stockLevel.update({ where: { productId_warehouseId: { productId: product.id, warehouseId: wh.id } }, data: { reserved: { decrement: 6000 } } });
    });
    await expect(changeOrder({ actor: rep, input: { ...base, lines: [typed("5")] } })).rejects.toMatchObject({ key: "orders.belowDone" });
    const second = await changeOrder({ actor: rep, input: { ...base, reason: "Fewer", lines: [typed("7", "12")] } });
    expect(second.version).toBe(3);
    expect((await level(product.id)).reserved).toBe(1000);

    const order = await findOrder({ actor: rep, id });
    expect(order.version).toBe(3);
    expect(order.changes.map((c) => c.version)).toEqual([3, 2]);
    const v2 = JSON.parse(order.changes[1].changes) as { field: string; line?: number; old: unknown; new: unknown }[];
    expect(v2).toEqual(
      expect.arrayContaining([
        { field: "quantity", line: 1, old: 5000, new: 8000 },
        { field: "unitPrice", line: 1, old: 1000, new: 1200 },
        { field: "lineAdded", line: 2, old: null, new: "Freight × 1000" },
      ]),
    );
    expect(order.changes[1]).toMatchObject({ reason: "Customer called", changedById: rep.id });
    expect(JSON.parse(order.changes[0].changes)).toEqual(expect.arrayContaining([{ field: "lineRemoved", line: 2, old: "Freight × 1000", new: null }]));
    expect(order.total).toBe(9492n);
  });
});

describe("editing rules", () => {
  it("a draft is edited freely until confirmed; two changes saved from the same version: one wins", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const { id } = await createOrder({ actor: rep, input: orderInput(account.id, [{ description: "Design", quantity: "1", unitPrice: "100" }]) });
    await updateDraftOrder({ actor: rep, input: { ...orderInput(account.id, [{ description: "Design", quantity: "3", unitPrice: "100" }]), id } });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id } })).total).toBe(33_900n);
    await confirmOrder({ actor: rep, id });
    await expect(updateDraftOrder({ actor: rep, input: { ...orderInput(account.id, [{ description: "Design", quantity: "9", unitPrice: "100" }]), id } })).rejects.toMatchObject({ key: "orders.notDraft" });

    const lineId = (await db.salesOrderLine.findFirstOrThrow({ where: { orderId: id } })).id;
    const change = (quantity: string) => changeOrder({ actor: rep, input: { ...orderInput(account.id, []), id, reason: `to ${quantity}`, lines: [{ lineId, productId: null, description: "Design", quantity, unitPrice: "100", discount: "" }] } });
    const results = await Promise.allSettled([change("4"), change("5"), change("6")]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("orders.changedMeanwhile");
    const order = await db.salesOrder.findUniqueOrThrow({ where: { id }, include: { changes: true } });
    // Every saved change is one version; the versions have no gaps.
    expect(order.changes.map((c) => c.version).sort()).toEqual(Array.from({ length: order.version - 1 }, (_, i) => i + 2));
  });
});

describe("cancel, duplicate and scope", () => {
  it("cancel releases reservations and cancels only what is not delivered", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const product = await stocked(10);
    const a = await createOrder({ actor: rep, input: orderInput(account.id, [{ productId: product.id, quantity: "4", unitPrice: "10" }]) });
    await confirmOrder({ actor: rep, id: a.id });
    expect((await level(product.id)).reserved).toBe(4000);
    expect(await cancelOrder({ actor: rep, id: a.id, reason: "Customer withdrew" })).toMatchObject({ status: "cancelled" });
    expect((await level(product.id)).reserved).toBe(0);
    expect((await db.salesOrderLine.findFirstOrThrow({ where: { orderId: a.id } })).cancelledQty).toBe(4000);

    const b = await createOrder({ actor: rep, input: orderInput(account.id, [{ productId: product.id, quantity: "5", unitPrice: "10" }]) });
    await confirmOrder({ actor: rep, id: b.id });
    const line = await db.salesOrderLine.findFirstOrThrow({ where: { orderId: b.id } });
    await transact(async (tx) => {
      await adjustOrderLineInTx(tx, line.id, "deliveredQty", 2000);
      await adjustOrderLineInTx(tx, line.id, "reservedQty", -2000);
      await tx.stockLevel.update({ where: { productId_warehouseId: { productId: product.id, warehouseId: wh.id } }, data: { reserved: { decrement: 2000 } } });
    });
    expect(await cancelOrder({ actor: rep, id: b.id, reason: "Rest not needed" })).toMatchObject({ status: "confirmed" });
    const after = await db.salesOrderLine.findUniqueOrThrow({ where: { id: line.id } });
    expect(after).toMatchObject({ deliveredQty: 2000, cancelledQty: 3000, reservedQty: 0 });
    expect((await level(product.id)).reserved).toBe(0);
    // Delivered quantities are never cancelled: the ledger refuses and a second cancel has nothing left.
    await expect(transact((tx) => adjustOrderLineInTx(tx, line.id, "cancelledQty", 1))).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    await expect(cancelOrder({ actor: rep, id: b.id, reason: "again" })).rejects.toMatchObject({ key: "orders.nothingToCancel" });
  });

  it("duplicates an order as a draft, refuses to duplicate one on credit hold", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const { id } = await createOrder({ actor: rep, input: orderInput(account.id, [{ description: "Consulting", quantity: "2", unitPrice: "300" }]) });
    await confirmOrder({ actor: rep, id });
    const copy = await duplicateOrder({ actor: rep, id });
    expect(await db.salesOrder.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ status: "draft", number: null, total: 67_800n });
    await db.salesOrder.update({ where: { id }, data: { creditHold: true } });
    await expect(duplicateOrder({ actor: rep, id })).rejects.toMatchObject({ key: "credit.onHold" });
  });

  it("another rep's order and customer are not found", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    const { id } = await createOrder({ actor: rep, input: orderInput(account.id, [{ description: "Service", quantity: "1", unitPrice: "1" }]) });
    await expect(findOrder({ actor: otherRep, id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(confirmOrder({ actor: otherRep, id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(cancelOrder({ actor: otherRep, id, reason: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(duplicateOrder({ actor: otherRep, id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createOrder({ actor: otherRep, input: orderInput(account.id, [{ description: "x", quantity: "1", unitPrice: "1" }]) })).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id } })).status).toBe("draft");
  });
});

describe("prepayment", () => {
  it("takes the account's default share, resolved to an amount", async () => {
    const account = await createAccountRow({ ownerId: rep.id });
    await setCreditPolicy(account.id, { prepaymentBp: 3000 });
    const { id } = await createOrder({ actor: rep, input: { ...orderInput(account.id, [{ description: "Goods", quantity: "1", unitPrice: "100" }]), prepayment: "30" } });
    expect((await db.salesOrder.findUniqueOrThrow({ where: { id } })).prepaymentRequired).toBe(3390n);
  });
});
