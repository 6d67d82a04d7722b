import { z } from "zod";
import { isValidGtin } from "@/lib/catalog/gtin";
import { UOM_CODES } from "@/lib/catalog/uom";
import { MAX_NOTE_LENGTH } from "@/lib/domain/configuration";
import { tryParseMoney } from "@/lib/domain/money";
import { tryParseQuantity } from "@/lib/domain/quantity";
import { OptionalSlug } from "./category";

// Product forms send text; these schemas turn it into exact values (money in minor units of the
// base currency, quantities in thousandths). Money needs the currency's decimals, so the form
// schemas are built per currency: `productCreateSchema("CNY")`.

export const PRODUCT_KINDS = ["simple", "group", "variant"] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const PRODUCT_STATUSES = ["active", "discontinued"] as const;
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];

/** Largest value of a 32-bit Int column (unit prices, costs, quantities in thousandths). */
export const MAX_INT32 = 2_147_483_647;

const Id = z.string().trim().min(1).max(50);
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);
export const Checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

/** Letters, digits and . _ - / ; case is kept, uniqueness is checked without case. */
export const Sku = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/, { error: "catalog.skuFormat" });

const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .default(null);

const OptionalGtin = z
  .string()
  .trim()
  .refine((v) => v === "" || isValidGtin(v), { error: "catalog.gtin" })
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

/** Whole non-negative number as text ("" → null): grams, millimetres. */
const OptionalWhole = z
  .string()
  .trim()
  .refine((v) => v === "" || (/^\d{1,10}$/.test(v) && Number(v) <= MAX_INT32), { error: "catalog.wholeNumber" })
  .transform((v) => (v === "" ? null : Number(v)))
  .nullable()
  .default(null);

function parseMinor(currency: string, allowNegative: boolean, v: string, ctx: z.RefinementCtx): number {
  const minor = tryParseMoney(v === "" ? "0" : v, currency);
  if (minor === null || Math.abs(minor) > MAX_INT32 || (!allowNegative && minor < 0)) {
    ctx.addIssue({ code: "custom", message: "catalog.money" });
    return z.NEVER;
  }
  return minor;
}

/** Decimal money text in `currency` → minor units, 0 ≤ n ≤ Int32 ("" → 0). Exact: no rounding. */
export const moneyText = (currency: string, { allowNegative = false } = {}) =>
  z
    .string()
    .trim()
    .default("")
    .transform((v, ctx) => parseMinor(currency, allowNegative, v, ctx));

/** As moneyText, but a field that is not sent at all stays undefined (left unchanged). */
const optionalMoneyText = (currency: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => (v === undefined ? undefined : parseMinor(currency, false, v, ctx)));

/** Quantity text → thousandths ("" → null), never negative. */
const OptionalQuantity = z
  .string()
  .trim()
  .default("")
  .transform((v, ctx) => {
    if (v === "") return null;
    const q = tryParseQuantity(v);
    if (q === null || q < 0 || q > MAX_INT32) {
      ctx.addIssue({ code: "custom", message: "catalog.quantity" });
      return z.NEVER;
    }
    return q;
  });

function productFields(currency: string) {
  return {
    sku: Sku,
    nameZh: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().min(1).max(200),
    descriptionZh: z.string().trim().max(10_000).default(""),
    descriptionEn: z.string().trim().max(10_000).default(""),
    categoryId: OptionalId,
    brand: z.string().trim().max(100).default(""),
    uom: z.enum(UOM_CODES),
    uomDecimals: Checkbox,
    gtin: OptionalGtin,
    mpn: OptionalText(64),
    weightGrams: OptionalWhole,
    lengthMm: OptionalWhole,
    widthMm: OptionalWhole,
    heightMm: OptionalWhole,
    listPrice: moneyText(currency),
    // Absent when the person may not see cost: the stored cost is then left as it is.
    standardCost: optionalMoneyText(currency),
    vatRateCode: z.string().trim().min(1).max(20),
    stockTracked: Checkbox,
    allowBackorder: Checkbox,
    reorderPoint: OptionalQuantity,
    published: Checkbox,
    slug: OptionalSlug,
    status: z.enum(PRODUCT_STATUSES),
    configurable: Checkbox,
  };
}

const slugWhenPublished = (v: { published: boolean; slug: string | null }, ctx: z.RefinementCtx) => {
  if (v.published && !v.slug) ctx.addIssue({ code: "custom", path: ["slug"], message: "catalog.slugRequired" });
};

export function productCreateSchema(currency: string) {
  return z.object({ ...productFields(currency), kind: z.enum(["simple", "group"]).default("simple") }).superRefine(slugWhenPublished);
}
export function productUpdateSchema(currency: string) {
  return z.object({ ...productFields(currency), id: Id }).superRefine(slugWhenPublished);
}

/** What createProduct takes (also from the CSV import and the demo seed). */
export type ProductInput = z.output<ReturnType<typeof productCreateSchema>>;
/** What updateProduct takes; the kind never changes after creation. */
export type ProductUpdateInput = z.output<ReturnType<typeof productUpdateSchema>>;

// ── Variants ────────────────────────────────────────────────────────────────────────────────

/**
 * One value per line, "中文 | English" or a single text for both ("S"). Blank lines are skipped;
 * a value repeated (by its English text, ignoring case) is an error.
 */
export const AttributeValuesText = z.string().transform((text, ctx) => {
  const values = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [zh, en] = line.split("|").map((s) => s.trim());
      return { valueZh: zh || en || "", valueEn: en || zh || "" };
    });
  const keys = values.map((v) => v.valueEn.toLowerCase());
  if (values.length === 0 || values.length > 50 || new Set(keys).size !== keys.length || values.some((v) => !v.valueZh || v.valueZh.length > 50 || v.valueEn.length > 50)) {
    ctx.addIssue({ code: "custom", message: "catalog.attributeValues" });
    return z.NEVER;
  }
  return values;
});

export const AttributeCreateInput = z.object({
  productId: Id,
  nameZh: z.string().trim().min(1).max(50),
  nameEn: z.string().trim().min(1).max(50),
  values: AttributeValuesText,
});
export type AttributeCreateInput = z.output<typeof AttributeCreateInput>;

export const AttributeValuesAddInput = z.object({ attributeId: Id, values: AttributeValuesText });
export const AttributeDeleteInput = z.object({ attributeId: Id });
export const AttributeValueDeleteInput = z.object({ valueId: Id });

const asArray = (v: unknown) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The missing combinations to create, each as its value ids joined by "." and the SKU to use. */
export const GenerateVariantsInput = z
  .object({
    productId: Id,
    combo: z.preprocess(asArray, z.array(z.string().trim().min(1).max(1000)).max(500)),
    sku: z.preprocess(asArray, z.array(Sku).max(500)),
  })
  .refine((v) => v.combo.length === v.sku.length && v.combo.length > 0, { error: "format", path: ["combo"] });
export type GenerateVariantsInput = z.output<typeof GenerateVariantsInput>;

// ── Configure-to-order ──────────────────────────────────────────────────────────────────────

export const OptionCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,29}$/, { error: "catalog.optionCode" });

export function optionGroupsSchema(currency: string) {
  const Choice = z.object({
    code: OptionCode,
    nameZh: z.string().trim().min(1).max(100),
    nameEn: z.string().trim().min(1).max(100),
    priceDelta: moneyText(currency, { allowNegative: true }),
    requiresNote: z.boolean().default(false),
    excludes: z.string().trim().max(1000).default(""),
  });
  const Group = z.object({
    code: OptionCode,
    nameZh: z.string().trim().min(1).max(100),
    nameEn: z.string().trim().min(1).max(100),
    required: z.boolean().default(false),
    multiple: z.boolean().default(false),
    choices: z.array(Choice).min(1).max(50),
  });
  return z.object({
    productId: Id,
    groups: z
      .string()
      .max(200_000)
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          ctx.addIssue({ code: "custom", message: "format" });
          return z.NEVER;
        }
      })
      .pipe(z.array(Group).max(30)),
  });
}
export type OptionGroupsInput = z.output<ReturnType<typeof optionGroupsSchema>>;
export type OptionGroupInput = OptionGroupsInput["groups"][number];

/** The structured configuration a quote/order line stores (lib/domain/configuration.ts). */
export const ConfigurationInput = z.object({
  choices: z
    .array(
      z.object({
        group: z.string().trim().min(1).max(30),
        choice: z.string().trim().min(1).max(30),
        note: z.string().max(MAX_NOTE_LENGTH).optional(),
      }),
    )
    .max(200),
});

export const CheckConfigurationInput = z.object({ productId: Id, configuration: ConfigurationInput });
export type CheckConfigurationInput = z.output<typeof CheckConfigurationInput>;

// ── Images ──────────────────────────────────────────────────────────────────────────────────

export const ProductImageUploadInput = z.object({ productId: Id, image: z.instanceof(File, { error: "catalog.productImage" }) });
export const ProductImageInput = z.object({ id: Id });
export const ProductImageMoveInput = z.object({ id: Id, direction: z.enum(["up", "down"]) });
