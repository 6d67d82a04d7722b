import "server-only";
import type { Importer } from "@/lib/imports/importer";
import { importProductRows } from "./import-product-rows";
import { PRODUCT_IMPORT_FIELDS } from "./product-fields";

/** Products by SKU: create or update, through the same services as the product form. */
export const productImporter: Importer = {
  type: "products",
  permission: "catalog.manage",
  fields: PRODUCT_IMPORT_FIELDS,
  listPath: "/app/catalog",
  run: importProductRows,
};
