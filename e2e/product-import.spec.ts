import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// Product CSV import (dry run with row errors, then the import with its progress bar) and the
// import-format export of the products list's current filter.

test("admin checks a CSV, sees the bad row, imports the rest and finds the new products", async ({ page }) => {
  const prefix = unique("IMP").toUpperCase();
  const csv = [
    "sku,name_zh,name_en,list_price,category,uom",
    `${prefix}-1,导入测试一,Import test 1,12.50,打印机,EA`,
    `${prefix}-2,导入测试二,Import test 2,abc,,EA`,
    `${prefix}-3,导入测试三,Import test 3,3.20,Paper,PK`,
  ].join("\r\n");

  await signIn(page, DEMO.admin);
  await page.goto("/app/catalog/products");
  await page.getByTestId("product-csv-import").click();
  await page.waitForURL("**/app/catalog/import");

  await page.getByTestId("import-file").setInputFiles({ name: "products.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByTestId("import-upload").click();
  await expect(page.getByTestId("import-file-summary")).toContainText("products.csv");
  // Headers named like the fields map themselves.
  await expect(page.getByTestId("map-sku")).toHaveValue("0");
  await expect(page.getByTestId("map-list_price")).toHaveValue("3");

  await page.getByTestId("import-dry-run").click();
  await expect(page.getByTestId("check-summary")).toBeVisible();
  const errors = page.getByTestId("import-error-row");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText("3");
  await expect(errors.first()).toContainText("list_price");

  await page.getByTestId("import-run").click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await expect(page.getByTestId("import-progress-percent")).toHaveText("100%");
  const bar = page.getByTestId("import-progress").getByRole("progressbar");
  await expect(bar).toHaveAttribute("aria-valuenow", "3");
  await expect(bar).toHaveAttribute("aria-valuemax", "3");

  await page.getByTestId("import-done-link").click();
  await page.waitForURL("**/app/catalog/products");
  await page.goto(`/app/catalog/products?q=${prefix}`);
  await expect(page.getByText(`${prefix}-1`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${prefix}-3`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${prefix}-2`, { exact: true })).toHaveCount(0);
  await expect(page.getByTestId("table-total")).toHaveAttribute("data-total", "2");
});

test("the export holds exactly the filtered products, in the import's columns", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/app/catalog/products?q=PRT-00");
  const total = Number(await page.getByTestId("table-total").getAttribute("data-total"));
  expect(total).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("product-csv-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("sku,name_zh,name_en,description_zh,description_en,category,brand,uom,uom_decimals,gtin,mpn,weight_g,list_price,standard_cost,vat_rate,stock_tracked,allow_backorder,reorder_point,published,slug,status");
  const skus = lines.slice(1).map((line) => line.split(",")[0]);
  expect(skus).toHaveLength(total);
  for (const sku of skus) expect(sku).toMatch(/^PRT-00\d$/);
});

test("sales may export but not import, and never see the cost column", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/catalog/products?q=PRT-00");
  await expect(page.getByTestId("product-csv-import")).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("product-csv-export").click()]);
  const header = (await readFile(await download.path(), "utf8")).split("\r\n")[0];
  expect(header).not.toContain("standard_cost");
  const response = await page.goto("/app/catalog/import");
  expect(response?.status()).toBe(404);
});
