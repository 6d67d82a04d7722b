import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { companyDay } from "@/lib/pricing/company-day";
import { putRate } from "@/lib/pricing/currencies/upsert-exchange-rate";
import { setCurrencyEnabled } from "@/lib/pricing/currencies/set-currency-enabled";
import { createPriceList } from "@/lib/pricing/price-lists/create-price-list";
import { upsertPriceListItem } from "@/lib/pricing/price-lists/upsert-price-list-item";
import { postReceiptInTx } from "@/lib/stock/post-receipt";
import { postTransferInTx } from "@/lib/stock/post-transfer";
import { createWarehouse } from "@/lib/stock/warehouses/save-warehouse";
import type { CatalogPlan } from "./seed-catalog-plan";
import { seededRandom } from "./seed-catalog-random";
import type { StockPlan, WarehouseCode } from "./seed-catalog-stock-plan";

// The demo's warehouses, currencies, price lists and stock history, through the services.

const DAY = 86_400_000;
/** Rates to CNY the demo starts from; each day moves a little (deterministically). */
const RATE_BASE: Record<string, number> = { USD: 71_850, EUR: 77_920 }; // ten-thousandths

export async function seedWarehousesAndCurrencies(actor: Actor, now: Date): Promise<Record<WarehouseCode, string>> {
  const main = await db.warehouse.findFirst({ where: { isDefault: true }, select: { id: true } });
  if (!main) throw new Error("demo seed: the default warehouse is missing");
  const guangzhou = await createWarehouse({
    actor,
    input: { code: "WH2", name: "广州仓 Guangzhou", address: "广州市黄埔区开创大道 88 号 / 88 Kaichuang Avenue, Huangpu, Guangzhou", isDefault: false, active: true },
  });
  for (const code of Object.keys(RATE_BASE)) await setCurrencyEnabled({ actor, code, enabled: true });
  const random = seededRandom(7);
  await transact(async (tx) => {
    for (const [code, base] of Object.entries(RATE_BASE)) {
      // The last ten days, oldest first: the rate of "today" is there for conversions.
      for (let d = 9; d >= 0; d--) {
        const rate = base + random.int(-120, 120);
        await putRate(tx, actor, { currencyCode: code, rateDate: companyDay(new Date(now.getTime() - d * DAY)), rate: `${Math.floor(rate / 10_000)}.${String(rate % 10_000).padStart(4, "0")}` }, "manual");
      }
    }
  });
  return { WH1: main.id, WH2: guangzhou.id };
}

/** A few items at a time: PostgreSQL runs them side by side (SQLite queues the writes anyway). */
async function inChunks<T>(items: T[], run: (item: T) => Promise<unknown>, size = 4): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(run));
}

/**
 * The default list gets every sellable product at its list price; a dealer list gives about a
 * quarter of them quantity breaks (−8 % from 1, −12 % from 10, −15 % from 50 units).
 */
export async function seedPrices(actor: Actor, plan: CatalogPlan, ids: Map<string, string>): Promise<void> {
  const list = await db.priceList.findFirst({ where: { isDefault: true }, select: { id: true } });
  if (!list) throw new Error("demo seed: the default price list is missing");
  const sellable: { productId: string; listPrice: number; decimals: boolean }[] = [];
  for (const p of plan.products) if (p.kind === "simple") sellable.push({ productId: ids.get(p.input.sku)!, listPrice: p.input.listPrice, decimals: p.input.uomDecimals });
  const decimalsOf = new Map(plan.products.map((p) => [p.input.sku, p.input.uomDecimals]));
  for (const g of plan.groups) for (const v of g.variants) sellable.push({ productId: ids.get(v.sku)!, listPrice: v.listPrice, decimals: decimalsOf.get(g.sku) ?? false });

  await inChunks(sellable, (s) => upsertPriceListItem({ actor, input: { priceListId: list.id, productId: s.productId, minQty: 0, unitPrice: s.listPrice } }));

  const dealer = await createPriceList({
    actor,
    input: { name: "经销商价 Dealer", currencyCode: "CNY", taxInclusive: false, validFrom: null, validTo: null, isDefault: false, isPublic: false, active: true },
  });
  const random = seededRandom(11);
  // Metres and kilos break at 100 and 500 instead of 10 and 50.
  const breaks = random.shuffle(sellable).slice(0, Math.round(sellable.length / 4)).flatMap((s) =>
    ([[0, 92], [s.decimals ? 100 : 10, 88], [s.decimals ? 500 : 50, 85]] as const).map(([units, percent]) => ({ productId: s.productId, minQty: units * 1000, unitPrice: Math.round((s.listPrice * percent) / 100) })),
  );
  await inChunks(breaks, (b) => upsertPriceListItem({ actor, input: { priceListId: dealer.id, ...b } }));
}

/** Receipts and transfers in date order, so every average is computed in the ledger's order. */
export async function seedStock(tx: Tx, actor: Actor, plan: StockPlan, ids: Map<string, string>, warehouses: Record<WarehouseCode, string>): Promise<void> {
  const id = (sku: string) => {
    const productId = ids.get(sku);
    if (!productId) throw new Error(`demo seed: no product ${sku}`);
    return productId;
  };
  for (const op of plan.operations) {
    if (op.type === "receipt") {
      await postReceiptInTx(tx, {
        actor,
        input: { warehouseId: warehouses[op.warehouse], supplierRef: op.supplierRef, note: op.note, postedAt: op.at, lines: op.lines.map((l) => ({ productId: id(l.sku), quantity: l.quantity, unitCost: l.unitCost })) },
      });
    } else {
      await postTransferInTx(tx, { actor, input: { fromWarehouseId: warehouses.WH1, toWarehouseId: warehouses.WH2, note: op.note, postedAt: op.at, lines: op.lines.map((l) => ({ productId: id(l.sku), quantity: l.quantity })) } });
    }
  }
}
