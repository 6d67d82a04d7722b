import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// Deliveries and returns as the warehouse does them: a partial delivery of a confirmed order,
// posted; the customer's signed receipt recorded with a scan; then part of the goods returned.
// Another rep cannot open the delivery (404), the order's rep can.

// The same database and data folder scripts/e2e-server.mjs gives the app.
const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db", CARRACK_DATA_DIR: "data/e2e" };

// A customer of the demo rep with a confirmed order for 5 of a stocked product, made by the real
// stock and order services (goods receipt, confirmation with its reservation).
const SETUP = `
import { db, dbReady } from "@/lib/db/client";
import { confirmOrder } from "@/lib/sales/orders/confirm-order";
import { postReceipt } from "@/lib/stock/post-receipt";
import { actorFor } from "@/lib/testing/factories";
import { createOrderRow } from "@/lib/testing/sales-factories";

async function main() {
  const [tag] = process.argv.slice(2);
  await dbReady();
  const user = (email: string) => db.user.findUniqueOrThrow({ where: { email } }).then((u) => actorFor(u as Parameters<typeof actorFor>[0]));
  const [rep, keeper] = await Promise.all([user("${DEMO.sales}"), user("${DEMO.warehouse}")]);
  const wh = await db.warehouse.findFirstOrThrow({ where: { isDefault: true } });
  const product = await db.product.create({ data: { sku: tag, nameZh: "发货测试杯 " + tag, nameEn: "Delivery mug " + tag, listPrice: 5000, standardCost: 1000 } });
  await postReceipt({ actor: keeper, input: { warehouseId: wh.id, supplierRef: tag, lines: [{ productId: product.id, quantity: 20_000, unitCost: 1250 }] } });
  const account = await db.account.create({ data: { code: tag, name: "上海发货测试有限公司 " + tag, ownerId: rep.id, teamId: rep.teamId, shippingAddress: "上海市浦东新区世纪大道 100 号" } });
  const order = await createOrderRow({ accountId: account.id, ownerId: rep.id, warehouseId: wh.id, status: "draft", lines: [{ productId: product.id, description: "Delivery mug", quantity: 5000, unitPrice: 5000, stockTracked: true }] });
  const confirmed = await confirmOrder({ actor: rep, id: order.id });
  console.log(JSON.stringify({ accountId: account.id, accountName: account.name, orderNumber: confirmed.number }));
  await db.$disconnect();
}
main().catch((error) => { console.error(error); process.exit(1); });
`;

function setupOrder(tag: string): { accountId: string; accountName: string; orderNumber: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "carrack-e2e-deliveries-"));
  const file = path.join(dir, "setup.ts");
  writeFileSync(file, SETUP);
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "--tsconfig", "tsconfig.json", file, tag], { env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

// A 1 × 1 PNG: the signed receipt's "photo".
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

async function switchUser(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

test("warehouse posts a partial delivery, records the signed receipt with a scan, then takes goods back", async ({ page }) => {
  test.setTimeout(180_000);
  const sku = unique("DLV").toUpperCase();
  const { accountId, accountName, orderNumber } = setupOrder(sku);

  await signIn(page, DEMO.warehouse);
  await page.goto("/app/sales/deliveries");
  await page.getByTestId("new-delivery").click();
  await page.getByTestId("accounts-to-deliver").getByRole("link", { name: accountName }).click();
  await page.waitForURL(new RegExp(`/app/sales/deliveries/new\\?accountId=${accountId}$`));

  // Ship 3 of the 5 ordered.
  const form = page.getByTestId("delivery-form");
  const line = form.getByTestId("deliverable-line").filter({ hasText: sku });
  await expect(line).toContainText(orderNumber);
  await expect(form.getByTestId("delivery-address")).toHaveValue(/世纪大道/);
  await line.getByRole("textbox").fill("3");
  await form.getByTestId("delivery-carrier").fill("顺丰速运");
  await form.getByTestId("delivery-tracking").fill("SF1234567890");
  await page.getByTestId("save-delivery").click();
  await page.waitForURL(/\/app\/sales\/deliveries\/[^/?]+\?saved=1$/);
  const deliveryUrl = page.url().replace(/\?.*$/, "");
  const number = (await page.locator("h1").textContent())!.trim();
  await expect(page.getByTestId("delivery-status")).toContainText(/Draft|草稿/);

  await page.getByTestId("post-delivery").click();
  await page.waitForURL(/\?posted=1$/);
  await expect(page.getByTestId("delivery-status")).toContainText(/Posted|已过账/);
  const row = page.getByTestId("delivery-line").filter({ hasText: sku });
  await expect(row).toContainText("3");
  await expect(row).toContainText("¥12.50"); // left at the average cost

  // The customer's signed receipt, with a photo of it.
  const receipt = page.getByTestId("receipt-form");
  await receipt.getByTestId("receipt-signer").fill("李四");
  await receipt.getByTestId("receipt-note").fill("外箱完好");
  await receipt.getByTestId("receipt-file").setInputFiles({ name: "签收单.png", mimeType: "image/png", buffer: PNG });
  await page.getByTestId("save-receipt").click();
  await page.waitForURL(/\?received=1$/);
  await expect(page.getByTestId("receipt-facts")).toContainText("李四");
  const scan = await page.request.get(`${deliveryUrl}/receipt`);
  expect(scan.status()).toBe(200);
  expect(scan.headers()["content-type"]).toBe("image/png");
  expect(Buffer.from(await scan.body()).equals(PNG)).toBe(true);

  // The list shows it posted, for its order, with a receipt.
  await page.goto(`/app/sales/deliveries?q=${encodeURIComponent(number)}`);
  const listed = page.getByRole("row").filter({ hasText: number });
  await expect(listed).toContainText(orderNumber);
  await expect(listed).toContainText(/Yes|有/);

  // One comes back broken: scrapped; one comes back fine: restocked. Both on one return.
  await page.goto(deliveryUrl);
  await page.getByTestId("new-return").click();
  await page.waitForURL(/\/app\/sales\/returns\/new\?deliveryId=/);
  await page.getByTestId("return-reason").fill("包装破损");
  await page.getByTestId("return-quantity-0").fill("4");
  await page.getByTestId("save-return").click();
  await expect(page.getByTestId("return-form").getByTestId("form-error")).toContainText("3"); // refused: only 3 delivered
  await expect(page.getByTestId("return-reason")).toHaveValue("包装破损"); // kept
  await page.getByTestId("return-quantity-0").fill("1");
  await page.getByTestId("return-disposition-0").selectOption("scrap");
  await page.getByTestId("save-return").click();
  await page.waitForURL(/\/app\/sales\/returns\/[^/?]+\?saved=1$/);
  await page.getByTestId("post-return").click();
  await page.waitForURL(/\?posted=1$/);
  await expect(page.getByTestId("return-status")).toContainText(/Posted|已过账/);
  await expect(page.getByTestId("return-line")).toContainText(/Scrap|报废/);

  await page.goto(deliveryUrl);
  await expect(page.getByTestId("delivery-line").filter({ hasText: sku })).toContainText("1");
  await expect(page.getByTestId("delivery-returns")).toBeVisible();

  // Another rep's customer: not found, not even the scan. The order's own rep may look.
  await switchUser(page, DEMO.sales2);
  expect((await page.goto(deliveryUrl))?.status()).toBe(404);
  expect((await page.request.get(`${deliveryUrl}/receipt`)).status()).toBe(404);
  await switchUser(page, DEMO.sales);
  expect((await page.goto(deliveryUrl))?.status()).toBe(200);
  await expect(page.getByTestId("post-delivery")).toHaveCount(0);
});
