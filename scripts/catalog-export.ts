// Writes the public catalog as static files (JSON pages, one file per product, categories, the
// three feeds and openapi.json) for a CDN or object store:
//   npx tsx --conditions=react-server scripts/catalog-export.ts --out DIR [--base-url https://shop.example.com] [--locales zh-CN,en]
async function exportMain() {
  const { loadEnv } = await import("./env.mjs");
  loadEnv();
  const { parseArgs } = await import("node:util");
  const { values } = parseArgs({ options: { out: { type: "string" }, "base-url": { type: "string" }, locales: { type: "string", default: "zh-CN,en" } } });
  if (!values.out) throw new Error("usage: catalog-export.ts --out DIR [--base-url URL] [--locales zh-CN,en]");
  const { db, dbReady } = await import("@/lib/db/client");
  const { isLocale } = await import("@/lib/i18n/locales");
  const { publicBaseUrl } = await import("@/lib/public-catalog/urls");
  const { exportCatalog } = await import("@/lib/api/export-catalog");
  const locales = values.locales.split(",").map((l) => l.trim());
  if (!locales.every(isLocale)) throw new Error(`--locales: zh-CN and/or en, got ${values.locales}`);
  await dbReady();
  const started = Date.now();
  const summary = await exportCatalog({ out: values.out, baseUrl: values["base-url"] ?? publicBaseUrl(), locales: locales.filter(isLocale) });
  console.log(`Exported ${summary.products} products in ${summary.pages} pages (${summary.files} files) to ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  await db.$disconnect();
}

exportMain().catch((error) => {
  console.error(error);
  process.exit(1);
});
