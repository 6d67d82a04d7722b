import { isUomCode, UOM_DECIMALS } from "@/lib/catalog/uom";
import { formatMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import type { CategoryLookup } from "./category-paths";
import type { ProductColumn } from "./product-fields";

// One CSV row → the values the product form schemas take (text and checkboxes), on top of the
// product as it is (update) or the defaults (create). Pure, unit tested (product-row.test.ts).
//
// Empty cells: a value every product has (names, unit, price, VAT rate, flags, status) is left
// as it is — a new product gets the default; an optional value (category, brand, descriptions,
// GTIN, MPN, weight, reorder point, slug) is cleared.

export type ExistingProduct = {
  id: string;
  sku: string;
  kind: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  categoryId: string | null;
  brand: string;
  uom: string;
  uomDecimals: boolean;
  gtin: string | null;
  mpn: string | null;
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  listPrice: number;
  standardCost: number;
  vatRateCode: string;
  stockTracked: boolean;
  allowBackorder: boolean;
  reorderPoint: number | null;
  published: boolean;
  slug: string | null;
  status: string;
  configurable: boolean;
};

export type VatRateRow = { code: string; rateBp: number; active: boolean };

export type RowContext = {
  currency: string;
  categories: CategoryLookup;
  vatRates: readonly VatRateRow[];
  defaultVatCode: string;
  /** Without cost.read the standard cost is neither read nor written. */
  canSeeCost: boolean;
};

export type CellError = { field: ProductColumn; key: string; values?: Record<string, string | number> };

export type ProductForm = Record<string, string | boolean | undefined>;

const TRUE = new Set(["1", "true", "yes", "y", "on", "x", "✓", "是", "对", "有"]);
const FALSE = new Set(["0", "false", "no", "n", "off", "否", "不", "无"]);

/** "yes", "是", "1"… → true; "no", "否", "0"… → false; anything else null. */
export function parseFlag(text: string): boolean | null {
  const value = text.normalize("NFKC").trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return null;
}

const STATUS: Record<string, "active" | "discontinued"> = {
  active: "active",
  discontinued: "discontinued",
  在售: "active",
  启用: "active",
  有效: "active",
  停售: "discontinued",
  停产: "discontinued",
  停用: "discontinued",
};

export function parseStatus(text: string): "active" | "discontinued" | null {
  return STATUS[text.normalize("NFKC").trim().toLowerCase()] ?? null;
}

/** A VAT code ("vat13") or a percentage ("13", "13%", "9.5 %") of exactly one active rate. */
export function resolveVatRate(text: string, rates: readonly VatRateRow[]): { code: string } | { error: "unknownVatRate" | "ambiguousVatRate" } {
  const value = text.normalize("NFKC").trim();
  const byCode = rates.find((r) => r.code.toLowerCase() === value.toLowerCase());
  if (byCode) return { code: byCode.code };
  const bp = percentToBasisPoints(value.replace(/\s*%$/, ""));
  if (bp === null) return { error: "unknownVatRate" };
  const matches = rates.filter((r) => r.active && r.rateBp === bp);
  if (matches.length === 1) return { code: matches[0].code };
  return { error: matches.length > 1 ? "ambiguousVatRate" : "unknownVatRate" };
}

/** The product as the form would show it: the base an update's CSV cells are laid over. */
export function formOfProduct(p: ExistingProduct, ctx: Pick<RowContext, "currency" | "canSeeCost">): ProductForm {
  return {
    id: p.id,
    sku: p.sku,
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
    weightGrams: p.weightGrams === null ? "" : String(p.weightGrams),
    lengthMm: p.lengthMm === null ? "" : String(p.lengthMm),
    widthMm: p.widthMm === null ? "" : String(p.widthMm),
    heightMm: p.heightMm === null ? "" : String(p.heightMm),
    listPrice: formatMoney(p.listPrice, ctx.currency),
    standardCost: ctx.canSeeCost ? formatMoney(p.standardCost, ctx.currency) : undefined,
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

function newProductForm(sku: string, ctx: RowContext): ProductForm {
  return {
    kind: "simple",
    sku,
    nameZh: "",
    nameEn: "",
    descriptionZh: "",
    descriptionEn: "",
    categoryId: "",
    brand: "",
    uom: "EA",
    uomDecimals: false,
    gtin: "",
    mpn: "",
    weightGrams: "",
    lengthMm: "",
    widthMm: "",
    heightMm: "",
    listPrice: "0",
    standardCost: ctx.canSeeCost ? "0" : undefined,
    vatRateCode: ctx.defaultVatCode,
    stockTracked: true,
    allowBackorder: false,
    reorderPoint: "",
    published: false,
    slug: "",
    status: "active",
    configurable: false,
  };
}

const CLEARABLE: Partial<Record<ProductColumn, string>> = {
  description_zh: "descriptionZh",
  description_en: "descriptionEn",
  brand: "brand",
  gtin: "gtin",
  mpn: "mpn",
  weight_g: "weightGrams",
  reorder_point: "reorderPoint",
  slug: "slug",
};
const KEPT_TEXT: Partial<Record<ProductColumn, string>> = { name_zh: "nameZh", name_en: "nameEn", list_price: "listPrice" };
const FLAGS: Partial<Record<ProductColumn, string>> = {
  uom_decimals: "uomDecimals",
  stock_tracked: "stockTracked",
  allow_backorder: "allowBackorder",
  published: "published",
};

/**
 * The form values for one row, or the cells that are wrong before any schema runs (unknown
 * category, VAT rate, unit, flag or status; a new product without a name).
 */
export function productFormFromRow(values: Record<string, string>, existing: ExistingProduct | null, ctx: RowContext): { form: ProductForm; errors: CellError[] } {
  const form = existing ? formOfProduct(existing, ctx) : newProductForm(values.sku ?? "", ctx);
  const errors: CellError[] = [];
  const has = (column: ProductColumn) => values[column] !== undefined && values[column] !== "";

  // The SKU matched ignoring case; an existing product keeps the spelling it has.
  if (values.sku && !existing) form.sku = values.sku;
  for (const [column, field] of Object.entries(CLEARABLE)) {
    if (values[column] !== undefined) form[field] = values[column];
  }
  for (const [column, field] of Object.entries(KEPT_TEXT)) {
    if (has(column as ProductColumn)) form[field] = values[column];
  }
  if (ctx.canSeeCost && has("standard_cost")) form.standardCost = values.standard_cost;
  if (!existing) {
    // Many Chinese catalogues have one name only: it serves both languages until translated.
    if (!form.nameZh && !form.nameEn) errors.push({ field: "name_zh", key: "required" });
    form.nameZh ||= form.nameEn;
    form.nameEn ||= form.nameZh;
  }
  if (values.category !== undefined) {
    if (values.category === "") form.categoryId = "";
    else {
      const found = ctx.categories.find(values.category);
      if ("id" in found) form.categoryId = found.id;
      else errors.push({ field: "category", key: found.error, values: { value: values.category } });
    }
  }
  if (has("uom")) {
    const uom = values.uom.toUpperCase();
    if (isUomCode(uom)) {
      form.uom = uom;
      if (!existing) form.uomDecimals = UOM_DECIMALS[uom];
    } else errors.push({ field: "uom", key: "uom", values: { value: values.uom } });
  }
  for (const [column, field] of Object.entries(FLAGS)) {
    if (!has(column as ProductColumn)) continue;
    const flag = parseFlag(values[column]);
    if (flag === null) errors.push({ field: column as ProductColumn, key: "boolean" });
    else form[field] = flag;
  }
  if (has("vat_rate")) {
    const rate = resolveVatRate(values.vat_rate, ctx.vatRates);
    if ("code" in rate) form.vatRateCode = rate.code;
    else errors.push({ field: "vat_rate", key: rate.error, values: { value: values.vat_rate } });
  }
  if (has("status")) {
    const status = parseStatus(values.status);
    if (status) form.status = status;
    else errors.push({ field: "status", key: "status" });
  }
  return { form, errors };
}
