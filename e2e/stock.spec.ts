import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// The stock ledger as people use it: a product created in the catalog, goods received, a count
// with a difference posted as an adjustment and seen on the stock card; sales see balances but
// never cost, and cannot post.

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

test("warehouse receives stock, counts a difference, posts it and sees it on the stock card; sales see no cost", async ({ page }) => {
  test.setTimeout(180_000);
  const sku = unique("STK").toUpperCase();

  // A catalog manager creates the product through the product form.
  await signIn(page, DEMO.manager);
  await page.goto("/app/catalog/products/new");
  const product = page.getByTestId("product-create-form");
  await product.locator('input[name="sku"]').fill(sku);
  await product.locator('select[name="kind"]').selectOption("simple");
  await product.locator('input[name="nameZh"]').fill("盘点测试杯");
  await product.locator('input[name="nameEn"]').fill("Count test mug");
  await product.locator('input[name="listPrice"]').fill("25.00");
  await page.getByTestId("product-save").click();
  await page.waitForURL(/\/app\/catalog\/products\/[^/]+\?created=1$/);

  // The warehouse receives 12 at 8.50 each.
  await switchUser(page, DEMO.warehouse);
  await page.goto("/app/stock/operations/new?type=receipt");
  const form = page.getByTestId("operation-form-receipt");
  await form.getByTestId("op-supplier-ref").fill("SUP-E2E-1");
  await form.getByTestId("line-search-0").fill(sku);
  await form.getByTestId("product-option").filter({ hasText: sku }).click();
  await expect(form.getByTestId("line-product-0")).toContainText(sku);
  await form.getByTestId("line-quantity-0").fill("12");
  await form.getByTestId("line-cost-0").fill("8.50");
  await expect(form).toContainText("¥102.00"); // line value, as it will be posted
  await page.getByTestId("post-operation").click();
  await page.waitForURL(/\/app\/stock\/operations\/[^/?]+\?posted=1$/);
  await expect(page.getByTestId("form-success")).toBeVisible();
  const receiptUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByTestId("move-row")).toHaveCount(1);
  await expect(page.getByTestId("move-row")).toContainText("+12");
  await expect(page.getByTestId("move-row")).toContainText("¥102.00");

  // A count of the default warehouse finds only 10.
  await page.goto("/app/stock/counts");
  await page.getByTestId("start-count").click();
  await page.waitForURL(/\/app\/stock\/counts\/[^/]+$/);
  await page.getByTestId("count-filter").fill(sku);
  const line = page.locator(`[data-testid="count-line"][data-sku="${sku}"]`);
  await expect(line).toBeVisible();
  await expect(line).toContainText("12");
  await line.getByTestId("count-input").fill("10");
  await expect(line).toContainText("−2");
  await page.getByTestId("save-count").click();
  await expect(page.getByTestId("form-success")).toBeVisible();
  await expect(page.getByTestId("review-line")).toHaveCount(1);
  await expect(page.getByTestId("review-line")).toContainText(sku);
  await expect(page.getByTestId("review-difference")).toHaveText("−2");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("post-count").click();
  await expect(page.getByTestId("count-posted")).toBeVisible();
  await page.getByTestId("count-operation").click();
  await page.waitForURL(/\/app\/stock\/operations\/[^/?]+$/);
  await expect(page.getByTestId("move-row")).toHaveCount(1);
  await expect(page.getByTestId("move-row")).toContainText("−2");

  // The stock card shows both moves and the running balance; the value follows the average.
  await page.getByTestId("move-row").getByRole("link", { name: sku }).click();
  await page.waitForURL(/\/app\/stock\/products\/[^/?]+$/);
  const cardUrl = page.url();
  await expect(page.getByTestId("card-row")).toHaveCount(2);
  await expect(page.getByTestId("card-type").nth(0)).toHaveText("采购入库");
  await expect(page.getByTestId("card-type").nth(1)).toHaveText("库存调整");
  await expect(page.getByTestId("card-balance").nth(0)).toHaveText("12");
  await expect(page.getByTestId("card-balance").nth(1)).toHaveText("10");
  await expect(page.getByTestId("card-row").nth(1)).toContainText("盘点");
  await expect(page.getByTestId("card-onhand")).toContainText("10");
  await expect(page.getByTestId("card-average")).toHaveText("¥8.50");
  await expect(page.getByTestId("card-value")).toHaveText("¥85.00");

  // Reversing the receipt now would take 12 out of 10: refused, nothing posted.
  await page.goto(receiptUrl);
  await page.getByTestId("reverse-operation").click();
  await page.getByTestId("confirm-reverse").click();
  await expect(page.getByTestId("reverse-dialog").getByTestId("form-error")).toContainText(sku);
  await expect(page).toHaveURL(receiptUrl);

  // Sales see the balance but no cost or value, and may not post.
  await switchUser(page, DEMO.sales);
  await page.goto(`/app/stock?q=${sku}`);
  await expect(page.getByTestId("row")).toHaveCount(1);
  await expect(page.getByTestId("balance-onhand")).toHaveText("10");
  await expect(page.getByTestId("data-table")).not.toContainText("平均成本");
  await expect(page.getByTestId("balance-value")).toHaveCount(0);
  await expect(page.getByTestId("new-receipt")).toHaveCount(0);
  await page.goto(cardUrl);
  await expect(page.getByTestId("card-row")).toHaveCount(2);
  await expect(page.getByTestId("card-average")).toHaveCount(0);
  await expect(page.getByTestId("stock-card")).not.toContainText("¥");
  const response = await page.goto("/app/stock/operations/new?type=receipt");
  expect(response?.status()).toBe(404);
  expect((await page.goto("/app/stock/counts"))?.status()).toBe(404);
  expect((await page.request.get(`/app/stock/export?q=${sku}`)).status()).toBe(200);
});
