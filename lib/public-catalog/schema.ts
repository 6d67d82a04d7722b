import { z } from "zod";
import { AVAILABILITY_LEVELS } from "./availability";

// The public product model as zod schemas: the one definition of what the public catalog, the
// partner API (/api/v1), the feeds and webhooks may show. Everything else (cost, stock numbers,
// internal notes, unpublished products) never reaches these objects. The OpenAPI document is
// generated from these same schemas (lib/api/openapi.ts).

const Locale = z.enum(["zh-CN", "en"]);

export const PublicPriceSchema = z
  .object({
    amount: z.string().regex(/^-?\d+(\.\d+)?$/).meta({ description: "Decimal text in the currency's minor digits, e.g. \"1299.00\"", example: "1299.00" }),
    amountMinor: z.int().meta({ description: "The same amount in minor units (fen, cents)", example: 129900 }),
    currency: z.string().length(3).meta({ description: "ISO 4217", example: "CNY" }),
    taxInclusive: z.boolean().meta({ description: "Whether the amount includes VAT" }),
  })
  .meta({ id: "Price" });
export type PublicPrice = z.infer<typeof PublicPriceSchema>;

export const AvailabilitySchema = z.enum(AVAILABILITY_LEVELS).meta({ id: "Availability", description: "in_stock, low (at or below the reorder point), out, backorder" });

export const PublicImageSchema = z
  .object({
    url: z.url().meta({ description: "Absolute URL, 1600 px wide WebP" }),
    thumbnailUrl: z.url().meta({ description: "Absolute URL, 400 px wide WebP" }),
    width: z.int(),
    height: z.int(),
    alt: z.string(),
  })
  .meta({ id: "Image" });
export type PublicImage = z.infer<typeof PublicImageSchema>;

export const CategoryRefSchema = z
  .object({ slug: z.string(), name: z.string() })
  .meta({ id: "CategoryRef" });

export const PublicCategoryPathSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    path: z.array(CategoryRefSchema).meta({ description: "From the root down to this category" }),
    pathText: z.string().meta({ description: "Names joined with \" > \"", example: "Office > Paper" }),
  })
  .meta({ id: "ProductCategory" });

export const PublicVariantSchema = z
  .object({
    sku: z.string(),
    name: z.string(),
    attributes: z.array(z.object({ name: z.string(), value: z.string() })),
    gtin: z.string().nullable(),
    mpn: z.string().nullable(),
    price: PublicPriceSchema.nullable().meta({ description: "null: price on request" }),
    availability: AvailabilitySchema,
    images: z.array(PublicImageSchema),
  })
  .meta({ id: "Variant" });
export type PublicVariant = z.infer<typeof PublicVariantSchema>;

export const PublicOptionChoiceSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    priceDelta: PublicPriceSchema.nullable().meta({ description: "Added to the product price when chosen, same currency and tax basis; null when the product has no price" }),
    requiresNote: z.boolean().meta({ description: "The buyer adds a text (engraving, dimensions)" }),
    excludes: z.array(z.string()).meta({ description: "\"group.choice\" codes this choice cannot be combined with" }),
  })
  .meta({ id: "OptionChoice" });

export const PublicOptionGroupSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    required: z.boolean(),
    multiple: z.boolean(),
    choices: z.array(PublicOptionChoiceSchema),
  })
  .meta({ id: "OptionGroup" });
export type PublicOptionGroup = z.infer<typeof PublicOptionGroupSchema>;

export const PublicProductSchema = z
  .object({
    sku: z.string(),
    slug: z.string(),
    url: z.url().meta({ description: "The product's public page in the requested language" }),
    kind: z.enum(["simple", "group"]).meta({ description: "group: sold as one of its variants" }),
    locale: Locale,
    name: z.string(),
    description: z.string(),
    names: z.object({ "zh-CN": z.string(), en: z.string() }),
    descriptions: z.object({ "zh-CN": z.string(), en: z.string() }),
    category: PublicCategoryPathSchema.nullable(),
    brand: z.string(),
    gtin: z.string().nullable(),
    mpn: z.string().nullable(),
    uom: z.string().meta({ description: "UN/ECE Recommendation 20 unit code", example: "EA" }),
    weightGrams: z.int().nullable(),
    dimensionsMm: z.object({ length: z.int().nullable(), width: z.int().nullable(), height: z.int().nullable() }),
    vatRatePercent: z.string().meta({ example: "13" }),
    images: z.array(PublicImageSchema),
    price: PublicPriceSchema.nullable().meta({ description: "null: price on request. For a group, the lowest variant price" }),
    availability: AvailabilitySchema,
    configurable: z.boolean(),
    variesBy: z.array(z.string()).meta({ description: "Variant attribute names (groups only)" }),
    variants: z.array(PublicVariantSchema),
    options: z.array(PublicOptionGroupSchema).meta({ description: "Configure-to-order option groups" }),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Product" });
export type PublicProduct = z.infer<typeof PublicProductSchema>;

export const TombstoneSchema = z
  .object({
    sku: z.string(),
    deleted: z.literal(true),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Tombstone", description: "A product that was public and no longer is (unpublished or discontinued)" });
export type Tombstone = z.infer<typeof TombstoneSchema>;

export const PublicCategorySchema = z
  .object({
    slug: z.string(),
    parentSlug: z.string().nullable(),
    name: z.string(),
    names: z.object({ "zh-CN": z.string(), en: z.string() }),
    path: z.array(CategoryRefSchema),
    depth: z.int(),
    productCount: z.int().meta({ description: "Public products in this category and below" }),
  })
  .meta({ id: "Category" });
export type PublicCategory = z.infer<typeof PublicCategorySchema>;
