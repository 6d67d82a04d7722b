import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

// Finance settles a delivery (结算): opens the new invoice from the delivery, adds the service
// line of the same order, creates the draft, issues it (number, due date, immutable), downloads
// the UBL XML, credits one unit, and finds both documents in the list. Another rep gets a 404.

const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db", CARRACK_DATA_DIR: "data/e2e" };

type Setup = { accountId: string; accountName: string; deliveryId: string; deliveryNumber: string; orderNumber: string };

function deliveredOrder(email: string): Setup {
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "e2e/invoices-support.ts", email], { env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

test("finance invoices a delivery, issues it, downloads the UBL and issues a credit note", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const setup = deliveredOrder(DEMO.sales);
  await signIn(page, DEMO.finance);
  page.on("dialog", (dialog) => void dialog.accept());

  await page.goto(`/app/billing/invoices/new?deliveryId=${setup.deliveryId}`);
  const form = page.getByTestId("invoice-form");
  // The delivery's line arrives filled with its open quantity; the service line of the order waits.
  await expect(form.getByTestId("invoiceable-line")).toHaveCount(2);
  await expect(form.getByTestId("invoice-quantity-0")).toHaveValue("3");
  await form.getByTestId("invoice-quantity-1").fill("1");
  await form.getByTestId("invoice-buyer-reference").fill("PO-E2E-1");
  await form.getByTestId("create-invoice").click();
  await page.waitForURL(/\/app\/billing\/invoices\/[^/?]+\?created=1$/);
  const invoiceUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByTestId("invoice-status")).toContainText("草稿");
  await expect(page.getByTestId("invoice-line")).toHaveCount(2);
  await expect(page.getByTestId("invoice-ubl")).toHaveCount(0);

  await page.getByTestId("issue-invoice").click();
  await page.waitForURL(/\?issued=1$/);
  await expect(page.getByTestId("invoice-status")).toContainText("已开具");
  const number = (await page.locator("h1").innerText()).trim();
  expect(number).toMatch(/^INV-\d{4}-\d{5}$/);
  await expect(page.getByTestId("issue-invoice")).toHaveCount(0);
  await expect(page.getByTestId("invoice-due-date")).not.toBeEmpty();
  // 3 × 123.45 − 5 % + 1 × 500.00: the total shows with its VAT breakdown.
  await expect(page.getByTestId("vat-breakdown").locator("tbody tr")).toHaveCount(2);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("invoice-ubl").click()]);
  expect(download.suggestedFilename()).toBe(`${number}.xml`);
  const xml = readFileSync(await download.path(), "utf8");
  expect(xml).toContain("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>");
  expect(xml).toContain(`<cbc:ID>${number}</cbc:ID>`);
  expect(xml).toContain("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>");
  expect(xml).toContain("<cbc:BuyerReference>PO-E2E-1</cbc:BuyerReference>");
  expect(xml).toContain(`<cac:OrderReference>`);
  expect(xml.match(/<cac:InvoiceLine>/g)).toHaveLength(2);

  // A partial credit note: one unit of the goods.
  const credit = page.getByTestId("credit-note-form");
  await credit.getByTestId("credit-reason").fill("包装破损 damaged packaging");
  await credit.getByTestId("credit-quantity-0").fill("1");
  await credit.getByTestId("issue-credit-note").click();
  await page.waitForURL(/\?credited=1$/);
  await expect(page.locator("h1")).toHaveText(/^CN-\d{4}-\d{5}$/);
  await expect(page.getByTestId("original-invoice")).toHaveText(number);
  await expect(page.getByTestId("invoice-line")).toHaveCount(1);

  await page.goto(`/app/billing/invoices?account=${setup.accountId}`);
  await expect(page.getByTestId("invoice-number").filter({ hasText: number })).toHaveCount(1);
  await expect(page.getByTestId("invoice-number").filter({ hasText: /^CN-/ })).toHaveCount(1);

  // Another team's rep: not found, and not even the number in the page.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, DEMO.sales2);
  const response = await other.goto(invoiceUrl);
  expect(response?.status()).toBe(404);
  await expect(other.locator("body")).not.toContainText(number);
  expect((await other.request.get(`${invoiceUrl}/ubl`)).status()).toBe(404);
});
