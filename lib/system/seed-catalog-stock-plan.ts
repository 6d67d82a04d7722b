import { SUPPLIERS } from "./seed-catalog-data";
import { seededRandom, type Random } from "./seed-catalog-random";

// The demo's stock history as plain data: two waves of supplier receipts into both warehouses
// (costs around the standard cost, so averages move), then a few transfers to Guangzhou, and
// reorder points that leave some products below them. Quantities in thousandths, costs in fen.

export type StockItem = { sku: string; uomDecimals: boolean; listPrice: number; standardCost: number; root: string };
export type WarehouseCode = "WH1" | "WH2";
export type PlannedReceipt = { type: "receipt"; at: Date; warehouse: WarehouseCode; supplierRef: string; note: string; lines: { sku: string; quantity: number; unitCost: number }[] };
export type PlannedTransfer = { type: "transfer"; at: Date; note: string; lines: { sku: string; quantity: number }[] };
export type StockPlan = { operations: (PlannedReceipt | PlannedTransfer)[]; reorderPoints: Map<string, number> };

const DAY = 86_400_000;
const SUPPLIER_OF_ROOT: Record<string, number> = { "electronic-components": 0, "industrial-tools": 1, "office-supplies": 2, packaging: 3, "safety-gear": 4, "office-equipment": 5 };

/** A receipt quantity that fits the goods: many cheap items, few expensive ones, metres and kilos with a decimal. */
function receiptQuantity(random: Random, item: StockItem): number {
  if (item.uomDecimals) return random.int(item.listPrice < 1000 ? 3000 : 500, item.listPrice < 1000 ? 15000 : 4000) * 100;
  const [min, max] = item.listPrice < 1000 ? [100, 600] : item.listPrice < 10000 ? [20, 150] : item.listPrice < 100000 ? [5, 40] : [2, 8];
  return random.int(min, max) * 1000;
}

/** Down to whole units (or tenths for decimal units). */
function roundDown(quantity: number, decimals: boolean): number {
  const step = decimals ? 100 : 1000;
  return Math.floor(quantity / step) * step;
}

function chunks<T>(random: Random, items: T[], min: number, max: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; ) {
    const size = random.int(min, max);
    out.push(items.slice(i, i + size));
    i += size;
  }
  return out;
}

function at(random: Random, now: Date, daysAgo: number): Date {
  // Office hours on that day, a little before now's time of day so nothing lands in the future.
  return new Date(now.getTime() - daysAgo * DAY - random.int(30, 9 * 60) * 60_000);
}

function supplierRef(when: Date, n: number): string {
  return `DN${when.toISOString().slice(0, 10).replace(/-/g, "")}-${String(n).padStart(3, "0")}`;
}

export function planStock(items: StockItem[], now: Date, seed: number): StockPlan {
  const random = seededRandom(seed + 1);
  const bySku = new Map(items.map((i) => [i.sku, i]));
  const shuffled = random.shuffle(items);
  const unreceived = shuffled.slice(0, 5); // new lines, not delivered yet
  const received = shuffled.slice(5);
  const operations: (PlannedReceipt | PlannedTransfer)[] = [];
  const onHand = new Map<string, number>(); // "sku|WH" → thousandths
  const totals = new Map<string, number>();
  let refNo = 1;

  const receive = (wave: StockItem[], days: [number, number], lines: [number, number]) => {
    const bySupplier = new Map<number, StockItem[]>();
    for (const item of wave) {
      const s = SUPPLIER_OF_ROOT[item.root] ?? 2;
      bySupplier.set(s, [...(bySupplier.get(s) ?? []), item]);
    }
    for (const [s, list] of [...bySupplier.entries()].sort((a, b) => a[0] - b[0])) {
      for (const chunk of chunks(random, list, lines[0], lines[1])) {
        const when = at(random, now, random.int(days[0], days[1]));
        const warehouse: WarehouseCode = random.chance(0.7) ? "WH1" : "WH2";
        const receiptLines = chunk.map((item) => {
          const quantity = receiptQuantity(random, item);
          onHand.set(`${item.sku}|${warehouse}`, (onHand.get(`${item.sku}|${warehouse}`) ?? 0) + quantity);
          totals.set(item.sku, (totals.get(item.sku) ?? 0) + quantity);
          return { sku: item.sku, quantity, unitCost: Math.round((item.standardCost * random.int(95, 105)) / 100) };
        });
        const [zh, en] = SUPPLIERS[s];
        operations.push({ type: "receipt", at: when, warehouse, supplierRef: supplierRef(when, refNo++), note: `${zh} / ${en}`, lines: receiptLines });
      }
    }
  };
  receive(received, [45, 88], [8, 14]);
  receive(received.filter(() => random.chance(0.4)), [10, 40], [6, 12]);

  // Guangzhou gets part of Shanghai's stock in the last week.
  const transferable = received.filter((i) => (onHand.get(`${i.sku}|WH1`) ?? 0) > 0);
  for (let n = 0; n < 4; n++) {
    const lines = random
      .shuffle(transferable)
      .slice(0, random.int(4, 7))
      .map((item) => {
        const quantity = roundDown(((onHand.get(`${item.sku}|WH1`) ?? 0) * random.int(15, 35)) / 100, item.uomDecimals);
        onHand.set(`${item.sku}|WH1`, (onHand.get(`${item.sku}|WH1`) ?? 0) - quantity);
        onHand.set(`${item.sku}|WH2`, (onHand.get(`${item.sku}|WH2`) ?? 0) + quantity);
        return { sku: item.sku, quantity };
      })
      .filter((l) => l.quantity > 0);
    if (lines.length > 0) operations.push({ type: "transfer", at: at(random, now, 2 + n * 2), note: "上海 → 广州补货 / Shanghai → Guangzhou replenishment", lines });
  }
  operations.sort((a, b) => a.at.getTime() - b.at.getTime());

  // Reorder points: most products well above theirs, some below (the low-stock list), and the
  // undelivered new lines at zero.
  const reorderPoints = new Map<string, number>();
  for (const item of received) {
    const total = totals.get(item.sku) ?? 0;
    const roll = random.next();
    if (roll < 0.09) reorderPoints.set(item.sku, Math.max(1000, roundDown((total * random.int(110, 160)) / 100, item.uomDecimals)));
    else if (roll < 0.7) reorderPoints.set(item.sku, Math.max(1000, roundDown((total * random.int(10, 30)) / 100, item.uomDecimals)));
  }
  for (const item of unreceived) reorderPoints.set(item.sku, (bySku.get(item.sku)!.uomDecimals ? 50 : 10) * 1000);
  return { operations, reorderPoints };
}
