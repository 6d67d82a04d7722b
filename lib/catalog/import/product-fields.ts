import type { ImportField } from "@/lib/imports/mapping";

// The product CSV's columns: the export writes exactly these headers, so an exported file
// re-imports unchanged; the aliases let a hand-made file (English or Chinese headers) auto-map.

export const PRODUCT_COLUMNS = [
  "sku",
  "name_zh",
  "name_en",
  "description_zh",
  "description_en",
  "category",
  "brand",
  "uom",
  "uom_decimals",
  "gtin",
  "mpn",
  "weight_g",
  "list_price",
  "standard_cost",
  "vat_rate",
  "stock_tracked",
  "allow_backorder",
  "reorder_point",
  "published",
  "slug",
  "status",
] as const;
export type ProductColumn = (typeof PRODUCT_COLUMNS)[number];

const ALIASES: Record<ProductColumn, string[]> = {
  sku: ["item code", "product code", "code", "编码", "产品编码", "商品编码", "物料编码", "货号", "料号", "存货编码"],
  name_zh: ["chinese name", "name zh", "中文名称", "中文名", "名称", "产品名称", "商品名称", "品名", "存货名称"],
  name_en: ["english name", "name en", "name", "product name", "英文名称", "英文名"],
  description_zh: ["chinese description", "中文描述", "描述", "产品描述", "说明"],
  description_en: ["english description", "description", "英文描述"],
  category: ["category path", "分类", "类别", "产品分类", "商品分类", "存货分类"],
  brand: ["make", "manufacturer", "品牌", "厂牌"],
  uom: ["unit", "unit of measure", "单位", "计量单位", "计量单位代码"],
  uom_decimals: ["decimals", "decimal quantities", "允许小数", "小数"],
  gtin: ["ean", "upc", "barcode", "条码", "条形码", "商品条码"],
  mpn: ["manufacturer part number", "part number", "型号", "规格型号", "制造商型号"],
  weight_g: ["weight", "weight grams", "重量", "重量克", "重量g"],
  list_price: ["price", "list price", "unit price", "价格", "标准售价", "售价", "零售价", "单价"],
  standard_cost: ["cost", "standard cost", "成本", "标准成本", "成本价", "进价"],
  vat_rate: ["vat", "tax rate", "税率", "增值税率", "增值税"],
  stock_tracked: ["stock", "track stock", "库存管理", "管理库存"],
  allow_backorder: ["backorder", "allow backorders", "允许负库存", "允许缺货下单"],
  reorder_point: ["reorder level", "min stock", "再订货点", "安全库存", "最低库存"],
  published: ["online", "visible", "发布", "已发布", "上架"],
  slug: ["url slug", "url", "网址别名", "别名"],
  status: ["state", "状态"],
};

export const PRODUCT_IMPORT_FIELDS: readonly ImportField[] = PRODUCT_COLUMNS.map((key) => ({
  key,
  required: key === "sku",
  aliases: ALIASES[key],
}));

/** Product input field (the form schema's name) → CSV column, for reporting schema issues. */
export const COLUMN_OF_INPUT: Record<string, ProductColumn> = {
  sku: "sku",
  nameZh: "name_zh",
  nameEn: "name_en",
  descriptionZh: "description_zh",
  descriptionEn: "description_en",
  categoryId: "category",
  brand: "brand",
  uom: "uom",
  uomDecimals: "uom_decimals",
  gtin: "gtin",
  mpn: "mpn",
  weightGrams: "weight_g",
  listPrice: "list_price",
  standardCost: "standard_cost",
  vatRateCode: "vat_rate",
  stockTracked: "stock_tracked",
  allowBackorder: "allow_backorder",
  reorderPoint: "reorder_point",
  published: "published",
  slug: "slug",
  status: "status",
};
