import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { eachPublicProduct } from "@/lib/public-catalog/find-public-products";
import { baseCurrency, type PriceAudience } from "@/lib/public-catalog/load-public-products";
import type { PublicProduct } from "@/lib/public-catalog/schema";
import { toPublicProduct } from "@/lib/public-catalog/to-public-product";
import { absoluteUrl, publicCatalogPath } from "@/lib/public-catalog/urls";
import { db } from "@/lib/db/client";
import { csvFeed } from "./csv-feed";
import { googleFeed } from "./google-feed";
import { SHOPIFY_COLUMNS, shopifyRows } from "./shopify-feed";
import { WOOCOMMERCE_COLUMNS, woocommerceRows } from "./woocommerce-feed";

// The three feeds as text chunks, generated from the public model one batch of products at a
// time: the route handlers stream them, the static export writes them to files.

export const FEEDS = {
  google: { file: "google.xml", contentType: "application/xml; charset=utf-8" },
  shopify: { file: "shopify.csv", contentType: "text/csv; charset=utf-8" },
  woocommerce: { file: "woocommerce.csv", contentType: "text/csv; charset=utf-8" },
} as const;
export type FeedKind = keyof typeof FEEDS;

type FeedInput = { audience: PriceAudience; locale: Locale; baseUrl: string };

async function* publicProducts({ audience, locale, baseUrl }: FeedInput): AsyncGenerator<PublicProduct> {
  const context = { locale, baseUrl, baseCurrency: await baseCurrency() };
  for await (const product of eachPublicProduct(audience)) yield toPublicProduct(product, context);
}

export async function* feedChunks(kind: FeedKind, input: FeedInput): AsyncGenerator<string> {
  if (kind === "shopify") return yield* csvFeed(SHOPIFY_COLUMNS, publicProducts(input), shopifyRows);
  if (kind === "woocommerce") return yield* csvFeed(WOOCOMMERCE_COLUMNS, publicProducts(input), woocommerceRows);
  const company = await db.company.findUnique({ where: { id: "company" }, select: { name: true } });
  const name = company?.name ?? "Carrack";
  yield* googleFeed(publicProducts(input), { title: name, link: absoluteUrl(input.baseUrl, publicCatalogPath(input.locale)), description: input.locale === "en" ? `${name} product catalog` : `${name} 产品目录` });
}
