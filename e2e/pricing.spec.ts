import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// The product pages belong to the catalog; this spec only needs one product to price, so it
// writes one straight into the e2e server's database (data/e2e.db, or E2E_DATABASE_URL).
async function createProduct(sku: string, nameZh: string, nameEn: string): Promise<void> {
  const url = process.env.E2E_DATABASE_URL || "file:./data/e2e.db";
  const id = `e2e${randomBytes(8).toString("hex")}`;
  if (/^postgres(ql)?:/.test(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO "Product" ("id", "sku", "nameZh", "nameEn", "listPrice", "updatedAt") VALUES ($1, $2, $3, $4, 10000, now())`, [id, sku, nameZh, nameEn]);
    } finally {
      await client.end();
    }
    return;
  }
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(url.slice("file:".length));
  try {
    db.pragma("busy_timeout = 10000");
    // The same DateTime text Prisma's SQLite adapter writes.
    const now = new Date().toISOString().replace("Z", "+00:00");
    db.prepare(`INSERT INTO "Product" ("id", "sku", "nameZh", "nameEn", "listPrice", "updatedAt") VALUES (?, ?, ?, ?, 10000, ?)`).run(id, sku, nameZh, nameEn, now);
  } finally {
    db.close();
  }
}

test("finance creates a CNY tax-inclusive price list with a quantity break and sees its prices", async ({ page }) => {
  const sku = unique("E2E-TEA").toUpperCase();
  await createProduct(sku, "测试龙井茶", "Test Longjing tea");
  const name = unique("经销商价 Dealers");

  await signIn(page, DEMO.finance);
  await page.goto("/app/pricing/price-lists");
  await page.getByTestId("new-price-list").click();
  await page.waitForURL("**/app/pricing/price-lists/new");
  const form = page.getByTestId("price-list-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('select[name="currencyCode"]').selectOption("CNY");
  await form.getByTestId("price-list-taxInclusive").check();
  await form.locator('input[name="validFrom"]').fill("2026-01-01");
  await form.getByTestId("price-list-submit").click();
  await page.waitForURL(/\/app\/pricing\/price-lists\/[^/]+\?created=1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("form-success")).toBeVisible();

  // From the first unit, then a cheaper price from 10 units.
  for (const [qty, price] of [
    ["0", "128.00"],
    ["10", "118.5"],
  ]) {
    const item = page.getByTestId("price-item-form");
    if ((await item.getByTestId("picked-product").count()) === 0) {
      await item.getByTestId("product-search").fill(sku);
      await item.getByTestId("product-option").filter({ hasText: sku }).click();
    }
    await expect(item.getByTestId("picked-product")).toContainText(sku);
    await item.locator('input[name="minQty"]').fill(qty);
    await item.locator('input[name="price"]').fill(price);
    await item.getByTestId("price-item-submit").click();
    await expect(item.getByTestId("form-success")).toBeVisible();
  }

  const rows = page.getByTestId("price-items").locator(`[data-testid="price-item"][data-sku="${sku}"]`);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByTestId("price-item-min-qty")).toContainText("0");
  await expect(rows.nth(0).getByTestId("price-item-price")).toHaveText("¥128.00");
  await expect(rows.nth(1).getByTestId("price-item-min-qty")).toContainText("10");
  await expect(rows.nth(1).getByTestId("price-item-price")).toHaveText("¥118.50");
  await expect(page.getByTestId("price-items")).toContainText("含税单价（CNY）");

  // The list shows up in the list of lists with its two prices.
  await page.goto(`/app/pricing/price-lists?q=${encodeURIComponent(name)}`);
  const row = page.getByTestId("row").filter({ hasText: name });
  await expect(row).toContainText("含税");
  await expect(row).toContainText("2");

  // The CSV export carries the exact prices.
  const download = page.waitForEvent("download");
  await page.getByTestId("price-list-link").filter({ hasText: name }).click();
  await page.getByTestId("price-items-export").click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  });
  expect(csv).toContain(`${sku},测试龙井茶,Test Longjing tea,EA,10,118.50,CNY,true`);
});

test("finance enters a USD exchange rate and sees it", async ({ page }) => {
  await signIn(page, DEMO.finance);
  await page.goto("/app/pricing/currencies");
  const form = page.getByTestId("rate-form");
  await form.locator('select[name="currencyCode"]').selectOption("USD");
  await form.locator('input[name="rateDate"]').fill("2026-03-02");
  await form.locator('input[name="rate"]').fill("7.12340");
  await form.getByTestId("rate-submit").click();
  await expect(form.getByTestId("form-success")).toBeVisible();
  // The demo seed may hold later USD rates, so the row of that day is what this test checks.
  await expect(page.getByTestId("currency-latest-USD")).toContainText("1 USD =");

  await page.getByTestId("currency-USD").getByRole("link", { name: "USD" }).click();
  await page.waitForURL("**/app/pricing/currencies/USD");
  const rate = page.locator('[data-testid="rate-row"][data-date="2026-03-02"]');
  await expect(rate.getByTestId("rate-value")).toHaveText("7.1234");

  // A bad rate is refused with a translated message and nothing changes.
  const again = page.getByTestId("rate-form");
  await again.locator('input[name="rateDate"]').fill("2026-03-02");
  await again.locator('input[name="rate"]').fill("0");
  await again.getByTestId("rate-submit").click();
  await expect(again.getByTestId("form-error")).toBeVisible();
  await expect(again).toContainText("请输入大于 0、最多 10 位小数的汇率");
  await expect(rate.getByTestId("rate-value")).toHaveText("7.1234");
});

test("finance checks a rates CSV, sees its row errors, then imports a clean file", async ({ page }) => {
  await signIn(page, DEMO.finance);
  await page.goto("/app/pricing/currencies");
  await page.getByTestId("rates-import-link").click();
  await page.waitForURL("**/app/pricing/currencies/import");
  const form = page.getByTestId("rates-import-form");
  const file = (text: string) => ({ name: "rates.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

  await form.getByTestId("rates-file").setInputFiles(file("currency,date,rate\nEUR,2026-03-03,7.8\nEUR,2026-03-32,7.9\nCNY,2026-03-03,1\n"));
  await form.getByTestId("rates-dry-run").click();
  const errors = page.getByTestId("rates-import-errors");
  await expect(errors).toContainText("日期格式应为 YYYY-MM-DD");
  await expect(errors).toContainText("CNY 是本位币");
  await form.getByTestId("rates-import").click();
  await expect(page.getByTestId("form-error")).toContainText("文件中有 2 行存在错误");

  await form.getByTestId("rates-file").setInputFiles(file("currency,date,rate\nEUR,2026-03-03,7.8012\nEUR,2026-03-04,7.8100\n"));
  await form.getByTestId("rates-dry-run").click();
  await expect(page.getByTestId("rates-import-preview")).toContainText("7.8012");
  await form.getByTestId("rates-import").click();
  await expect(page.getByTestId("rates-import-report")).toContainText("已导入");
  await page.goto("/app/pricing/currencies/EUR");
  await expect(page.locator('[data-testid="rate-row"][data-date="2026-03-04"]').getByTestId("rate-value")).toHaveText("7.81");
  await expect(page.locator('[data-testid="rate-row"][data-date="2026-03-03"]')).toContainText("CSV");
});

test("a sales rep opening the price lists gets the 404 page", async ({ page }) => {
  await signIn(page, DEMO.sales);
  const response = await page.goto("/app/pricing/price-lists");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByTestId("data-table")).toHaveCount(0);
  expect((await page.goto("/app/pricing/currencies"))?.status()).toBe(404);
  expect((await page.goto("/app/settings/taxes"))?.status()).toBe(404);
});
