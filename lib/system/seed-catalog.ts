import "server-only";
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { isRole } from "@/lib/auth/roles";
import { createCategory } from "@/lib/catalog/categories/create-category";
import { storeProductImage } from "@/lib/catalog/images/store-product-image";
import { saveOptionGroups } from "@/lib/catalog/options/save-option-groups";
import { createProduct } from "@/lib/catalog/products/create-product";
import { PRODUCT_AUDIT_SELECT } from "@/lib/catalog/products/product-rules";
import { updateProduct } from "@/lib/catalog/products/update-product";
import type { UomCode } from "@/lib/catalog/uom";
import type { ProductStatus } from "@/lib/validation/product";
import { addVariantAttribute } from "@/lib/catalog/variants/add-variant-attribute";
import { generateVariants } from "@/lib/catalog/variants/generate-variants";
import { db, type Tx } from "@/lib/db/client";
import { transact } from "@/lib/db/transact";
import { isLocale } from "@/lib/i18n/locales";
import { CATEGORIES } from "./seed-catalog-data";
import { productPictureSvg } from "./seed-catalog-images";
import { CATALOG_SEED, planCatalog, type CatalogPlan } from "./seed-catalog-plan";
import { seedPrices, seedStock, seedWarehousesAndCurrencies } from "./seed-catalog-stock";
import { planStock, type StockItem } from "./seed-catalog-stock-plan";

// The demo catalog (issue 4), seeded once right after the demo company on an empty database:
// ≈300 products in a category tree, variants, configurable products, pictures, two warehouses,
// price lists, exchange rates and a stock history — all through the same services the app uses,
// so audits, the stock ledger, averages and StockLevel are exactly what real use would give.

/** Writing ~300 products is one long transaction; the default 20 s is for requests. */
const LONG = { timeoutMs: 600_000, maxAttempts: 1 };

export type SeedCatalogReport = { products: number; images: number; operations: number; seconds: Record<string, number> };

async function seedActor(): Promise<Actor | null> {
  const user = await db.user.findFirst({ where: { role: "admin", active: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, email: true, name: true, role: true, teamId: true, locale: true } });
  if (!user || !isRole(user.role)) return null;
  return { ...user, role: user.role, locale: isLocale(user.locale) ? user.locale : "zh-CN" };
}

async function seedCategories(actor: Actor): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [position, c] of CATEGORIES.entries()) {
    const parentId = c.parent ? ids.get(c.parent)! : null;
    const row = await createCategory({ actor, input: { nameZh: c.nameZh, nameEn: c.nameEn, slug: c.slug, parentId, position } });
    ids.set(c.slug, row.id);
  }
  return ids;
}

/** Simple and configurable products, groups with their attributes and variants, in one transaction. */
async function seedProducts(tx: Tx, actor: Actor, plan: CatalogPlan, categories: Map<string, string>, reorderPoints: Map<string, number>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const p of plan.products) {
    const input = { ...p.input, categoryId: categories.get(p.category)!, reorderPoint: reorderPoints.get(p.input.sku) ?? null };
    const { id } = await createProduct({ actor, input, tx });
    ids.set(p.input.sku, id);
    if (p.options) await saveOptionGroups({ actor, productId: id, groups: p.options, tx });
  }
  for (const group of plan.groups) {
    const productId = ids.get(group.sku)!;
    for (const a of group.attributes) await addVariantAttribute({ actor, input: { productId, nameZh: a.nameZh, nameEn: a.nameEn, values: a.values }, tx });
    await generateVariants({ actor, productId, tx });
    const created = await tx.product.findMany({ where: { parentId: productId }, select: PRODUCT_AUDIT_SELECT });
    const bySku = new Map(created.map((v) => [v.sku, v]));
    for (const planned of group.variants) {
      const row = bySku.get(planned.sku);
      if (!row) throw new Error(`demo seed: variant ${planned.sku} was not generated`);
      const { kind: _kind, parentId: _parent, ...fields } = row;
      // Each variant its own barcode and price (bigger sizes cost more) and reorder point.
      await updateProduct({ actor, tx, input: { ...fields, uom: fields.uom as UomCode, status: fields.status as ProductStatus, listPrice: planned.listPrice, standardCost: planned.standardCost, gtin: planned.gtin, reorderPoint: reorderPoints.get(planned.sku) ?? null } });
      ids.set(planned.sku, row.id);
    }
  }
  return ids;
}

/** One picture per product shown in lists (simple, configurable and groups; variants share their group's). */
async function seedImages(plan: CatalogPlan, ids: Map<string, string>, limit: number): Promise<number> {
  const toDraw = plan.products.slice(0, limit);
  let stored = 0;
  // A few at once: sharp renders and resizes on its own threads while the database stores the
  // previous rows (on SQLite the writes still queue one at a time).
  for (let i = 0; i < toDraw.length; i += 4) {
    const batch = toDraw.slice(i, i + 4);
    await Promise.all(
      batch.map(async (p) => {
        const png = await sharp(Buffer.from(productPictureSvg({ badge: p.badge, sku: p.input.sku, icon: p.icon, colour: p.colour }))).png({ compressionLevel: 1 }).toBuffer();
        await storeProductImage({ productId: ids.get(p.input.sku)!, bytes: new Uint8Array(png) });
      }),
    );
    stored += batch.length;
  }
  return stored;
}

/** What the stock plan needs: every stock-tracked product that can hold stock, with its root category. */
function stockItems(plan: CatalogPlan): StockItem[] {
  const parentOf = new Map(CATEGORIES.map((c) => [c.slug, c.parent]));
  const root = (slug: string) => {
    let current = slug;
    while (parentOf.get(current)) current = parentOf.get(current)!;
    return current;
  };
  const items: StockItem[] = [];
  for (const p of plan.products) {
    if (p.kind === "simple" && p.input.stockTracked) items.push({ sku: p.input.sku, uomDecimals: p.input.uomDecimals, listPrice: p.input.listPrice, standardCost: p.input.standardCost ?? 0, root: root(p.category) });
  }
  const groupOf = new Map(plan.products.filter((p) => p.kind === "group").map((p) => [p.input.sku, p]));
  for (const g of plan.groups) {
    const group = groupOf.get(g.sku)!;
    for (const v of g.variants) items.push({ sku: v.sku, uomDecimals: group.input.uomDecimals, listPrice: v.listPrice, standardCost: v.standardCost, root: root(group.category) });
  }
  return items;
}

/**
 * Seeds the demo catalog when there is no product yet; returns null (and does nothing) otherwise.
 * `imageLimit` caps the generated pictures (all by default).
 */
export async function seedDemoCatalog({ now = new Date(), imageLimit = Infinity }: { now?: Date; imageLimit?: number } = {}): Promise<SeedCatalogReport | null> {
  if ((await db.product.count()) > 0) return null;
  const actor = await seedActor();
  if (!actor) return null;
  const seconds: Record<string, number> = {};
  let mark = Date.now();
  const lap = (name: string) => {
    seconds[name] = (Date.now() - mark) / 1000;
    mark = Date.now();
  };

  const plan = planCatalog(CATALOG_SEED);
  const stock = planStock(stockItems(plan), now, CATALOG_SEED);
  const categories = await seedCategories(actor);
  const ids = await transact((tx) => seedProducts(tx, actor, plan, categories, stock.reorderPoints), LONG);
  lap("products");
  // Pictures (mostly CPU) alongside prices (mostly database).
  const [images, warehouses] = await Promise.all([
    seedImages(plan, ids, imageLimit),
    (async () => {
      const created = await seedWarehousesAndCurrencies(actor, now);
      await seedPrices(actor, plan, ids);
      return created;
    })(),
  ]);
  lap("imagesAndPrices");
  await transact((tx) => seedStock(tx, actor, stock, ids, warehouses), LONG);
  lap("stock");
  return { products: ids.size, images, operations: stock.operations.length, seconds };
}

/** The line `npm start` prints after seeding. */
export function describeCatalogSeed(report: SeedCatalogReport | null): string {
  if (!report) return "Demo catalog: not seeded (products already exist).";
  const total = Object.values(report.seconds).reduce((a, b) => a + b, 0);
  const parts = Object.entries(report.seconds).map(([k, v]) => `${k} ${v.toFixed(1)} s`);
  return `Seeded the demo catalog: ${report.products} products, ${report.images} pictures, ${report.operations} stock operations in ${total.toFixed(1)} s (${parts.join(", ")}).`;
}
