import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createCategory, createStockProduct, createWarehouse, defaultWarehouse, type TestWarehouse } from "@/lib/testing/stock-factories";
import { parseTableParams } from "@/lib/table/params";
import { BALANCES_TABLE } from "./balances/balances-table";
import { findStockBalances } from "./balances/find-stock-balances";
import { issueStock } from "./issue-stock";
import { findLowStock, LOW_STOCK_TABLE } from "./low/find-low-stock";
import { findStockOperation } from "./operations/find-stock-operation";
import { findStockOperations } from "./operations/find-stock-operations";
import { OPERATIONS_TABLE } from "./operations/operations-table";
import { postReceipt } from "./post-receipt";
import { postTransfer } from "./post-transfer";
import { searchStockProducts } from "./products/search-stock-products";
import { reverseStockOperation } from "./reverse-stock-operation";

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

describe(`stock lists on ${dbKind}`, () => {
  it("operations: lines per document (a transfer line is two moves), reversal links, filters", async () => {
    const p = await createStockProduct();
    const q = await createStockProduct();
    const gr = await postReceipt({ actor, input: { warehouseId: wh1.id, supplierRef: "SUP-77", lines: [{ productId: p.id, quantity: 5000, unitCost: 100 }, { productId: q.id, quantity: 5000, unitCost: 100 }] } });
    const tr = await postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh2.id, lines: [{ productId: p.id, quantity: 1000 }, { productId: q.id, quantity: 1000 }] } });
    const rev = await reverseStockOperation({ actor, operationId: tr.id });

    const all = await findStockOperations({ actor, params: parseTableParams(OPERATIONS_TABLE, { product: p.id }) });
    expect(all.total).toBe(3);
    const byId = new Map(all.rows.map((r) => [r.id, r]));
    expect(byId.get(gr.id)).toMatchObject({ lines: 2, reference: "SUP-77", reversedBy: null, createdBy: actor.name });
    expect(byId.get(tr.id)).toMatchObject({ lines: 2, toWarehouse: wh2.code, reversedBy: { id: rev.id, number: rev.number } });
    expect(byId.get(rev.id)).toMatchObject({ type: "REVERSAL", lines: 2, reversalOf: { id: tr.id, number: tr.number } });

    const transfers = await findStockOperations({ actor, params: parseTableParams(OPERATIONS_TABLE, { type: "TRANSFER", warehouse: wh2.id }) });
    expect(transfers.rows.map((r) => r.id)).toContain(tr.id);
    expect(transfers.rows.every((r) => r.type === "TRANSFER")).toBe(true);
    const search = await findStockOperations({ actor, params: parseTableParams(OPERATIONS_TABLE, { q: "SUP-77" }) });
    expect(search.rows.map((r) => r.id)).toEqual([gr.id]);

    const detail = await findStockOperation({ actor, id: gr.id });
    expect(detail).toMatchObject({ supplierRef: "SUP-77", totalValue: 1000, moves: [{ quantity: 5000, unitCost: 100, valueDelta: 500 }, { quantity: 5000 }] });
    const forSales = await findStockOperation({ actor: sales, id: gr.id });
    expect(forSales.totalValue).toBeNull();
    expect(forSales.moves.every((m) => m.unitCost === null && m.valueDelta === null)).toBe(true);
  });

  it("low stock: available over all warehouses below the reorder point, including products never received", async () => {
    const category = (await createCategory()).id;
    const low = await createStockProduct({ categoryId: category, reorderPoint: 10_000 });
    const fine = await createStockProduct({ categoryId: category, reorderPoint: 3_000 });
    const never = await createStockProduct({ categoryId: category, reorderPoint: 1_000 });
    await createStockProduct({ categoryId: category, reorderPoint: 1_000, status: "discontinued" });
    await createStockProduct({ categoryId: category, reorderPoint: 1_000, stockTracked: false });
    await postReceipt({ actor, input: { warehouseId: wh1.id, lines: [{ productId: low.id, quantity: 4000, unitCost: 1 }, { productId: fine.id, quantity: 2000, unitCost: 1 }] } });
    await postReceipt({ actor, input: { warehouseId: wh2.id, lines: [{ productId: low.id, quantity: 4000, unitCost: 1 }, { productId: fine.id, quantity: 2000, unitCost: 1 }] } });
    // Reserved stock is not available (quote-to-cash keeps `reserved`; set here directly).
    await db.stockLevel.update({ where: { productId_warehouseId: { productId: fine.id, warehouseId: wh1.id } }, data: { reserved: 1500 } });

    const { rows } = await findLowStock({ actor: sales, params: parseTableParams(LOW_STOCK_TABLE, { category }) });
    expect(rows.map((r) => [r.id, r.available, r.shortfall])).toEqual([
      [low.id, 8000, 2000],
      [never.id, 0, 1000],
      [fine.id, 2500, 500],
    ]);
  });

  it("product search: exact SKU first, on-hand in the chosen warehouse, cost only for cost.read, no groups", async () => {
    const token = `SRCH${Date.now().toString(36).toUpperCase()}`;
    const a = await createStockProduct({ sku: `${token}-A`, nameEn: "Search lamp" });
    await createStockProduct({ sku: `${token}-GROUP`, kind: "group" });
    await createStockProduct({ sku: `X-${token}`, nameEn: "Other lamp" });
    await postReceipt({ actor, input: { warehouseId: wh1.id, lines: [{ productId: a.id, quantity: 3000, unitCost: 250 }] } });
    await issueStock({ actor, input: { warehouseId: wh1.id, lines: [{ productId: a.id, quantity: 1000 }] } });

    const found = await searchStockProducts({ actor, q: token.toLowerCase(), warehouseId: wh1.id });
    expect(found.map((p) => p.sku)).toEqual([`${token}-A`, `X-${token}`]);
    expect(found[0]).toMatchObject({ onHand: 2000, averageCost: 250 });
    const exact = await searchStockProducts({ actor, q: `x-${token.toLowerCase()}`, warehouseId: null });
    expect(exact[0]).toMatchObject({ sku: `X-${token}`, onHand: null });
    expect((await searchStockProducts({ actor: sales, q: token, warehouseId: wh1.id }))[0].averageCost).toBeNull();
    expect(await searchStockProducts({ actor, q: "   ", warehouseId: null })).toEqual([]);
  });

  it("balances: filters by warehouse, category (with sub-categories) and non-zero", async () => {
    const parent = (await createCategory()).id;
    const child = (await createCategory({ parentId: parent })).id;
    const p = await createStockProduct({ categoryId: child });
    await postReceipt({ actor, input: { warehouseId: wh1.id, lines: [{ productId: p.id, quantity: 2000, unitCost: 100 }] } });
    await postTransfer({ actor, input: { fromWarehouseId: wh1.id, toWarehouseId: wh2.id, lines: [{ productId: p.id, quantity: 2000 }] } });
    const rows = async (filters: Record<string, string>) => (await findStockBalances({ actor, params: parseTableParams(BALANCES_TABLE, filters) })).rows.map((r) => [r.warehouse, r.onHand]);
    const both = await rows({ category: parent });
    expect(both).toHaveLength(2);
    expect(both).toEqual(
      expect.arrayContaining([
        [wh1.code, 0],
        [wh2.code, 2000],
      ]),
    );
    expect(await rows({ category: parent, nonzero: "1" })).toEqual([[wh2.code, 2000]]);
    expect(await rows({ category: parent, warehouse: wh1.id })).toEqual([[wh1.code, 0]]);
  });
});
