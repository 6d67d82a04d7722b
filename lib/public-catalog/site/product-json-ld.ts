// schema.org structured data of a product page (Product, or ProductGroup with its variants), as
// search engines read it for merchant listings: name, image, offers.price + priceCurrency, then
// availability, brand, identifiers. Built from the shared public model. Pure: unit tested.
import type { AvailabilityLevel } from "../availability";
import type { PublicPrice, PublicProduct, PublicVariant } from "../schema";

const SCHEMA_AVAILABILITY: Record<AvailabilityLevel, string> = {
  in_stock: "https://schema.org/InStock",
  low: "https://schema.org/LimitedAvailability",
  out: "https://schema.org/OutOfStock",
  backorder: "https://schema.org/BackOrder",
};

type JsonLd = Record<string, unknown>;

function offer(price: PublicPrice | null, availability: AvailabilityLevel, url: string): JsonLd | undefined {
  if (!price) return undefined; // "price on request": no offer rather than a made-up price
  return {
    "@type": "Offer",
    url,
    price: price.amount,
    priceCurrency: price.currency,
    availability: SCHEMA_AVAILABILITY[availability],
    itemCondition: "https://schema.org/NewCondition",
    priceSpecification: { "@type": "UnitPriceSpecification", price: price.amount, priceCurrency: price.currency, valueAddedTaxIncluded: price.taxInclusive },
  };
}

/** GTIN-8/12/13/14 under its own schema.org property. */
function gtin(code: string | null): JsonLd {
  if (!code) return {};
  const key = { 8: "gtin8", 12: "gtin12", 13: "gtin13", 14: "gtin14" }[code.length];
  return key ? { [key]: code } : { gtin: code };
}

/** Drops empty members so the JSON stays clean. */
function compact(o: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)));
}

export function productJsonLd(product: PublicProduct): JsonLd {
  const images = product.images.map((i) => i.url);
  const common = {
    name: product.name,
    description: product.description,
    image: images,
    url: product.url,
    brand: product.brand ? { "@type": "Brand", name: product.brand } : undefined,
    category: product.category?.pathText,
    inLanguage: product.locale,
  };
  if (product.kind === "simple") {
    return compact({ "@context": "https://schema.org", "@type": "Product", ...common, sku: product.sku, ...gtin(product.gtin), mpn: product.mpn, offers: offer(product.price, product.availability, product.url) });
  }
  const variant = (v: PublicVariant): JsonLd =>
    compact({
      "@type": "Product",
      name: v.name,
      sku: v.sku,
      ...gtin(v.gtin),
      mpn: v.mpn,
      image: v.images[0]?.url ?? images[0],
      additionalProperty: v.attributes.map((a) => ({ "@type": "PropertyValue", name: a.name, value: a.value })),
      offers: offer(v.price, v.availability, product.url),
    });
  return compact({ "@context": "https://schema.org", "@type": "ProductGroup", ...common, productGroupID: product.sku, variesBy: product.variesBy, hasVariant: product.variants.map(variant) });
}

/** The JSON for a <script type="application/ld+json">: "<" escaped so no text can close the tag. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
