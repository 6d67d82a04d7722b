import "server-only";
import { dbKind, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { FieldError } from "@/lib/errors";

// Checks shared by create, update and variant generation, run inside their transaction.

/** Every stored field, for audit before/after snapshots and change detection. */
export const PRODUCT_AUDIT_SELECT = {
  id: true,
  sku: true,
  kind: true,
  parentId: true,
  nameZh: true,
  nameEn: true,
  descriptionZh: true,
  descriptionEn: true,
  categoryId: true,
  brand: true,
  uom: true,
  uomDecimals: true,
  gtin: true,
  mpn: true,
  weightGrams: true,
  lengthMm: true,
  widthMm: true,
  heightMm: true,
  listPrice: true,
  standardCost: true,
  vatRateCode: true,
  stockTracked: true,
  allowBackorder: true,
  reorderPoint: true,
  published: true,
  slug: true,
  status: true,
  configurable: true,
} as const;

/**
 * SKUs keep the case they were typed in, but two SKUs that differ only in case would confuse
 * everyone: the check compares lowercased. On PostgreSQL a transaction-scoped advisory lock on
 * the lowercased SKU makes two concurrent creates of "ab-1" and "AB-1" wait for each other
 * (SQLite already writes one at a time).
 */
export async function assertSkuFree(tx: Tx, sku: string, exceptId?: string): Promise<void> {
  if (dbKind === "postgresql") await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`product-sku:${sku.toLowerCase()}`}))`;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Product" WHERE lower("sku") = lower(${sku})`;
  if (rows.some((r) => r.id !== exceptId)) throw new FieldError("sku", "catalog.skuTaken");
}

/** A product id whose SKU equals `sku` ignoring case, or null (for imports that match by SKU). */
export async function findProductIdBySku(tx: Tx, sku: string): Promise<string | null> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Product" WHERE lower("sku") = lower(${sku})`;
  return rows[0]?.id ?? null;
}

export async function assertProductSlugFree(tx: Tx, slug: string | null, exceptId?: string): Promise<void> {
  if (slug === null) return;
  const row = await tx.product.findUnique({ where: { slug }, select: { id: true } });
  if (row && row.id !== exceptId) throw new FieldError("slug", "catalog.slugTaken");
}

export async function assertCategoryExists(tx: Tx, categoryId: string | null): Promise<void> {
  if (categoryId === null) return;
  const row = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!row) throw new FieldError("categoryId", "choice");
}

/** A new choice of VAT rate must be an active one; a product keeps a rate deactivated since. */
export async function assertVatRate(tx: Tx, code: string, current?: string): Promise<void> {
  if (code === current) return;
  const row = await tx.vatRate.findUnique({ where: { code }, select: { active: true } });
  if (!row?.active) throw new FieldError("vatRateCode", "catalog.vatRate");
}

/** A unique index that fired anyway (two writers at once): the same field error as the check. */
export function uniqueFieldError(error: unknown): FieldError | null {
  if (!isUniqueViolation(error)) return null;
  const text = JSON.stringify((error as { meta?: unknown }).meta ?? {}) + String((error as Error).message ?? "");
  return /slug/i.test(text) ? new FieldError("slug", "catalog.slugTaken") : new FieldError("sku", "catalog.skuTaken");
}
