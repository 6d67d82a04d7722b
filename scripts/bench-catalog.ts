// The catalog and stock lists at real sizes (part of `npm run bench`): BENCH_PRODUCTS products,
// each stocked in two warehouses by a receipt move, then the products list, the stock balances
// list and its per-warehouse totals timed through the same service calls the pages make.
import { performance } from "node:perf_hooks";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import type { Actor } from "@/lib/auth/actor";
import { ensureCompany } from "@/lib/system/ensure-company";
import { findProducts } from "@/lib/catalog/products/find-products";
import { PRODUCTS_TABLE } from "@/lib/catalog/products/products-table";
import { findStockBalances, findWarehouseTotals } from "@/lib/stock/balances/find-stock-balances";
import { BALANCES_TABLE } from "@/lib/stock/balances/balances-table";
import { parseTableParams } from "@/lib/table/params";

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 20_000);

async function fill() {
  await transact((tx) => ensureCompany(tx, "Bench Co."));
  if ((await db.product.count()) >= PRODUCTS) return;
  const t0 = performance.now();
  const warehouses = [
    (await db.warehouse.findFirstOrThrow({ where: { isDefault: true } })).id,
    (await db.warehouse.upsert({ where: { code: "BENCH2" }, create: { code: "BENCH2", name: "Bench 2" }, update: {} })).id,
  ];
  const categories = await Promise.all(Array.from({ length: 30 }, (_, i) => db.category.create({ data: { nameZh: `类别 ${i}`, nameEn: `Category ${i}`, slug: `bench-${i}` } })));
  const op = await db.stockOperation.create({ data: { number: "BENCH-RECEIPT", type: "RECEIPT", warehouseId: warehouses[0], createdById: "bench" } });
  for (let start = 0; start < PRODUCTS; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, PRODUCTS - start) }, (_, k) => start + k);
    await db.product.createMany({
      data: batch.map((i) => ({
        id: `bench-p-${String(i).padStart(6, "0")}`,
        sku: `B-${String(i).padStart(6, "0")}`,
        nameZh: `产品 ${i}`,
        nameEn: `Product ${i}`,
        brand: `Brand ${i % 40}`,
        categoryId: categories[i % categories.length].id,
        listPrice: 1000 + (i % 5000) * 10,
        standardCost: 600 + (i % 5000) * 6,
      })),
    });
    const levels = batch.flatMap((i) => warehouses.map((w, j) => ({ productId: `bench-p-${String(i).padStart(6, "0")}`, warehouseId: w, onHand: (10 + (i % 90)) * 1000 * (j + 1) })));
    await db.stockLevel.createMany({ data: levels });
    await db.stockMove.createMany({
      data: levels.map((l, n) => ({ operationId: op.id, productId: l.productId, warehouseId: l.warehouseId, quantity: l.onHand, unitCost: 700, valueDelta: BigInt((l.onHand / 1000) * 700), seq: n })),
    });
  }
  console.log(`filled ${PRODUCTS} products, ${PRODUCTS * 2} stock levels and moves in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

export async function benchCatalog(median: (label: string, run: () => Promise<unknown>) => Promise<void>) {
  await fill();
  const actor: Actor = { id: "bench", email: "bench@example.com", name: "Bench", role: "admin", teamId: null, locale: "en" };
  const products = (q: string) => parseTableParams(PRODUCTS_TABLE, new URLSearchParams(q));
  const balances = (q: string) => parseTableParams(BALANCES_TABLE, new URLSearchParams(q));
  await median(`products: first page (${PRODUCTS} products)`, () => findProducts({ actor, params: products(""), locale: "en" }));
  await median("products: page 500", () => findProducts({ actor, params: products("page=500"), locale: "en" }));
  await median("products: search 'Product 1234'", () => findProducts({ actor, params: products("q=Product%201234"), locale: "en" }));
  await median("stock balances: first page", () => findStockBalances({ actor, params: balances("") }));
  await median("stock balances: page 1000", () => findStockBalances({ actor, params: balances("page=1000") }));
  await median("stock balances: totals per warehouse", () => findWarehouseTotals({ actor, params: balances("") }));
}
