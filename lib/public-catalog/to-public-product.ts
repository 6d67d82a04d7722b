// Turns loaded product rows into the public product model. Pure (no I/O), unit tested: the
// loaders in this folder select only public columns and compute price and availability first.
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { parseExcludes } from "@/lib/domain/configuration";
import { formatMoney, taxFromNet } from "@/lib/domain/money";
import type { Locale } from "@/lib/i18n/locales";
import { productImageUrl } from "@/lib/catalog/images/image-files";
import { bestAvailability, type AvailabilityLevel } from "./availability";
import type { PublicImage, PublicOptionGroup, PublicPrice, PublicProduct, PublicVariant } from "./schema";
import { absoluteUrl, publicProductPath } from "./urls";

/** A unit price as its list states it: minor units, gross when taxInclusive. */
export type UnitPrice = { unitPrice: number; currency: string; taxInclusive: boolean };

export type ImageSource = { fileName: string; width: number; height: number; altZh: string; altEn: string };
export type CategoryNodeSource = { slug: string; nameZh: string; nameEn: string };

export type VariantSource = {
  sku: string;
  nameZh: string;
  nameEn: string;
  gtin: string | null;
  mpn: string | null;
  /** In the group's attribute order. */
  values: { attributeZh: string; attributeEn: string; valueZh: string; valueEn: string }[];
  price: UnitPrice | null;
  availability: AvailabilityLevel;
  images: ImageSource[];
};

export type OptionGroupSource = {
  code: string;
  nameZh: string;
  nameEn: string;
  required: boolean;
  multiple: boolean;
  choices: { code: string; nameZh: string; nameEn: string; priceDelta: number; requiresNote: boolean; excludes: string }[];
};

export type PublicProductSource = {
  sku: string;
  slug: string;
  kind: "simple" | "group";
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** Root first; empty without a category. */
  categoryPath: CategoryNodeSource[];
  brand: string;
  gtin: string | null;
  mpn: string | null;
  uom: string;
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
  vatRateBp: number;
  configurable: boolean;
  images: ImageSource[];
  /** Null: price on request. Ignored for groups (their lowest variant price is shown). */
  price: UnitPrice | null;
  /** Ignored for groups (their best variant decides). */
  availability: AvailabilityLevel;
  attributes: { nameZh: string; nameEn: string }[];
  variants: VariantSource[];
  optionGroups: OptionGroupSource[];
  updatedAt: Date;
};

export type PublicContext = {
  locale: Locale;
  /** Origin for absolute links, e.g. https://shop.example.com */
  baseUrl: string;
  /** The company's base currency: option price deltas are stored in it, tax-exclusive. */
  baseCurrency: string;
};

export function toPublicPrice(price: UnitPrice): PublicPrice {
  return { amount: formatMoney(price.unitPrice, price.currency), amountMinor: price.unitPrice, currency: price.currency, taxInclusive: price.taxInclusive };
}

const pick = (locale: Locale, zh: string, en: string) => (locale === "en" ? en || zh : zh || en);

function toImage(image: ImageSource, context: PublicContext, fallbackAlt: string): PublicImage {
  return {
    url: absoluteUrl(context.baseUrl, productImageUrl(image.fileName, 1600)),
    thumbnailUrl: absoluteUrl(context.baseUrl, productImageUrl(image.fileName, 400)),
    width: image.width,
    height: image.height,
    alt: pick(context.locale, image.altZh, image.altEn) || fallbackAlt,
  };
}

/**
 * An option's price delta in the terms of the product's price (same currency, gross when the
 * price is). Deltas are stored in the base currency: with a price in another currency, or no
 * price at all, the delta is not stated (null) rather than guessed.
 */
function optionDelta(delta: number, price: UnitPrice | null, vatRateBp: number, context: PublicContext): PublicPrice | null {
  if (!price || price.currency !== context.baseCurrency) return null;
  const amount = price.taxInclusive ? taxFromNet(delta, vatRateBp).gross : delta;
  return toPublicPrice({ unitPrice: amount, currency: price.currency, taxInclusive: price.taxInclusive });
}

function lowestPrice(prices: (UnitPrice | null)[]): UnitPrice | null {
  let best: UnitPrice | null = null;
  for (const p of prices) {
    if (!p) continue;
    // Only compare like with like; a mixed-currency group shows the first currency's lowest.
    if (best === null || (p.currency === best.currency && p.unitPrice < best.unitPrice)) best = p;
  }
  return best;
}

export function toPublicProduct(source: PublicProductSource, context: PublicContext): PublicProduct {
  const { locale } = context;
  const name = pick(locale, source.nameZh, source.nameEn);
  const variants: PublicVariant[] =
    source.kind === "group"
      ? source.variants.map((v) => {
          const variantName = pick(locale, v.nameZh, v.nameEn);
          return {
            sku: v.sku,
            name: variantName,
            attributes: v.values.map((x) => ({ name: pick(locale, x.attributeZh, x.attributeEn), value: pick(locale, x.valueZh, x.valueEn) })),
            gtin: v.gtin,
            mpn: v.mpn,
            price: v.price ? toPublicPrice(v.price) : null,
            availability: v.availability,
            images: v.images.map((i) => toImage(i, context, variantName)),
          };
        })
      : [];
  const price = source.kind === "group" ? lowestPrice(source.variants.map((v) => v.price)) : source.price;
  const availability = source.kind === "group" ? bestAvailability(source.variants.map((v) => v.availability)) : source.availability;
  const options: PublicOptionGroup[] = source.configurable
    ? source.optionGroups.map((g) => ({
        code: g.code,
        name: pick(locale, g.nameZh, g.nameEn),
        required: g.required,
        multiple: g.multiple,
        choices: g.choices.map((c) => ({
          code: c.code,
          name: pick(locale, c.nameZh, c.nameEn),
          priceDelta: optionDelta(c.priceDelta, price, source.vatRateBp, context),
          requiresNote: c.requiresNote,
          excludes: parseExcludes(c.excludes),
        })),
      }))
    : [];
  const path = source.categoryPath.map((c) => ({ slug: c.slug, name: pick(locale, c.nameZh, c.nameEn) }));
  const leaf = path.at(-1);
  return {
    sku: source.sku,
    slug: source.slug,
    url: absoluteUrl(context.baseUrl, publicProductPath(source.slug, locale)),
    kind: source.kind,
    locale,
    name,
    description: pick(locale, source.descriptionZh, source.descriptionEn),
    names: { "zh-CN": source.nameZh, en: source.nameEn },
    descriptions: { "zh-CN": source.descriptionZh, en: source.descriptionEn },
    category: leaf ? { slug: leaf.slug, name: leaf.name, path, pathText: path.map((c) => c.name).join(" > ") } : null,
    brand: source.brand,
    gtin: source.gtin,
    mpn: source.mpn,
    uom: source.uom,
    weightGrams: source.weightGrams,
    dimensionsMm: { length: source.lengthMm, width: source.widthMm, height: source.heightMm },
    vatRatePercent: basisPointsToPercent(source.vatRateBp),
    images: source.images.map((i) => toImage(i, context, name)),
    price: price ? toPublicPrice(price) : null,
    availability,
    configurable: source.configurable,
    variesBy: source.kind === "group" ? source.attributes.map((a) => pick(locale, a.nameZh, a.nameEn)) : [],
    variants,
    options,
    updatedAt: source.updatedAt.toISOString(),
  };
}
