import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createPublicProduct } from "@/lib/testing/public-catalog-factories";
import { exportCatalog } from "./export-catalog";

let out: string;
const skus: string[] = [];
let draftSku = "";

beforeAll(async () => {
  await createCompany();
  const admin = await createActor("admin");
  for (let i = 0; i < 5; i++) skus.push((await createPublicProduct(admin, { price: 1000 + i, standardCost: 765_432 })).sku);
  draftSku = (await createPublicProduct(admin, { published: false, slug: null })).sku;
  out = await mkdtemp(path.join(tmpdir(), "carrack-export-"));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe("static catalog export", () => {
  it("writes pages, product files, categories, feeds and the OpenAPI document in both languages", async () => {
    const summary = await exportCatalog({ out, baseUrl: "https://cdn.example.com", locales: ["zh-CN", "en"], pageSize: 2 });
    expect(summary).toMatchObject({ products: 5, pages: 6 });
    const root = path.join(out, "api/v1/catalog");
    const index = JSON.parse(await readFile(path.join(root, "products/index.json"), "utf8"));
    expect(index).toMatchObject({ pages: ["page-0001.json", "page-0002.json", "page-0003.json"], products: 5 });
    const seen: string[] = [];
    for (let name: string | null = "page-0001.json"; name; ) {
      const page = JSON.parse(await readFile(path.join(root, "products", name), "utf8"));
      seen.push(...page.data.map((p: { sku: string }) => p.sku));
      name = page.nextPage;
    }
    expect(seen.sort()).toEqual([...skus].sort());
    const one = JSON.parse(await readFile(path.join(root, "products", `${encodeURIComponent(skus[0])}.json`), "utf8"));
    expect(one.data).toMatchObject({ sku: skus[0], url: expect.stringMatching(/^https:\/\/cdn\.example\.com\/catalog\//) });
    const en = JSON.parse(await readFile(path.join(out, "en/api/v1/catalog/products", `${encodeURIComponent(skus[0])}.json`), "utf8"));
    expect(en.data.url).toMatch(/^https:\/\/cdn\.example\.com\/en\/catalog\//);
    expect(XMLValidator.validate(await readFile(path.join(root, "feeds/google.xml"), "utf8"))).toBe(true);
    expect(parseCsv(await readFile(path.join(root, "feeds/shopify.csv"), "utf8"), { bom: true, columns: true })).toHaveLength(5);
    expect(JSON.parse(await readFile(path.join(out, "api/v1/openapi.json"), "utf8")).openapi).toBe("3.1.0");
    expect(JSON.parse(await readFile(path.join(root, "categories.json"), "utf8"))).toEqual({ data: [] });

    const all = (await Promise.all((await readdir(out, { recursive: true, withFileTypes: true })).filter((f) => f.isFile()).map((f) => readFile(path.join(f.parentPath, f.name), "utf8")))).join("\n");
    expect(all).not.toContain(draftSku);
    expect(all).not.toMatch(/765432|7654\.32/);
  });
});
