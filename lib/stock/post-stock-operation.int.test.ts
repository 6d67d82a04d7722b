import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createStockProduct, createWarehouse, defaultWarehouse, ledgerMismatches, type TestWarehouse } from "@/lib/testing/stock-factories";
import { issueStock } from "./issue-stock";
import { postAdjustment } from "./post-adjustment";
import { postReceipt } from "./post-receipt";
import { postTransfer } from "./post-transfer";
import { receiveReturn } from "./receive-return";
import { reverseStockOperation } from "./reverse-stock-operation";

let actor: Actor;
let wh1: TestWarehouse;
let wh2: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  actor = await createActor("warehouse");
  wh1 = await defaultWarehouse();
  wh2 = await createWarehouse();
});

const onHand = async (productId: string, warehouseId: string) =>
  (await db.stockLevel.findUnique({ where: { productId_warehouseId: { productId, warehouseId } }, select: { onHand: true } }))?.onHand ?? 0;

/** Quantity and value over all of a product's moves. */
async function totals(productId: string) {
  const s = await db.stockMove.aggregate({ where: { productId }, _sum: { quantity: true, valueDelta: true } });
  return { quantity: s._sum.quantity ?? 0, value: BigInt(s._sum.valueDelta ?? 0) };
}

const receipt = (productId: string, quantity: number, unitCost: number, warehouseId = wh1.id) =>
  postReceipt({ actor, input: { warehouseId, supplierRef: "SUP-1", lines: [{ productId, quantity, unitCost }] } });

function errorKey(error: unknown): string {
  return error instanceof AppError ? error.key : String(error);
}

describe(`stock posting on ${dbKind}`, () => {
  it("a receipt numbers the operation, raises on-hand and value, and is audited", async () => {
    const p = await createStockProduct();
    const op = await receipt(p.id, 10_000, 1250);
    expect(op.number).toMatch(/^GR-\d{4}-\d{5}$/);
    expect(op.moves).toEqual([{ productId: p.id, warehouseId: wh1.id, quantity: 10_000, unitCost: 1250, valueDelta: 12_500n }]);
    expect(await onHand(p.id, wh1.id)).toBe(10_000);
    expect(await totals(p.id)).toEqual({ quantity: 10_000, value: 12_500n });
    const audit = await db.auditEntry.findFirst({ where: { entityType: "StockOperation", entityId: op.id }, select: { action: true, actorId: true, after: true } });
    expect(audit).toMatchObject({ action: "post", actorId: actor.id });
    expect(audit?.after).toContain(op.number);
  });

  it("20 concurrent issues of 1 unit take exactly the last 5 units, never below zero", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 5000, 1000);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => issueStock({ actor, input: { warehouseId: wh1.id, reference: `DN-${i}`, lines: [{ productId: p.id, quantity: 1000 }] } })),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(15);
    for (const r of refused) expect(errorKey(r.reason)).toBe("stock.insufficient");
    expect(await onHand(p.id, wh1.id)).toBe(0);
    expect(await totals(p.id)).toEqual({ quantity: 0, value: 0n });
    expect(await db.stockOperation.count({ where: { type: "DELIVERY", moves: { some: { productId: p.id } } } })).toBe(5);
    // The refused ones wrote nothing and gave their numbers back (numbers stay consecutive).
    const numbers = (await db.stockOperation.findMany({ where: { type: "DELIVERY" }, select: { number: true } })).map((o) => Number(o.number.split("-").at(-1)));
    expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
  });

  it("with backorders allowed all 20 go through and on-hand goes negative, as permitted", async () => {
    const p = await createStockProduct({ allowBackorder: true });
    await receipt(p.id, 5000, 1000);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 1000 }] } })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await onHand(p.id, wh1.id)).toBe(-15_000);
    expect((await totals(p.id)).quantity).toBe(-15_000);
    // The first 5 took the 50.00 that was there; the other 15 went out at the last average.
    expect((await totals(p.id)).value).toBe(-15_000n);
  });

  it("an issue that would go below zero names the product and writes nothing", async () => {
    const p = await createStockProduct({ nameEn: "Blue mug" });
    await receipt(p.id, 2000, 500);
    const moves = await db.stockMove.count();
    const error = await issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 3000 }] } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe("stock.insufficient");
    expect((error as AppError).values).toMatchObject({ product: `${p.sku} Blue mug`, onHand: "2", needed: "3" });
    expect(await db.stockMove.count()).toBe(moves);
    expect(await onHand(p.id, wh1.id)).toBe(2000);
  });

  it("a delivery note that already has its number passes it on; the same number twice is refused", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 2000, 100);
    const op = await issueStock({ actor, input: { warehouseId: wh1.id, number: "DN-TEST-00042", reference: "SO-1", lines: [{ productId: p.id, quantity: 1000 }] } });
    expect(op.number).toBe("DN-TEST-00042");
    await expect(issueStock({ actor, input: { warehouseId: wh1.id, number: "DN-TEST-00042", lines: [{ productId: p.id, quantity: 1000 }] } })).rejects.toThrow();
    expect(await onHand(p.id, wh1.id)).toBe(1000);
  });

  it("refuses groups, untracked products, fractions of whole units and inactive warehouses", async () => {
    const group = await createStockProduct({ kind: "group" });
    const service = await createStockProduct({ stockTracked: false });
    const piece = await createStockProduct({ uomDecimals: false });
    const kilo = await createStockProduct({ uomDecimals: true, uom: "KGM" });
    const closed = await createWarehouse({ active: false });
    await expect(receipt(group.id, 1000, 1)).rejects.toMatchObject({ key: "stock.groupProduct" });
    await expect(receipt(service.id, 1000, 1)).rejects.toMatchObject({ key: "stock.notTracked" });
    await expect(receipt(piece.id, 1500, 1)).rejects.toMatchObject({ key: "stock.wholeUnits" });
    await expect(receipt(kilo.id, 1500, 1)).resolves.toMatchObject({ type: "RECEIPT" });
    await expect(receipt(kilo.id, 1000, 1, closed.id)).rejects.toMatchObject({ key: "stock.warehouseMissing" });
    await expect(receipt(kilo.id, 0, 1)).rejects.toMatchObject({ key: "stock.badQuantity" });
    await expect(receipt(kilo.id, 1000, -1)).rejects.toMatchObject({ key: "stock.badCost" });
    await expect(postReceipt({ actor, input: { warehouseId: wh1.id, lines: [] } })).rejects.toMatchObject({ key: "stock.noLines" });
  });

  it("only stock managers post receipts, adjustments, transfers and reversals", async () => {
    const sales = await createActor("sales");
    const p = await createStockProduct();
    await expect(postReceipt({ actor: sales, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 1000, unitCost: 1 }] } })).rejects.toMatchObject({ key: "notFound" });
  });

  it("a transfer keeps the product's total quantity, value and average", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 3000, 100);
    await receipt(p.id, 3000, 201); // 9.03 for 6 units: average 1.505
    const before = await totals(p.id);
    const op = await postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh2.id, lines: [{ productId: p.id, quantity: 4000 }] } });
    expect(op.number).toMatch(/^TR-/);
    expect(op.moves).toEqual([
      { productId: p.id, warehouseId: wh1.id, quantity: -4000, unitCost: 151, valueDelta: -602n }, // 4 × 9.03 / 6 = 6.02
      { productId: p.id, warehouseId: wh2.id, quantity: 4000, unitCost: 151, valueDelta: 602n },
    ]);
    expect(await totals(p.id)).toEqual(before);
    expect(await onHand(p.id, wh1.id)).toBe(2000);
    expect(await onHand(p.id, wh2.id)).toBe(4000);
    await expect(postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh1.id, lines: [{ productId: p.id, quantity: 1000 }] } })).rejects.toMatchObject({ key: "stock.sameWarehouse" });
    await expect(postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh2.id, lines: [{ productId: p.id, quantity: 3000 }] } })).rejects.toMatchObject({ key: "stock.insufficient" });
  });

  it("adjustments: a shortage leaves at the average, a surplus comes in at the average or a given cost", async () => {
    const p = await createStockProduct({ standardCost: 999 });
    await receipt(p.id, 4000, 250); // 10.00
    const out = await postAdjustment({ actor, input: { warehouseId: wh1.id, reason: "damaged", lines: [{ productId: p.id, quantity: -1000 }] } });
    expect(out.moves[0]).toMatchObject({ quantity: -1000, unitCost: 250, valueDelta: -250n });
    const found = await postAdjustment({ actor, input: { warehouseId: wh1.id, reason: "found", lines: [{ productId: p.id, quantity: 2000 }, { productId: p.id, quantity: 1000, unitCost: 100 }] } });
    expect(found.moves.map((m) => m.valueDelta)).toEqual([500n, 100n]);
    expect(await totals(p.id)).toEqual({ quantity: 6000, value: 1350n });
    await expect(postAdjustment({ actor, input: { warehouseId: wh1.id, reason: "nope" as "other", lines: [{ productId: p.id, quantity: 1000 }] } })).rejects.toMatchObject({ key: "stock.badReason" });
  });

  it("returns come back at the given cost or the average", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 2000, 300);
    const r = await receiveReturn({ actor, input: { warehouseId: wh1.id, reference: "RT-1", lines: [{ productId: p.id, quantity: 1000 }, { productId: p.id, quantity: 1000, unitCost: 330 }] } });
    expect(r.number).toMatch(/^RT-/);
    expect(r.moves.map((m) => [m.unitCost, m.valueDelta])).toEqual([
      [300, 300n],
      [330, 330n],
    ]);
  });

  it("one operation with many lines of one product costs them one after the other", async () => {
    const p = await createStockProduct();
    const op = await postReceipt({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 1000, unitCost: 100 }, { productId: p.id, quantity: 1000, unitCost: 300 }] } });
    expect(op.moves.map((m) => m.valueDelta)).toEqual([100n, 300n]);
    const out = await issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 1000 }, { productId: p.id, quantity: 1000 }] } });
    expect(out.moves.map((m) => m.valueDelta)).toEqual([-200n, -200n]);
    expect(await totals(p.id)).toEqual({ quantity: 0, value: 0n });
  });

  it("back-dated postings may not go before a product's latest move", async () => {
    const p = await createStockProduct();
    const old = new Date("2025-01-10T02:00:00Z");
    const op = await postReceipt({ actor, input: { warehouseId: wh1.id, postedAt: old, lines: [{ productId: p.id, quantity: 1000, unitCost: 100 }] } });
    expect(op.number).toMatch(/^GR-2025-/);
    expect((await db.stockMove.findFirstOrThrow({ where: { operationId: op.id }, select: { postedAt: true } })).postedAt.toISOString()).toBe(old.toISOString());
    await receipt(p.id, 1000, 100);
    await expect(postReceipt({ actor, input: { warehouseId: wh1.id, postedAt: old, lines: [{ productId: p.id, quantity: 1000, unitCost: 100 }] } })).rejects.toThrow(/earlier/);
  });

  it("StockLevel.onHand equals the sum of moves for every product and warehouse", async () => {
    expect(await ledgerMismatches()).toEqual([]);
  });
});

describe(`reversals on ${dbKind}`, () => {
  it("reversing a receipt restores on-hand, value and average cost", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 10_000, 100);
    const before = await totals(p.id);
    const second = await receipt(p.id, 10_000, 300);
    const rev = await reverseStockOperation({ actor, operationId: second.id });
    expect(rev.number).toMatch(/^REV-/);
    expect(rev.moves).toEqual([{ productId: p.id, warehouseId: wh1.id, quantity: -10_000, unitCost: 300, valueDelta: -3000n }]);
    expect(await totals(p.id)).toEqual(before);
    expect(await onHand(p.id, wh1.id)).toBe(10_000);
    const stored = await db.stockOperation.findUniqueOrThrow({ where: { id: rev.id }, select: { type: true, reversalOfId: true } });
    expect(stored).toEqual({ type: "REVERSAL", reversalOfId: second.id });
    // Posted moves are untouched: the original receipt still shows its move.
    expect(await db.stockMove.count({ where: { operationId: second.id } })).toBe(1);
  });

  it("reverses a transfer back into the source warehouse", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 5000, 100);
    const tr = await postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh2.id, lines: [{ productId: p.id, quantity: 5000 }] } });
    const rev = await reverseStockOperation({ actor, operationId: tr.id });
    expect(rev.moves.map((m) => [m.warehouseId, m.quantity])).toEqual([
      [wh2.id, -5000],
      [wh1.id, 5000],
    ]);
    expect(await onHand(p.id, wh1.id)).toBe(5000);
    expect(await onHand(p.id, wh2.id)).toBe(0);
    expect(await totals(p.id)).toEqual({ quantity: 5000, value: 500n });
  });

  it("can be done only once, also when two reversals race", async () => {
    const p = await createStockProduct();
    const op = await receipt(p.id, 3000, 100);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => reverseStockOperation({ actor, operationId: op.id })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(errorKey(r.reason)).toBe("stock.alreadyReversed");
    await expect(reverseStockOperation({ actor, operationId: op.id })).rejects.toMatchObject({ key: "stock.alreadyReversed" });
    expect(await totals(p.id)).toEqual({ quantity: 0, value: 0n });
  });

  it("refuses a reversal that would take stock below zero, and reversing a reversal", async () => {
    const p = await createStockProduct();
    const op = await receipt(p.id, 3000, 100);
    await issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 2000 }] } });
    await expect(reverseStockOperation({ actor, operationId: op.id })).rejects.toMatchObject({ key: "stock.insufficient" });
    expect(await db.stockOperation.count({ where: { reversalOfId: op.id } })).toBe(0);

    const q = await createStockProduct();
    const r = await reverseStockOperation({ actor, operationId: (await receipt(q.id, 1000, 1)).id });
    await expect(reverseStockOperation({ actor, operationId: r.id })).rejects.toMatchObject({ key: "stock.cannotReverseReversal" });
  });

  it("deliveries are reversed by their documents only; unknown ids are not found", async () => {
    const p = await createStockProduct();
    await receipt(p.id, 1000, 100);
    const dn = await issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 1000 }] } });
    await expect(reverseStockOperation({ actor, operationId: dn.id })).rejects.toMatchObject({ key: "stock.reverseFromDocument" });
    await expect(reverseStockOperation({ actor, operationId: dn.id, allowDocumentTypes: true })).resolves.toMatchObject({ type: "REVERSAL" });
    await expect(reverseStockOperation({ actor, operationId: "nope" })).rejects.toMatchObject({ key: "notFound" });
    expect(await ledgerMismatches()).toEqual([]);
  });
});

describe(`the conditional UPDATE on its own (${dbKind})`, () => {
  // Last in the file: it changes StockLevel without moves, which the ledger checks above would flag.
  it("lets exactly as many concurrent takers through as there are units, without any other lock", async () => {
    const { changeStockLevel } = await import("./change-stock-level");
    const { transact } = await import("@/lib/db/transact");
    const p = await createStockProduct();
    await receipt(p.id, 5000, 100);
    const names = () => ({ product: p.sku, warehouse: wh1.code });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => transact((tx) => changeStockLevel(tx, { productId: p.id, warehouseId: wh1.id, quantity: -1000, allowNegative: false }, names))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await onHand(p.id, wh1.id)).toBe(0);
  });
});
