import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { ProductFormValues } from "./product-form";

type Stored = Omit<ProductFormValues, "gtin" | "mpn" | "weightGrams" | "lengthMm" | "widthMm" | "heightMm" | "listPrice" | "standardCost" | "reorderPoint" | "slug" | "categoryId"> & {
  categoryId: string | null;
  gtin: string | null;
  mpn: string | null;
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  listPrice: number;
  standardCost: number | null;
  reorderPoint: number | null;
  slug: string | null;
};

const num = (n: number | null) => (n === null ? "" : String(n));

/** A stored product as the form's text values: money and quantities as exact decimal text. */
export function productFormValues(p: Stored, currency: string): ProductFormValues {
  return {
    sku: p.sku,
    kind: p.kind,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    descriptionZh: p.descriptionZh,
    descriptionEn: p.descriptionEn,
    categoryId: p.categoryId ?? "",
    brand: p.brand,
    uom: p.uom,
    uomDecimals: p.uomDecimals,
    gtin: p.gtin ?? "",
    mpn: p.mpn ?? "",
    weightGrams: num(p.weightGrams),
    lengthMm: num(p.lengthMm),
    widthMm: num(p.widthMm),
    heightMm: num(p.heightMm),
    listPrice: formatMoney(p.listPrice, currency),
    standardCost: p.standardCost === null ? "" : formatMoney(p.standardCost, currency),
    vatRateCode: p.vatRateCode,
    stockTracked: p.stockTracked,
    allowBackorder: p.allowBackorder,
    reorderPoint: p.reorderPoint === null ? "" : formatQuantity(p.reorderPoint),
    published: p.published,
    slug: p.slug ?? "",
    status: p.status,
    configurable: p.configurable,
  };
}
