import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { categoryAndDescendantIds } from "@/lib/catalog/categories/find-categories";
import { categoryCells } from "@/lib/catalog/import/category-paths";
import { PRODUCT_AUDIT_SELECT } from "@/lib/catalog/products/product-rules";
import { productsWhere, type ProductsParams } from "@/lib/catalog/products/products-table";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { csvFilename, csvResponse, keysetBatches, type CsvColumn } from "@/lib/table/csv-response";
import { appTimeZone } from "@/lib/table/day-range";
import type { ExistingProduct } from "@/lib/catalog/import/product-row";
import { exportColumns, productCsvCells } from "./product-csv-columns";

/**
 * Every product matching the list's filter as a CSV the import reads back unchanged, streamed
 * in id-ordered batches. The headers are the import's column names, whatever the language.
 */
export async function exportProductsCsv({ actor, params, locale }: { actor: Actor; params: ProductsParams; locale: Locale }): Promise<Response> {
  assertCan(actor, "catalog.read");
  const [company, categories] = await Promise.all([
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
    db.category.findMany({ select: { id: true, parentId: true, nameZh: true, nameEn: true, slug: true } }),
  ]);
  const cells = categoryCells(categories, locale === "en" ? "nameEn" : "nameZh");
  const cellOf = productCsvCells({ currency: company?.baseCurrency ?? "CNY", categoryCell: (id) => (id === null ? "" : (cells.get(id) ?? "")) });
  const columns: CsvColumn<ExistingProduct>[] = exportColumns(can(actor, "cost.read")).map((key) => ({ header: key, value: cellOf[key] }));

  const categoryIds = params.filters.category ? await categoryAndDescendantIds(params.filters.category) : null;
  const filtered = productsWhere(params, categoryIds);
  return csvResponse({
    filename: csvFilename("products", appTimeZone()),
    columns,
    batches: keysetBatches(({ cursor, take }) =>
      db.product.findMany({ where: cursor ? { AND: [filtered, { id: { gt: cursor } }] } : filtered, orderBy: { id: "asc" }, take, select: PRODUCT_AUDIT_SELECT }),
    ),
  });
}
