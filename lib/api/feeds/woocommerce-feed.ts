// WooCommerce product CSV: a simple product is one "simple" row; a group is a "variable" row
// followed by one "variation" row per variant (Parent = the group's SKU). Stock quantities are
// never written: only "In stock?" and "Backorders allowed?".
import type { PublicProduct } from "@/lib/public-catalog/schema";
import type { CsvRow } from "./csv-feed";

export const WOOCOMMERCE_COLUMNS = [
  "Type",
  "SKU",
  "Name",
  "Published",
  "Short description",
  "Description",
  "Tax status",
  "In stock?",
  "Backorders allowed?",
  "Weight",
  "Length",
  "Width",
  "Height",
  "Regular price",
  "Categories",
  "Tags",
  "Images",
  "Parent",
  "Attribute 1 name",
  "Attribute 1 value(s)",
  "Attribute 1 visible",
  "Attribute 1 global",
  "Attribute 2 name",
  "Attribute 2 value(s)",
  "Attribute 2 visible",
  "Attribute 2 global",
] as const;

const inStock = (a: string) => (a === "in_stock" || a === "low" ? "1" : "0");
const backorders = (a: string) => (a === "backorder" ? "1" : "0");
const kg = (grams: number | null) => (grams === null ? "" : (grams / 1000).toString());
const cm = (mm: number | null) => (mm === null ? "" : (mm / 10).toString());

export function woocommerceRows(product: PublicProduct): CsvRow[] {
  const base: CsvRow = {
    SKU: product.sku,
    Name: product.name,
    Published: "1",
    "Short description": product.description.split("\n")[0]?.slice(0, 200) ?? "",
    Description: product.description,
    "Tax status": "taxable",
    Weight: kg(product.weightGrams),
    Length: cm(product.dimensionsMm.length),
    Width: cm(product.dimensionsMm.width),
    Height: cm(product.dimensionsMm.height),
    Categories: product.category?.pathText ?? "",
    Images: product.images.map((i) => i.url).join(", "),
  };
  if (product.kind === "simple") {
    return [{ ...base, Type: "simple", "In stock?": inStock(product.availability), "Backorders allowed?": backorders(product.availability), "Regular price": product.price?.amount ?? "" }];
  }
  const axes = product.variesBy.slice(0, 2);
  const parent: CsvRow = { ...base, Type: "variable", "In stock?": inStock(product.availability) };
  axes.forEach((name, i) => {
    const values = [...new Set(product.variants.map((v) => v.attributes[i]?.value).filter(Boolean))];
    Object.assign(parent, { [`Attribute ${i + 1} name`]: name, [`Attribute ${i + 1} value(s)`]: values.join(", "), [`Attribute ${i + 1} visible`]: "1", [`Attribute ${i + 1} global`]: "0" });
  });
  const variations = product.variants.map((v) => {
    const row: CsvRow = {
      Type: "variation",
      SKU: v.sku,
      Name: v.name,
      Published: "1",
      "Tax status": "taxable",
      "In stock?": inStock(v.availability),
      "Backorders allowed?": backorders(v.availability),
      "Regular price": v.price?.amount ?? "",
      Images: v.images.map((i) => i.url).join(", "),
      Parent: product.sku,
    };
    axes.forEach((name, i) => Object.assign(row, { [`Attribute ${i + 1} name`]: name, [`Attribute ${i + 1} value(s)`]: v.attributes[i]?.value ?? "", [`Attribute ${i + 1} global`]: "0" }));
    return row;
  });
  return [parent, ...variations];
}
