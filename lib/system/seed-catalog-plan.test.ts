import { describe, expect, it } from "vitest";
import { isValidGtin } from "@/lib/catalog/gtin";
import { isSlug } from "@/lib/catalog/slug";
import { CATEGORIES, LEAVES } from "./seed-catalog-data";
import { CATALOG_SEED, gtinFor, nicePrice, planCatalog } from "./seed-catalog-plan";
import { seededRandom } from "./seed-catalog-random";
import { planStock, type StockItem } from "./seed-catalog-stock-plan";

const NOW = new Date("2026-03-15T08:00:00Z");

function items(): StockItem[] {
  const plan = planCatalog();
  const out: StockItem[] = plan.products.filter((p) => p.kind === "simple" && p.input.stockTracked).map((p) => ({ sku: p.input.sku, uomDecimals: p.input.uomDecimals, listPrice: p.input.listPrice, standardCost: p.input.standardCost ?? 0, root: "packaging" }));
  for (const g of plan.groups) for (const v of g.variants) out.push({ sku: v.sku, uomDecimals: false, listPrice: v.listPrice, standardCost: v.standardCost, root: "safety-gear" });
  return out;
}

describe("seeded random", () => {
  it("repeats for the same seed and differs for another", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a.int(0, 1000));
    expect(Array.from({ length: 5 }, () => b.int(0, 1000))).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.int(0, 1000))).not.toEqual(seqA);
  });
});

describe("demo catalog plan", () => {
  it("is the same on every run", () => {
    expect(JSON.stringify(planCatalog())).toBe(JSON.stringify(planCatalog(CATALOG_SEED)));
  });

  it("has about 300 products with unique SKUs, valid GTINs and slugs", () => {
    const plan = planCatalog();
    const variants = plan.groups.flatMap((g) => g.variants);
    const skus = [...plan.products.map((p) => p.input.sku), ...variants.map((v) => v.sku)];
    expect(skus.length).toBeGreaterThanOrEqual(280);
    expect(skus.length).toBeLessThanOrEqual(320);
    expect(new Set(skus.map((s) => s.toLowerCase())).size).toBe(skus.length);
    const gtins = [...plan.products.map((p) => p.input.gtin), ...variants.map((v) => v.gtin)].filter((g): g is string => g !== null);
    expect(gtins.every(isValidGtin)).toBe(true);
    expect(new Set(gtins).size).toBe(gtins.length);
    const slugs = plan.products.map((p) => p.input.slug).filter((s): s is string => s !== null);
    expect(slugs.every(isSlug)).toBe(true);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(plan.products.every((p) => !p.input.published || p.input.slug)).toBe(true);
  });

  it("prices every product with a cost below its list price", () => {
    const plan = planCatalog();
    for (const p of plan.products) {
      expect(p.input.listPrice, p.input.sku).toBeGreaterThan(0);
      expect(p.input.standardCost!, p.input.sku).toBeLessThan(p.input.listPrice);
    }
    for (const v of plan.groups.flatMap((g) => g.variants)) expect(v.standardCost).toBeLessThan(v.listPrice);
  });

  it("puts products only into known leaf categories", () => {
    const slugs = new Set(CATEGORIES.map((c) => c.slug));
    for (const leaf of LEAVES) expect(slugs.has(leaf.category), leaf.category).toBe(true);
    for (const c of CATEGORIES) if (c.parent) expect(slugs.has(c.parent)).toBe(true);
  });

  it("makes shelf prices", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const small = nicePrice(random, [1.2, 9]);
      expect(small % 10).toBe(0);
      const large = nicePrice(random, [1000, 5000]);
      expect(large % 10000).toBe(9900);
    }
    expect(gtinFor(1)).toBe("6912345000017");
  });
});

describe("demo stock plan", () => {
  it("posts in date order, before now, and never transfers more than Shanghai holds", () => {
    const plan = planStock(items(), NOW, CATALOG_SEED);
    const times = plan.operations.map((o) => o.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThan(NOW.getTime());
    const onHand = new Map<string, number>();
    for (const op of plan.operations) {
      if (op.type === "receipt") for (const l of op.lines) onHand.set(`${l.sku}|${op.warehouse}`, (onHand.get(`${l.sku}|${op.warehouse}`) ?? 0) + l.quantity);
      else
        for (const l of op.lines) {
          const left = (onHand.get(`${l.sku}|WH1`) ?? 0) - l.quantity;
          expect(left).toBeGreaterThanOrEqual(0);
          expect(l.quantity).toBeGreaterThan(0);
          onHand.set(`${l.sku}|WH1`, left);
        }
    }
    expect(plan.operations.filter((o) => o.type === "transfer").length).toBeGreaterThan(0);
    expect(plan.operations.some((o) => o.type === "receipt" && o.warehouse === "WH2")).toBe(true);
  });

  it("gives whole quantities to products sold in whole units", () => {
    const all = items();
    const decimals = new Map(all.map((i) => [i.sku, i.uomDecimals]));
    const plan = planStock(all, NOW, CATALOG_SEED);
    for (const op of plan.operations) for (const l of op.lines) if (!decimals.get(l.sku)) expect(l.quantity % 1000).toBe(0);
    for (const [sku, rp] of plan.reorderPoints) if (!decimals.get(sku)) expect(rp % 1000).toBe(0);
  });
});
