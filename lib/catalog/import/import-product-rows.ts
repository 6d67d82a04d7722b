import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { createProduct } from "@/lib/catalog/products/create-product";
import { PRODUCT_AUDIT_SELECT } from "@/lib/catalog/products/product-rules";
import { updateProduct } from "@/lib/catalog/products/update-product";
import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { transact } from "@/lib/db/transact";
import { AppError, FieldError } from "@/lib/errors";
import type { BatchOutcome, ImportRow, RowError } from "@/lib/imports/importer";
import { issueKey } from "@/lib/imports/issue-key";
import { log } from "@/lib/log";
import { productCreateSchema, productUpdateSchema } from "@/lib/validation/product";
import { categoryLookup } from "./category-paths";
import { COLUMN_OF_INPUT } from "./product-fields";
import { productFormFromRow, type ExistingProduct, type RowContext } from "./product-row";

/** Thrown at the end of a dry run so its transaction rolls back every write it tried. */
class DryRunRollback extends Error {}

async function loadContext(actor: Actor): Promise<RowContext> {
  const [company, categories, vatRates] = await Promise.all([
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true, defaultVatRateBp: true } }),
    db.category.findMany({ select: { id: true, parentId: true, nameZh: true, nameEn: true, slug: true } }),
    db.vatRate.findMany({ select: { code: true, rateBp: true, active: true, categoryCode: true }, orderBy: { position: "asc" } }),
  ]);
  const bp = company?.defaultVatRateBp ?? 1300;
  const fallback = vatRates.find((r) => r.active && r.rateBp === bp && r.categoryCode === "S") ?? vatRates.find((r) => r.active);
  return {
    currency: company?.baseCurrency ?? "CNY",
    categories: categoryLookup(categories),
    vatRates,
    defaultVatCode: fallback?.code ?? "VAT13",
    canSeeCost: can(actor, "cost.read"),
  };
}

/** Existing products of the batch by lowercased SKU, in one query. */
async function existingBySku(tx: Tx, skus: string[]): Promise<Map<string, ExistingProduct>> {
  if (skus.length === 0) return new Map();
  const ids = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT "id" FROM "Product" WHERE lower("sku") IN (${Prisma.join(skus)})`);
  if (ids.length === 0) return new Map();
  const products = await tx.product.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: PRODUCT_AUDIT_SELECT });
  return new Map(products.map((p) => [p.sku.toLowerCase(), p]));
}

type Prepared = { row: number; sku: string; errors: RowError[] };

function fieldOf(name: string | undefined): string | null {
  return name === undefined ? null : (COLUMN_OF_INPUT[name] ?? null);
}

/** A service's expected failure as a row error (the message keys are the form's). */
function serviceError(row: number, error: unknown): RowError | null {
  if (error instanceof FieldError) return { row, field: fieldOf(error.field), ns: "validation", key: error.key, values: error.values };
  if (error instanceof AppError) return { row, field: null, ns: "errors", key: error.key, values: error.values };
  return null;
}

/**
 * Validates every row and, unless dryRun, creates or updates the valid ones — all rows of the
 * batch in one transaction. A dry run does the same work and rolls it back, so it reports
 * exactly what the import would (including two rows of the batch claiming one slug).
 */
export async function importProductRows({ actor, rows, dryRun }: { actor: Actor; rows: ImportRow[]; dryRun: boolean }): Promise<BatchOutcome> {
  assertCan(actor, "catalog.manage");
  const ctx = await loadContext(actor);
  const createSchema = productCreateSchema(ctx.currency);
  const updateSchema = productUpdateSchema(ctx.currency);

  // A SKU twice in one batch would be created and then updated in the same breath: refuse the later row.
  const firstRow = new Map<string, number>();
  const prepared: Prepared[] = rows.map(({ row, values }) => {
    const sku = (values.sku ?? "").trim();
    const errors: RowError[] = [];
    if (sku === "") errors.push({ row, field: "sku", ns: "validation", key: "required" });
    const seen = firstRow.get(sku.toLowerCase());
    if (sku && seen !== undefined) errors.push({ row, field: "sku", ns: "imports", key: "rows.duplicateSku", values: { row: seen } });
    else if (sku) firstRow.set(sku.toLowerCase(), row);
    return { row, sku, errors };
  });
  const valuesOf = new Map(rows.map((r) => [r.row, r.values]));

  const work = async (tx: Tx): Promise<BatchOutcome> => {
    const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
    const existing = await existingBySku(tx, [...firstRow.keys()]);
    for (const item of prepared) {
      if (item.errors.length > 0) {
        outcome.errors.push(...item.errors);
        continue;
      }
      const found = existing.get(item.sku.toLowerCase()) ?? null;
      const { form, errors } = productFormFromRow(valuesOf.get(item.row)!, found, ctx);
      const parsed = found ? updateSchema.safeParse(form) : createSchema.safeParse(form);
      const rowErrors: RowError[] = errors.map((e) => ({ row: item.row, field: e.field, ns: "imports", key: `rows.${e.key}`, values: e.values }));
      if (!parsed.success) {
        const taken = new Set(rowErrors.map((e) => e.field));
        for (const issue of parsed.error.issues) {
          const field = fieldOf(issue.path[0] === undefined ? undefined : String(issue.path[0]));
          if (field !== null && taken.has(field)) continue; // one message per cell
          if (field !== null) taken.add(field);
          rowErrors.push({ row: item.row, field, ns: "validation", ...issueKey(issue) });
        }
      }
      if (rowErrors.length > 0 || !parsed.success) {
        outcome.errors.push(...rowErrors);
        continue;
      }
      try {
        if (found) {
          const { changed } = await updateProduct({ actor, input: parsed.data as Parameters<typeof updateProduct>[0]["input"], tx });
          if (changed) outcome.updated += 1;
          else outcome.unchanged += 1;
        } else {
          await createProduct({ actor, input: parsed.data as Parameters<typeof createProduct>[0]["input"], tx });
          outcome.created += 1;
        }
      } catch (error) {
        const rowError = serviceError(item.row, error);
        if (!rowError) throw error;
        outcome.errors.push(rowError);
      }
    }
    return outcome;
  };

  const box: { outcome?: BatchOutcome } = {};
  try {
    return await transact(async (tx) => {
      box.outcome = await work(tx);
      if (dryRun) throw new DryRunRollback();
      return box.outcome;
    });
  } catch (error) {
    if (error instanceof DryRunRollback && box.outcome) return box.outcome;
    if (rows.length === 1) {
      log.error({ err: error, row: rows[0].row }, "product import row failed");
      return { created: 0, updated: 0, unchanged: 0, errors: [{ row: rows[0].row, field: null, ns: "imports", key: "rows.failed" }] };
    }
    // An unexpected failure (e.g. a unique index racing another writer) aborts the whole
    // transaction; it must not sink the row's neighbours: redo the batch one row at a time.
    log.warn({ err: error }, "product import batch failed; retrying row by row");
    const total: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
    for (const item of prepared) {
      if (item.errors.length > 0) {
        total.errors.push(...item.errors);
        continue;
      }
      const one = await importProductRows({ actor, rows: [{ row: item.row, values: valuesOf.get(item.row)! }], dryRun });
      total.created += one.created;
      total.updated += one.updated;
      total.unchanged += one.unchanged;
      total.errors.push(...one.errors);
    }
    return total;
  }
}
