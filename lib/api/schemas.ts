import { z } from "zod";
import { PublicCategorySchema, PublicProductSchema, TombstoneSchema } from "@/lib/public-catalog/schema";

// The partner API's query and response schemas: the handlers parse with the query schemas, the
// contract tests validate responses against the OpenAPI document built from all of them.

const Locale = z.enum(["zh-CN", "en"]).default("zh-CN").meta({ description: "Language of name, description and links" });

export const ProductListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "Page size, 1–100" }),
  cursor: z.string().min(1).max(300).optional().meta({ description: "nextCursor of the previous page (opaque)" }),
  updatedSince: z.iso
    .datetime({ offset: true })
    .transform((v) => new Date(v))
    .optional()
    .meta({ description: "ISO 8601 instant: only products changed since, plus tombstones of products no longer public. Use the previous sync's nextUpdatedSince." }),
  category: z.string().min(1).max(120).optional().meta({ description: "Category slug; includes its sub-categories" }),
  q: z.string().trim().min(1).max(100).optional().meta({ description: "Text in SKU, name, brand, GTIN or MPN" }),
  locale: Locale,
});

export const LocaleQuery = z.object({ locale: Locale });
export const NoQuery = z.object({});

export const ProductListResponse = z
  .object({
    data: z.array(z.union([PublicProductSchema, TombstoneSchema])),
    nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page" }),
    nextUpdatedSince: z.iso.datetime().meta({ description: "Pass as updatedSince on the next incremental sync (after the last page)" }),
  })
  .meta({ id: "ProductList" });

export const ProductResponse = z.object({ data: PublicProductSchema }).meta({ id: "ProductResponse" });
export const CategoryListResponse = z.object({ data: z.array(PublicCategorySchema) }).meta({ id: "CategoryList" });

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum(["unknown_parameter", "invalid_parameter", "invalid_cursor", "unauthorized", "forbidden", "not_found", "rate_limited", "internal_error"]),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .meta({ id: "Error" });
