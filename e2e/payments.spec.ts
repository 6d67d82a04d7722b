import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// Finance records a partial payment against an invoice through the payment form (the grid fills
// oldest first), then the customer's ledger, statement and the aging report show what is left.

// The same database scripts/e2e-server.mjs gives the app.
const env = { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db", CARRACK_DATA_DIR: "data/e2e" };

/**
 * A new customer with one issued invoice of 1,130.00 (1,000.00 + 13 % VAT), made by the real
 * invoice services against the e2e database; the invoice pages are another part of the app.
 */
function customerWithInvoice(name: string, code: string): { accountId: string; number: string } {
  const script = `
    // tsx evaluates this as CommonJS: named exports may sit on the default export.
    const load = async (p) => { const m = await import(p); return { ...(m.default ?? {}), ...m }; };
    (async () => {
      const { db, dbReady } = await load("@/lib/db/client");
      await dbReady();
      const { transact } = await load("@/lib/db/transact");
      const { createInvoiceInTx } = await load("@/lib/sales/invoices/create-invoice");
      const { issueInvoiceInTx } = await load("@/lib/sales/invoices/issue-invoice");
      const { actorFor } = await load("@/lib/testing/factories");
      const { companyDay } = await load("@/lib/pricing/company-day");
      const finance = await db.user.findUniqueOrThrow({ where: { email: ${JSON.stringify(DEMO.finance)} } });
      const rep = await db.user.findUniqueOrThrow({ where: { email: ${JSON.stringify(DEMO.sales)} } });
      const account = await db.account.create({ data: { code: ${JSON.stringify(code)}, name: ${JSON.stringify(name)}, ownerId: rep.id, teamId: rep.teamId } });
      const actor = actorFor(finance);
      const today = companyDay();
      const issued = await transact(async (tx) => {
        const invoiceId = await createInvoiceInTx(tx, { actor, input: { accountId: account.id, issueDate: today, currencyCode: "CNY", freeLines: [{ productId: null, description: "咨询服务 Consulting", quantity: 1000, unitPrice: 100000, discountBp: 0, vatRateBp: 1300 }] } });
        return issueInvoiceInTx(tx, { actor, invoiceId, today });
      });
      console.log(JSON.stringify({ accountId: account.id, number: issued.number }));
      await db.$disconnect();
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const out = execFileSync("npx", ["tsx", "--conditions=react-server", "-e", script], { env, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

test("finance records a partial payment allocated to an invoice; ledger, statement and aging show the balance", async ({ page }) => {
  test.setTimeout(180_000);
  const code = unique("PAY").toUpperCase();
  const name = `上海测试贸易有限公司 ${code}`;
  const { accountId, number } = customerWithInvoice(name, code);

  await signIn(page, DEMO.finance);
  // From the customer's ledger (the customer picker lists the first 1,000 by name, and the
  // e2e database holds more after the import specs).
  await page.goto(`/app/billing/receivables/${accountId}`);
  await page.getByTestId("ledger-new-payment").click();
  await page.waitForURL(new RegExp(`/app/billing/payments/new\\?accountId=${accountId}`));

  const form = page.getByTestId("payment-form");
  await expect(form.getByTestId("allocation-grid")).toContainText(number);
  await form.getByTestId("payment-amount").fill("400.00");
  // Filled oldest first as the amount is typed.
  await expect(form.getByTestId(`alloc-${number}`)).toHaveValue("400.00");
  await form.locator('select[name="method"]').selectOption("wechat_pay");
  await form.locator('input[name="reference"]').fill("WX-E2E-1");
  await form.getByTestId("payment-submit").click();

  await page.waitForURL(/\/app\/billing\/payments\/[^/]+\?created=1$/);
  await expect(page.getByTestId("payment-created")).toBeVisible();
  await expect(page.getByTestId("payment-allocations")).toContainText(number);
  await expect(page.getByTestId("payment-allocations")).toContainText("400.00");
  await expect(page.getByTestId("payment-remainder")).toContainText("0.00");

  // The customer's ledger: invoice 1,130.00, payment 400.00, allocation, balance 730.00.
  await page.getByRole("link", { name }).first().click();
  await page.waitForURL(new RegExp(`/app/billing/receivables/${accountId}`));
  await expect(page.getByTestId("account-ledger")).toContainText(number);
  await expect(page.getByTestId("ledger-closing")).toContainText("730.00");

  // The statement (对账单) for the period shows the same closing balance, and a PDF link.
  await page.getByTestId("open-statement").click();
  await page.waitForURL(new RegExp(`/app/billing/receivables/${accountId}/statement`));
  await expect(page.getByTestId("statement-entries")).toContainText(number);
  await expect(page.getByTestId("ledger-closing")).toContainText("730.00");
  await expect(page.getByTestId("account-aging-total")).toContainText("730.00");
  await expect(page.getByTestId("statement-pdf")).toHaveAttribute("href", new RegExp(`/statement/pdf\\?from=`));

  // The aging report lists the customer with 730.00 not yet due.
  await page.goto(`/app/billing/receivables?q=${encodeURIComponent(code)}`);
  const row = page.getByRole("row").filter({ hasText: code });
  await expect(row).toContainText("730.00");
});

test("a sales rep cannot open the payment form or another rep's customer ledger", async ({ page }) => {
  const code = unique("PAYX").toUpperCase();
  const { accountId } = customerWithInvoice(`Other customer ${code}`, code);
  await signIn(page, DEMO.sales2);
  const form = await page.goto("/app/billing/payments/new");
  expect(form?.status()).toBe(404);
  const ledger = await page.goto(`/app/billing/receivables/${accountId}`);
  expect(ledger?.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText(code);
});

test("a cash sale to a walk-in customer issues the invoice and pays it in one step", async ({ page }) => {
  test.setTimeout(120_000);
  const item = unique("安装服务");
  await signIn(page, DEMO.finance);
  await page.goto("/app/billing/payments");
  await page.getByTestId("cash-sale-link").click();
  await page.waitForURL(/\/app\/billing\/cash-sale$/);
  const form = page.getByTestId("cash-sale-form");
  await form.getByTestId("line-description-0").fill(item);
  await form.getByTestId("line-quantity-0").fill("2");
  await form.getByTestId("line-unitPrice-0").fill("50");
  await form.locator('select[name="method"]').selectOption("alipay");
  await form.getByTestId("cash-sale-submit").click();

  await page.waitForURL(/\/app\/billing\/payments\/[^/]+\?created=1$/);
  const facts = page.getByTestId("payment-facts");
  await expect(facts).toContainText(/Cash sale|现收款/);
  await expect(facts).toContainText(/Alipay|支付宝/);
  await expect(page.getByTestId("payment-allocations")).toContainText("INV-");
  await expect(page.getByTestId("payment-remainder")).toContainText("0.00");
  // The walk-in customer's ledger nets to zero for the sale: invoice and payment both posted.
  await facts.getByRole("link").first().click();
  await expect(page.getByTestId("account-ledger")).toContainText(/Invoice|发票/);
});
