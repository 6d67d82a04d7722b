import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { containsText } from "@/lib/db/provider";
import type { Locale } from "@/lib/i18n/locales";
import { defineTable, filter, type TableParams } from "@/lib/table/params";
import { PRODUCT_KINDS, PRODUCT_STATUSES } from "@/lib/validation/product";

// The products list's URL contract, shared by the page and the CSV export so both show the same rows.
export const PRODUCTS_TABLE = defineTable({
  sortable: ["sku", "name", "brand", "kind", "listPrice", "status", "published", "updatedAt"],
  defaultSort: "sku",
  defaultDir: "asc",
  filters: {
    // A category id: the category and everything below it.
    category: filter.id(),
    brand: z.string().min(1).max(100),
    kind: filter.oneOf(PRODUCT_KINDS),
    status: filter.oneOf(PRODUCT_STATUSES),
    published: filter.oneOf(["yes", "no"] as const),
    // Variants are rows of their group; they join the list only when asked for.
    variants: filter.oneOf(["show"] as const),
  },
});

export type ProductsParams = TableParams<(typeof PRODUCTS_TABLE.sortable)[number], typeof PRODUCTS_TABLE.filters>;

/**
 * Filters → Prisma where. Only conditions that are set are added (an undefined one would match
 * all). `categoryIds` is the chosen category with its descendants, resolved by the caller.
 */
export function productsWhere(params: Pick<ProductsParams, "q" | "filters">, categoryIds: string[] | null): Prisma.ProductWhereInput {
  const and: Prisma.ProductWhereInput[] = [];
  const { brand, kind, status, published, variants } = params.filters;
  if (categoryIds !== null) and.push({ categoryId: { in: categoryIds } });
  if (brand) and.push({ brand });
  if (kind) and.push({ kind });
  else if (variants !== "show") and.push({ kind: { not: "variant" } });
  if (status) and.push({ status });
  if (published) and.push({ published: published === "yes" });
  if (params.q) and.push({ OR: [{ sku: containsText(params.q) }, { nameZh: containsText(params.q) }, { nameEn: containsText(params.q) }, { gtin: containsText(params.q) }] });
  return { AND: and };
}

/** Sort plus id as a tie-breaker, so paging is stable; "name" sorts by the reader's language. */
export function productsOrderBy(params: Pick<ProductsParams, "sort" | "dir">, locale: Locale): Prisma.ProductOrderByWithRelationInput[] {
  const column = params.sort === "name" ? (locale === "en" ? "nameEn" : "nameZh") : params.sort;
  return [{ [column]: params.dir }, { id: "asc" }];
}
