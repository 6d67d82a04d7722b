// Test data for the stock ledger's integration tests (lib/stock/**/*.int.test.ts):
//
//   await createCompany();                        // also creates the default warehouse WH1
//   const wh = await defaultWarehouse();
//   const p = await createStockProduct({ allowBackorder: true });
//   await postReceipt({ actor, input: { warehouseId: wh.id, lines: [{ productId: p.id, quantity: 5000, unitCost: 1250 }] } });
//
// SKUs, codes and names are unique per call.
import { db } from "@/lib/db/client";
import { uniqueName } from "./factories";

export type TestProduct = { id: string; sku: string; nameEn: string; nameZh: string; allowBackorder: boolean; uomDecimals: boolean; stockTracked: boolean; kind: string };

export type ProductOverrides = Partial<{
  sku: string;
  nameEn: string;
  nameZh: string;
  kind: "simple" | "group" | "variant";
  parentId: string | null;
  categoryId: string | null;
  uom: string;
  uomDecimals: boolean;
  stockTracked: boolean;
  allowBackorder: boolean;
  standardCost: number;
  reorderPoint: number | null;
  status: "active" | "discontinued";
}>;

export async function createStockProduct(overrides: ProductOverrides = {}): Promise<TestProduct> {
  const token = uniqueName("sku").toUpperCase();
  return db.product.create({
    data: { sku: token, nameEn: `Product ${token}`, nameZh: `产品 ${token}`, ...overrides },
    select: { id: true, sku: true, nameEn: true, nameZh: true, allowBackorder: true, uomDecimals: true, stockTracked: true, kind: true },
  });
}

export async function createCategory(overrides: Partial<{ parentId: string | null; nameEn: string }> = {}): Promise<{ id: string }> {
  const token = uniqueName("cat");
  return db.category.create({ data: { nameEn: overrides.nameEn ?? token, nameZh: token, slug: token, parentId: overrides.parentId ?? null }, select: { id: true } });
}

export type TestWarehouse = { id: string; code: string; name: string; isDefault: boolean };

export async function createWarehouse(overrides: Partial<{ code: string; name: string; active: boolean }> = {}): Promise<TestWarehouse> {
  const token = uniqueName("wh").toUpperCase();
  return db.warehouse.create({
    data: { code: token.slice(0, 20), name: `Warehouse ${token}`, isDefault: false, ...overrides },
    select: { id: true, code: true, name: true, isDefault: true },
  });
}

/** The default warehouse createCompany() made (WH1). */
export async function defaultWarehouse(): Promise<TestWarehouse> {
  return db.warehouse.findFirstOrThrow({ where: { isDefault: true }, select: { id: true, code: true, name: true, isDefault: true } });
}

/** Σ moves per product × warehouse next to StockLevel.onHand, for the ledger-equals-cache check. */
export async function ledgerMismatches(): Promise<{ productId: string; warehouseId: string; onHand: number; moves: number }[]> {
  const [levels, sums] = await Promise.all([
    db.stockLevel.findMany({ select: { productId: true, warehouseId: true, onHand: true } }),
    db.stockMove.groupBy({ by: ["productId", "warehouseId"], _sum: { quantity: true } }),
  ]);
  const key = (p: string, w: string) => `${p}|${w}`;
  const bySum = new Map(sums.map((s) => [key(s.productId, s.warehouseId), s._sum.quantity ?? 0]));
  const out = levels.filter((l) => (bySum.get(key(l.productId, l.warehouseId)) ?? 0) !== l.onHand).map((l) => ({ ...l, moves: bySum.get(key(l.productId, l.warehouseId)) ?? 0 }));
  for (const s of sums) {
    if (!levels.some((l) => l.productId === s.productId && l.warehouseId === s.warehouseId)) out.push({ productId: s.productId, warehouseId: s.warehouseId, onHand: 0, moves: s._sum.quantity ?? 0 });
  }
  return out;
}
