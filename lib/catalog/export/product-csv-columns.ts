import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { ExistingProduct } from "@/lib/catalog/import/product-row";
import type { ProductColumn } from "@/lib/catalog/import/product-fields";
import { PRODUCT_COLUMNS } from "@/lib/catalog/import/product-fields";

// The export's cells, written exactly as the import reads them back: same headers, exact
// decimal text for money and quantities, true/false flags, category path or slug.

type Cell = (p: ExistingProduct) => string;

export function productCsvCells({ currency, categoryCell }: { currency: string; categoryCell: (id: string | null) => string }): Record<ProductColumn, Cell> {
  return {
    sku: (p) => p.sku,
    name_zh: (p) => p.nameZh,
    name_en: (p) => p.nameEn,
    description_zh: (p) => p.descriptionZh,
    description_en: (p) => p.descriptionEn,
    category: (p) => categoryCell(p.categoryId),
    brand: (p) => p.brand,
    uom: (p) => p.uom,
    uom_decimals: (p) => String(p.uomDecimals),
    gtin: (p) => p.gtin ?? "",
    mpn: (p) => p.mpn ?? "",
    weight_g: (p) => (p.weightGrams === null ? "" : String(p.weightGrams)),
    list_price: (p) => formatMoney(p.listPrice, currency),
    standard_cost: (p) => formatMoney(p.standardCost, currency),
    vat_rate: (p) => p.vatRateCode,
    stock_tracked: (p) => String(p.stockTracked),
    allow_backorder: (p) => String(p.allowBackorder),
    reorder_point: (p) => (p.reorderPoint === null ? "" : formatQuantity(p.reorderPoint)),
    published: (p) => String(p.published),
    slug: (p) => p.slug ?? "",
    status: (p) => p.status,
  };
}

/** The columns someone may export: the cost only with cost.read. */
export function exportColumns(canSeeCost: boolean): ProductColumn[] {
  return PRODUCT_COLUMNS.filter((c) => c !== "standard_cost" || canSeeCost);
}
