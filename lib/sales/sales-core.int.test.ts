import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { AppError } from "@/lib/errors";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createOrderRow, setCreditPolicy } from "@/lib/testing/sales-factories";
import { createStockProduct, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { postReceipt } from "@/lib/stock/post-receipt";
import { releaseReservationInTx, reserveStockInTx } from "@/lib/stock/reserve-stock";
import type { Actor } from "@/lib/auth/actor";
import { evaluateCreditInTx } from "./credit/evaluate-credit";
import { adjustOrderLineInTx, refreshOrderStatusInTx } from "./orders/adjust-order-line";
import { postReceivableEntryInTx } from "./receivables/post-receivable-entry";

// The shared pieces every quote-to-cash service builds on: reservations, the order-line
// quantity ledger, the receivables ledger and the credit evaluation.

let actor: Actor;
let keeper: Actor;
let wh: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  actor = await createActor("manager");
  keeper = await createActor("warehouse");
  wh = await defaultWarehouse();
});

const keyOf = (e: unknown) => (e instanceof AppError ? e.key : String(e));

describe("stock reservations", () => {
  it("20 racing reservations for the last 5 units: exactly 5 succeed, available never below zero", async () => {
    const product = await createStockProduct();
    await postReceipt({ actor: keeper, input: { warehouseId: wh.id, supplierRef: "", lines: [{ productId: product.id, quantity: 5000, unitCost: 100 }] } });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => transact((tx) => reserveStockInTx(tx, wh.id, [{ productId: product.id, quantity: 1000 }]))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("stock.unavailable");
    const level = await db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId: product.id, warehouseId: wh.id } } });
    expect(level).toMatchObject({ onHand: 5000, reserved: 5000 });
    await transact((tx) => releaseReservationInTx(tx, wh.id, [{ productId: product.id, quantity: 2000 }]));
    await expect(transact((tx) => releaseReservationInTx(tx, wh.id, [{ productId: product.id, quantity: 9000 }]))).rejects.toThrow();
    expect((await db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId: product.id, warehouseId: wh.id } } })).reserved).toBe(3000);
  });
});

describe("order-line quantity ledger", () => {
  it("refuses to deliver more than ordered, return more than delivered, credit more than invoiced", async () => {
    const account = await createAccountRow({ ownerId: actor.id });
    const order = await createOrderRow({ accountId: account.id, ownerId: actor.id, warehouseId: wh.id, lines: [{ quantity: 10_000, unitPrice: 1000, stockTracked: true }] });
    const lineId = order.lines[0].id;
    const run = (field: Parameters<typeof adjustOrderLineInTx>[2], delta: number) => transact((tx) => adjustOrderLineInTx(tx, lineId, field, delta));
    await run("deliveredQty", 6000);
    await expect(run("deliveredQty", 5000)).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    await expect(run("returnedQty", 7000)).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    await run("returnedQty", 1000);
    await expect(run("cancelledQty", 5000)).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    await run("cancelledQty", 4000);
    await run("invoicedQty", 5000);
    await expect(run("invoicedQty", 1)).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    await expect(run("creditedQty", 5001)).rejects.toMatchObject({ key: "orders.quantityExceeded" });
    await transact((tx) => refreshOrderStatusInTx(tx, order.id));
    const after = await db.salesOrder.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
    expect(after.lines[0]).toMatchObject({ deliveredQty: 6000, returnedQty: 1000, cancelledQty: 4000, invoicedQty: 5000, creditedQty: 0 });
    expect(after).toMatchObject({ deliveryStatus: "delivered", invoiceStatus: "invoiced" });
  });

  it("two racing deliveries of the same open quantity: one wins", async () => {
    const account = await createAccountRow({ ownerId: actor.id });
    const order = await createOrderRow({ accountId: account.id, ownerId: actor.id, warehouseId: wh.id, lines: [{ quantity: 3000, unitPrice: 1000, stockTracked: true }] });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => transact((tx) => adjustOrderLineInTx(tx, order.lines[0].id, "deliveredQty", 2000))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("receivables ledger and credit evaluation", () => {
  it("counts the ledger, confirmed orders and holds as the formula says", async () => {
    const account = await createAccountRow({ ownerId: actor.id });
    await setCreditPolicy(account.id, { creditLimit: 100_000 });
    await createOrderRow({ accountId: account.id, ownerId: actor.id, warehouseId: wh.id, lines: [{ quantity: 2000, unitPrice: 10_000, vatRateBp: 1300, stockTracked: true }] });
    const held = await createOrderRow({ accountId: account.id, ownerId: actor.id, warehouseId: wh.id, lines: [{ quantity: 1000, unitPrice: 99_999 }] });
    await db.salesOrder.update({ where: { id: held.id }, data: { creditHold: true } });
    await transact(async (tx) => {
      await postReceivableEntryInTx(tx, { accountId: account.id, entryDate: "2026-01-01", kind: "PAYMENT", documentType: "payment", documentId: `p-${account.id}`, number: "P-1", currencyCode: "CNY", amount: -5000, amountBase: -5000 });
      await expect(
        postReceivableEntryInTx(tx, { accountId: account.id, entryDate: "2026-01-01", kind: "PAYMENT", documentType: "payment", documentId: "x", number: "P-2", currencyCode: "CNY", amount: 5000, amountBase: 5000 }),
      ).rejects.toThrow();
    });
    const evaluation = await transact((tx) => evaluateCreditInTx(tx, account.id, "2026-06-01"));
    // 2 × 100.00 + 13 % = 226.00 not delivered; a 50.00 prepayment unapplied.
    expect(evaluation.parts).toMatchObject({ confirmedNotInvoiced: 22_600, deliveredNotInvoiced: 0, openInvoices: 0, unappliedCredits: 5000, total: 17_600 });
    expect(evaluation.overLimit).toBe(false);
  });
});
