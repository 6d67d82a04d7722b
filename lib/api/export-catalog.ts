import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { Locale } from "@/lib/i18n/locales";
import { eachPublicProduct } from "@/lib/public-catalog/find-public-products";
import { baseCurrency, PUBLIC_AUDIENCE } from "@/lib/public-catalog/load-public-products";
import { toPublicProduct } from "@/lib/public-catalog/to-public-product";
import { categoriesBody } from "./catalog-endpoints";
import { FEEDS, feedChunks, type FeedKind } from "./feeds/feeds";
import { openApiDocument } from "./openapi";

// The public catalog as static files a CDN or object store can serve without the app, laid out
// like the API's paths (zh-CN at the root, English under en/):
//   api/v1/openapi.json
//   api/v1/catalog/categories.json                    { data: Category[] }
//   api/v1/catalog/products/index.json                { pages, products, generatedAt }
//   api/v1/catalog/products/page-0001.json            { data: Product[], nextPage: "page-0002.json" | null }
//   api/v1/catalog/products/<sku>.json                { data: Product }   (SKU URI-encoded)
//   api/v1/catalog/feeds/{google.xml,shopify.csv,woocommerce.csv}
// Only anonymous (public) prices are exported: partner prices need the live API and a key.

export type ExportOptions = { out: string; baseUrl: string; locales: Locale[]; pageSize?: number };
export type ExportSummary = { products: number; pages: number; files: number };

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value)}\n`);
}

export async function exportCatalog({ out, baseUrl, locales, pageSize = 100 }: ExportOptions): Promise<ExportSummary> {
  const summary: ExportSummary = { products: 0, pages: 0, files: 0 };
  const generatedAt = new Date().toISOString();
  await writeJson(path.join(out, "api/v1/openapi.json"), openApiDocument(baseUrl));
  summary.files++;
  for (const locale of locales) {
    const root = path.join(out, locale === "zh-CN" ? "" : locale, "api/v1/catalog");
    const context = { locale, baseUrl, baseCurrency: await baseCurrency() };
    await writeJson(path.join(root, "categories.json"), await categoriesBody({ locale }));
    let page: unknown[] = [];
    let pages = 0;
    let products = 0;
    const pageName = (n: number) => `page-${String(n).padStart(4, "0")}.json`;
    const flush = async (last: boolean) => {
      if (page.length === 0 && pages > 0) return;
      pages++;
      await writeJson(path.join(root, "products", pageName(pages)), { data: page, nextPage: last ? null : pageName(pages + 1) });
      page = [];
    };
    for await (const loaded of eachPublicProduct(PUBLIC_AUDIENCE, pageSize)) {
      const product = toPublicProduct(loaded, context);
      await writeJson(path.join(root, "products", `${encodeURIComponent(product.sku)}.json`), { data: product });
      products++;
      if (page.length === pageSize) await flush(false);
      page.push(product);
    }
    await flush(true);
    await writeJson(path.join(root, "products", "index.json"), { pages: Array.from({ length: pages }, (_, i) => pageName(i + 1)), products, generatedAt });
    for (const kind of Object.keys(FEEDS) as FeedKind[]) {
      const file = path.join(root, "feeds", FEEDS[kind].file);
      await mkdir(path.dirname(file), { recursive: true });
      await pipeline(Readable.from(feedChunks(kind, { audience: PUBLIC_AUDIENCE, locale, baseUrl })), createWriteStream(file));
    }
    summary.products = Math.max(summary.products, products);
    summary.pages += pages;
    summary.files += products + pages + 2 + Object.keys(FEEDS).length;
  }
  return summary;
}
