import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createStockProduct, createWarehouse, defaultWarehouse, ledgerMismatches, type TestWarehouse } from "@/lib/testing/stock-factories";
import { parseTableParams } from "@/lib/table/params";
import { BALANCES_TABLE } from "../balances/balances-table";
import { findStockBalances, findStockBalancesBatch, findWarehouseTotals } from "../balances/find-stock-balances";
import { issueStock } from "../issue-stock";
import { postAdjustment } from "../post-adjustment";
import { postReceipt } from "../post-receipt";
import { postTransfer } from "../post-transfer";
import { receiveReturn } from "../receive-return";
import { reverseStockOperation } from "../reverse-stock-operation";
import { findStockCard } from "./find-stock-card";

let actor: Actor;
let sales: Actor;
let wh1: TestWarehouse;
let wh2: TestWarehouse;

beforeAll(async () => {
  await createCompany();
  actor = await createActor("warehouse");
  sales = await createActor("sales");
  wh1 = await defaultWarehouse();
  wh2 = await createWarehouse();
});

/** A mixed sequence over two warehouses: 12 moves. */
async function mixedHistory(productId: string) {
  const line = (quantity: number, unitCost = 0) => [{ productId, quantity, unitCost }];
  await postReceipt({ actor, input: { warehouseId: wh1.id, lines: line(10_000, 120) } });
  await postReceipt({ actor, input: { warehouseId: wh2.id, lines: line(4_000, 150) } });
  await issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId, quantity: 3_000 }] } });
  const tr = await postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh2.id, lines: [{ productId, quantity: 2_000 }] } });
  await postAdjustment({ actor, input: { warehouseId: wh2.id, reason: "damaged", lines: [{ productId, quantity: -1_000 }] } });
  await receiveReturn({ actor, input: { warehouseId: wh1.id, lines: [{ productId, quantity: 1_000 }] } });
  const late = await postReceipt({ actor, input: { warehouseId: wh1.id, lines: line(5_000, 99) } });
  await issueStock({ actor, input: { warehouseId: wh2.id, lines: [{ productId, quantity: 3_000 }] } });
  await reverseStockOperation({ actor, operationId: tr.id });
  await postAdjustment({ actor, input: { warehouseId: wh1.id, reason: "found", lines: [{ productId, quantity: 2_000 }] } });
  return { late };
}

describe(`stock card on ${dbKind}`, () => {
  it("running balance equals the sum of moves on every page, with the right opening balance", async () => {
    const p = await createStockProduct();
    await mixedHistory(p.id);
    const moves = await db.stockMove.findMany({ where: { productId: p.id }, orderBy: [{ postedAt: "asc" }, { operationId: "asc" }, { seq: "asc" }], select: { id: true, quantity: true, valueDelta: true } });
    expect(moves).toHaveLength(12);

    // Pages of 5: 5 + 5 + 2; the default page is the last one.
    const last = await findStockCard({ actor, productId: p.id, warehouseId: null, page: null, size: 5 });
    expect(last).toMatchObject({ page: 3, pages: 3, total: 12 });
    let seen = 0;
    let running = 0;
    let value = 0n;
    for (let page = 1; page <= 3; page++) {
      const card = await findStockCard({ actor, productId: p.id, warehouseId: null, page, size: 5 });
      expect(card.opening.quantity).toBe(running);
      expect(card.opening.value).toBe(Number(value));
      for (const row of card.rows) {
        expect(row.id).toBe(moves[seen].id);
        running += moves[seen].quantity;
        value += moves[seen].valueDelta;
        expect(row.balance).toBe(running);
        expect(row.balanceValue).toBe(Number(value));
        seen += 1;
      }
    }
    expect(seen).toBe(12);
    const levels = await db.stockLevel.aggregate({ where: { productId: p.id }, _sum: { onHand: true } });
    expect(running).toBe(levels._sum.onHand);
    expect(last.summary.onHand).toBe(running);
    expect(last.summary.value).toBe(Number(value));
    expect(await ledgerMismatches()).toEqual([]);
  });

  it("filtered to one warehouse, the balance is that warehouse's on-hand and no running value is shown", async () => {
    const p = await createStockProduct();
    await mixedHistory(p.id);
    const card = await findStockCard({ actor, productId: p.id, warehouseId: wh2.id, page: 1, size: 100 });
    const level = await db.stockLevel.findUniqueOrThrow({ where: { productId_warehouseId: { productId: p.id, warehouseId: wh2.id } }, select: { onHand: true } });
    expect(card.rows.at(-1)?.balance).toBe(level.onHand);
    expect(card.rows.every((r) => r.balanceValue === null && r.unitCost !== null)).toBe(true);
  });

  it("sales see quantities but no cost figures at all", async () => {
    const p = await createStockProduct();
    await mixedHistory(p.id);
    const card = await findStockCard({ actor: sales, productId: p.id, warehouseId: null, page: null });
    expect(card.rows.every((r) => r.unitCost === null && r.valueDelta === null && r.balanceValue === null)).toBe(true);
    expect(card.summary).toMatchObject({ averageCost: null, value: null });
    const params = parseTableParams(BALANCES_TABLE, { q: p.sku });
    const { rows } = await findStockBalances({ actor: sales, params });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.averageCost === null && r.value === null)).toBe(true);
    expect((await findWarehouseTotals({ actor: sales, params })).every((t) => t.value === null)).toBe(true);
  });

  it("balances per warehouse add up to the product's value; export batches cover every row once", async () => {
    const p = await createStockProduct();
    await mixedHistory(p.id);
    const params = parseTableParams(BALANCES_TABLE, { q: p.sku, size: "10" });
    const { rows, total } = await findStockBalances({ actor, params });
    expect(total).toBe(2);
    const card = await findStockCard({ actor, productId: p.id, warehouseId: null, page: null });
    const sum = rows.reduce((a, r) => a + (r.value ?? 0), 0);
    expect(Math.abs(sum - (card.summary.value ?? 0))).toBeLessThanOrEqual(1); // one rounding per row
    const batch1 = await findStockBalancesBatch({ actor, params, cursor: null, take: 1 });
    const batch2 = await findStockBalancesBatch({ actor, params, cursor: batch1[0].id, take: 1 });
    const batch3 = await findStockBalancesBatch({ actor, params, cursor: batch2[0].id, take: 1 });
    expect(new Set([...batch1, ...batch2].map((r) => r.id)).size).toBe(2);
    expect(batch3).toEqual([]);
  });

  it("a variant group or unknown product has no card", async () => {
    const group = await createStockProduct({ kind: "group" });
    await expect(findStockCard({ actor, productId: group.id, warehouseId: null, page: null })).rejects.toMatchObject({ key: "notFound" });
    await expect(findStockCard({ actor, productId: "nope", warehouseId: null, page: null })).rejects.toMatchObject({ key: "notFound" });
  });
});
