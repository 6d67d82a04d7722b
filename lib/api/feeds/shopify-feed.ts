// Shopify product CSV: rows sharing a Handle are one product's variants and images. Stock
// numbers and cost are never written (Variant Inventory Qty and Cost per item stay out); the
// inventory policy says whether the product may be ordered when out of stock.
import type { PublicProduct } from "@/lib/public-catalog/schema";
import { textToHtml, type CsvRow } from "./csv-feed";

export const SHOPIFY_COLUMNS = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Vendor",
  "Product Category",
  "Type",
  "Tags",
  "Published",
  "Option1 Name",
  "Option1 Value",
  "Option2 Name",
  "Option2 Value",
  "Option3 Name",
  "Option3 Value",
  "Variant SKU",
  "Variant Grams",
  "Variant Inventory Policy",
  "Variant Price",
  "Variant Requires Shipping",
  "Variant Taxable",
  "Variant Barcode",
  "Image Src",
  "Image Position",
  "Image Alt Text",
  "Status",
] as const;

const policy = (availability: string) => (availability === "backorder" ? "continue" : "deny");

function variantCells(v: { sku: string; availability: string; price: { amount: string } | null; gtin: string | null }, grams: number | null): CsvRow {
  return {
    "Variant SKU": v.sku,
    "Variant Grams": grams === null ? "" : String(grams),
    "Variant Inventory Policy": policy(v.availability),
    "Variant Price": v.price?.amount ?? "",
    "Variant Requires Shipping": "TRUE",
    "Variant Taxable": "TRUE",
    "Variant Barcode": v.gtin ?? "",
  };
}

export function shopifyRows(product: PublicProduct): CsvRow[] {
  const handle = product.slug;
  const head: CsvRow = {
    Handle: handle,
    Title: product.name,
    "Body (HTML)": textToHtml(product.description),
    Vendor: product.brand,
    "Product Category": product.category?.pathText ?? "",
    Type: product.category?.name ?? "",
    Tags: product.category ? product.category.path.map((c) => c.name).join(", ") : "",
    Published: "TRUE",
    Status: "active",
  };
  const variantRows: CsvRow[] =
    product.kind === "group"
      ? product.variants.map((v) => {
          const options: CsvRow = {};
          v.attributes.slice(0, 3).forEach((a, i) => {
            options[`Option${i + 1} Name`] = a.name;
            options[`Option${i + 1} Value`] = a.value;
          });
          return { Handle: handle, ...options, ...variantCells(v, product.weightGrams) };
        })
      : [{ Handle: handle, "Option1 Name": "Title", "Option1 Value": "Default Title", ...variantCells(product, product.weightGrams) }];
  // Shopify wants the option names on the first row only; later rows carry values.
  for (const row of variantRows.slice(1)) for (const n of [1, 2, 3]) delete row[`Option${n} Name`];
  const rows = variantRows.length ? variantRows : [{ Handle: handle }];
  rows[0] = { ...head, ...rows[0] };
  product.images.forEach((image, i) => {
    const imageCells = { "Image Src": image.url, "Image Position": String(i + 1), "Image Alt Text": image.alt };
    if (i < rows.length) rows[i] = { ...rows[i], ...imageCells };
    else rows.push({ Handle: handle, ...imageCells });
  });
  return rows;
}
