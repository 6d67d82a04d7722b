import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfText } from "../lib/testing/pdf-text";
import { DEMO, signIn, unique } from "./fixtures";

// The whole chain of issue 5, each step by the person who does it, through the pages:
// opportunity → quote (discount approval, revision R2) → accept → order → credit hold → release
// → partial delivery → invoice (its PDF carries the customer's Chinese name) → partial payment
// → return → credit note → the customer's ledger shows the right balance → the reconciliation
// report for the customer shows zero differences.

/** Minor units from a displayed amount ("¥2,034.00", "-1,017.00"). */
function minor(text: string): number {
  const cleaned = text.replace(/[^\d.-]/g, "");
  const [whole, fraction = ""] = cleaned.replace("-", "").split(".");
  const value = Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
  return cleaned.startsWith("-") ? -value : value;
}

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  // Issuing, posting and voiding ask "are you sure?": the person says yes.
  page.on("dialog", (dialog) => void dialog.accept());
  await signIn(page, email);
  return page;
}

/** Sends the current revision without the e-mail (no SMTP needed). */
async function send(page: Page) {
  const email = page.getByTestId("quote-send-email");
  if (await email.count()) await email.uncheck();
  await page.getByTestId("quote-send").click();
  await expect(page.getByTestId("quote-status")).toHaveAttribute("data-status", "sent");
}

test("quote to cash: from an opportunity to a reconciled customer ledger", async ({ browser }) => {
  test.setTimeout(600_000);
  const tag = unique("Q2C");
  const customer = `上海对账测试有限公司 ${tag}`;

  // A new customer of the rep; the manager gives it a credit limit of 100.00 (reps may not), so
  // the order will go on hold.
  const rep = await as(browser, DEMO.sales);
  await rep.goto("/app/crm/accounts/new");
  const accountForm = rep.getByTestId("account-create-form");
  await accountForm.locator('input[name="name"]').fill(customer);
  await accountForm.getByTestId("account-submit").click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);
  const accountId = new URL(rep.url()).pathname.split("/").pop()!;
  const manager = await as(browser, DEMO.manager);
  await manager.goto(`/app/crm/accounts/${accountId}/edit`);
  const limitForm = manager.getByTestId("account-edit-form");
  await limitForm.locator('input[name="creditLimit"]').fill("100");
  await limitForm.getByTestId("account-submit").click();
  await expect(manager.getByText("客户已保存。")).toBeVisible();

  // Opportunity → quote.
  await rep.goto(`/app/crm/opportunities/new?account=${accountId}`);
  const oppForm = rep.getByTestId("opportunity-create-form");
  await oppForm.locator('input[name="name"]').fill(`打印机采购 ${tag}`);
  await oppForm.getByTestId("opportunity-submit").click();
  await rep.waitForURL(/\/app\/crm\/opportunities\/[^/?]+\?created=1$/);
  await rep.getByTestId("new-quote-from-record").click();
  await rep.waitForURL(/\/app\/sales\/quotes\/new\?opportunityId=/);

  const form = rep.getByTestId("quote-form");
  await form.getByTestId("quote-title").fill(tag);
  while ((await form.getByTestId("line-row").count()) > 1) await form.getByTestId("line-remove-1").click();
  await form.getByTestId("line-description-0").fill("激光打印机");
  await form.getByTestId("line-product-option").first().click();
  await expect(form.getByTestId("line-sku-0")).toBeVisible();
  await form.getByTestId("line-unitPrice-0").fill("1000");
  await form.getByTestId("line-quantity-0").fill("4");
  await form.getByTestId("line-discount-0").fill("15");
  await form.getByTestId("quote-submit").click();
  await rep.waitForURL(/\/app\/sales\/quotes\/[^/?]+\?saved=1$/);
  const quoteUrl = rep.url().replace(/\?.*$/, "");

  // 15 % is above the rep's limit: the manager approves it.
  await rep.getByTestId("quote-request-approval").click();
  await expect(rep.getByTestId("quote-status")).toHaveAttribute("data-status", "pending_approval");
  await manager.goto("/app/sales/approvals");
  await manager.getByTestId("approval-row").filter({ hasText: tag }).getByRole("link").click();
  await manager.getByTestId("quote-decision-comment").fill("新客户首单");
  await manager.getByTestId("quote-approve").click();
  await expect(manager.getByTestId("quote-approval-status")).toHaveAttribute("data-approval", "approved");

  // Sent, revised once (R2 at 10 %, within the limit), sent again, accepted → the order.
  await rep.goto(quoteUrl);
  await send(rep);
  await rep.getByTestId("quote-edit").click();
  await rep.waitForURL(/\/edit$/);
  await rep.getByTestId("line-discount-0").fill("10");
  await rep.getByTestId("quote-submit").click();
  await rep.waitForURL(/\?saved=1$/);
  await expect(rep.getByRole("heading", { level: 1 })).toContainText("R2");
  await send(rep);
  await rep.getByTestId("quote-accept").click();
  await rep.waitForURL(/\/app\/sales\/orders\/[^/?]+/);
  const orderUrl = new URL(rep.url()).pathname;

  // Confirming puts it on credit hold (over the 100.00 limit); the manager releases it.
  await rep.getByTestId("order-confirm").click();
  await expect(rep.getByTestId("hold-banner")).toBeVisible();
  const orderNumber = (await rep.getByRole("heading", { level: 1 }).innerText()).trim();
  await manager.goto("/app/sales/credit-holds");
  await manager.getByTestId("credit-hold-row").filter({ hasText: customer }).getByRole("link", { name: orderNumber }).click();
  await manager.waitForURL((url) => url.pathname === orderUrl);
  await manager.getByTestId("release-reason").fill("首单，经理批准");
  await manager.getByTestId("release-submit").click();
  await expect(manager.getByTestId("hold-banner")).toHaveCount(0);

  // The warehouse ships 2 of the 4 and posts the delivery.
  const keeper = await as(browser, DEMO.warehouse);
  await keeper.goto(`/app/sales/deliveries/new?orderId=${orderUrl.split("/").pop()}`);
  const delivery = keeper.getByTestId("delivery-form");
  await delivery.getByTestId("deliverable-line").first().getByRole("textbox").fill("2");
  await keeper.getByTestId("save-delivery").click();
  await keeper.waitForURL(/\/app\/sales\/deliveries\/[^/?]+\?saved=1$/);
  const deliveryUrl = keeper.url().replace(/\?.*$/, "");
  await keeper.getByTestId("post-delivery").click();
  await keeper.waitForURL(/\?posted=1$/);
  await expect(keeper.getByTestId("delivery-status")).toContainText(/Posted|已过账/);

  // Finance invoices the delivery and issues it; the PDF carries the customer's Chinese name.
  const finance = await as(browser, DEMO.finance);
  await finance.goto(`/app/billing/invoices/new?deliveryId=${deliveryUrl.split("/").pop()}`);
  const invoiceForm = finance.getByTestId("invoice-form");
  await expect(invoiceForm.getByTestId("invoice-quantity-0")).toHaveValue("2");
  await invoiceForm.getByTestId("create-invoice").click();
  await finance.waitForURL(/\/app\/billing\/invoices\/[^/?]+\?created=1$/);
  await finance.getByTestId("issue-invoice").click();
  await finance.waitForURL(/\?issued=1$/);
  const invoiceNumber = (await finance.getByRole("heading", { level: 1 }).innerText()).trim();
  const invoiceTotal = minor(await finance.getByTestId("invoice-total").innerText());
  expect(invoiceTotal).toBeGreaterThan(50_000);
  const pdfHref = await finance.getByTestId("invoice-pdf").getAttribute("href");
  const pdf = await finance.request.get(pdfHref!);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  const text = await pdfText(await pdf.body());
  expect(text).toContain("上海对账测试有限公司");

  // A partial payment of 500.00, allocated to the invoice.
  await finance.goto(`/app/billing/payments/new?accountId=${accountId}`);
  const payment = finance.getByTestId("payment-form");
  await payment.getByTestId("payment-amount").fill("500.00");
  await payment.locator('input[name="reference"]').fill(`WX-${tag}`);
  await payment.getByTestId("payment-submit").click();
  await finance.waitForURL(/\/app\/billing\/payments\/[^/]+\?created=1$/);
  await expect(finance.getByTestId("payment-allocations")).toContainText(invoiceNumber);

  // One unit comes back: the return of invoiced goods issues its credit note.
  await keeper.goto(deliveryUrl);
  await keeper.getByTestId("new-return").click();
  await keeper.waitForURL(/\/app\/sales\/returns\/new\?deliveryId=/);
  await keeper.getByTestId("return-reason").fill("包装破损");
  await keeper.getByTestId("return-quantity-0").fill("1");
  await keeper.getByTestId("save-return").click();
  await keeper.waitForURL(/\/app\/sales\/returns\/[^/?]+\?saved=1$/);
  await keeper.getByTestId("post-return").click();
  await keeper.waitForURL(/\?posted=1$/);
  const creditLink = keeper.getByTestId("return-credit-note");
  await expect(creditLink).toBeVisible();
  const creditNoteUrl = await creditLink.getAttribute("href");

  await finance.goto(creditNoteUrl!);
  await expect(finance.getByTestId("original-invoice")).toHaveText(invoiceNumber);
  const creditTotal = minor(await finance.getByTestId("invoice-total").innerText());
  // Half of what was invoiced (1 of 2 units), to the fen.
  expect(Math.abs(creditTotal) * 2 - invoiceTotal).toBeLessThanOrEqual(1);

  // The customer's ledger: invoice − payment − credit note.
  await finance.goto(`/app/billing/receivables/${accountId}`);
  await expect(finance.getByTestId("ledger-closing")).toBeVisible();
  expect(minor(await finance.getByTestId("ledger-closing").innerText())).toBe(invoiceTotal - 50_000 - Math.abs(creditTotal));

  // Reconciliation for this customer: delivered goods, invoices, sales facts and the ledger agree.
  await finance.goto(`/app/billing/reconciliation?account=${accountId}`);
  await expect(finance.getByTestId("reconciliation-customer")).toContainText(customer);
  await expect(finance.getByTestId("reconciliation-zero")).toBeVisible();
  await expect(finance.getByTestId("difference-row")).toHaveCount(0);
  const kept = invoiceTotal - Math.abs(creditTotal);
  expect(minor(await finance.getByTestId("summary-invoices").locator("td").nth(2).innerText())).toBe(kept);
  expect(minor(await finance.getByTestId("summary-ledger").locator("td").nth(2).innerText())).toBe(kept);
  expect(minor(await finance.getByTestId("summary-facts-difference").innerText())).toBe(0);
  expect(minor(await finance.getByTestId("summary-deliveredInvoiced-difference").innerText())).toBe(0);

  // A rep has no reconciliation (finance report): the page is not found for them.
  expect((await rep.goto("/app/billing/reconciliation"))?.status()).toBe(404);
});
