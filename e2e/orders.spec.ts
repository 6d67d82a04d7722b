import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test("a rep enters an order for a customer with a small credit limit, confirms it onto credit hold; the manager releases it with a reason; the rep changes it", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  const name = unique("Credit Customer");

  // The rep creates the customer; credit settings are read-only for reps (credit.release).
  await rep.goto("/app/crm/accounts/new");
  const accountForm = rep.getByTestId("account-create-form");
  await accountForm.locator('input[name="name"]').fill(name);
  await expect(accountForm.locator('input[name="creditLimit"]')).toHaveAttribute("readonly", "");
  await expect(accountForm.locator('select[name="creditCheckAt"]')).toBeDisabled();
  await accountForm.getByTestId("account-submit").click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);
  const accountPath = new URL(rep.url()).pathname;

  // The manager gives it a credit limit of 100.00 that holds orders at confirmation.
  const manager = await browser.newPage();
  await signIn(manager, DEMO.manager);
  await manager.goto(`${accountPath}/edit`);
  const editForm = manager.getByTestId("account-edit-form");
  await editForm.locator('input[name="creditLimit"]').fill("100");
  await editForm.getByTestId("account-submit").click();
  await expect(manager.getByText("客户已保存。")).toBeVisible();
  await rep.reload();
  await expect(rep.getByTestId("account-credit")).toBeVisible();

  // A new order from the account's credit panel, entered with the line editor.
  await rep.getByTestId("account-new-order").click();
  await rep.waitForURL(/\/app\/sales\/orders\/new\?accountId=/);
  const form = rep.getByTestId("order-form");
  await form.getByTestId("line-description-0").fill("安装调试服务");
  await form.getByTestId("line-quantity-0").fill("2");
  await form.getByTestId("line-unitPrice-0").fill("500");
  await expect(form.getByTestId("lines-total")).toContainText("1,000.00");
  await form.getByTestId("order-customer-reference").fill("PO-E2E-1");
  await form.getByTestId("order-save").click();
  await rep.waitForURL(/\/app\/sales\/orders\/[^/]+\?saved=1$/);
  const orderUrl = new URL(rep.url()).pathname;
  await expect(rep.getByTestId("order-phase")).toHaveText("草稿");
  // 1,000.00 + 13 % VAT.
  await expect(rep.getByTestId("order-total")).toContainText("1,130.00");

  // Confirming counts the order against the limit: 1,130.00 > 100.00 → on hold.
  await rep.getByTestId("order-confirm").click();
  await expect(rep.getByTestId("hold-banner")).toBeVisible();
  await expect(rep.getByTestId("order-phase")).toHaveText("信用冻结");
  await expect(rep.getByTestId("hold-banner")).toContainText("超出信用额度");
  // The rep may not release it: no release form for them.
  await expect(rep.getByTestId("release-form")).toHaveCount(0);
  const number = (await rep.getByRole("heading", { level: 1 }).innerText()).trim();
  expect(number).toMatch(/\d{5}$/);

  // The list filters by hold and searches by customer; the CSV export follows the same filter.
  await rep.goto(`/app/sales/orders?hold=1&q=${encodeURIComponent(name)}`);
  await expect(rep.getByTestId("data-table")).toContainText(number);
  await expect(rep.getByTestId("data-table")).toContainText("信用冻结");
  const csv = await rep.request.get(`/app/sales/orders/export?hold=1&q=${encodeURIComponent(name)}`);
  expect(await csv.text()).toContain(number);

  // The manager finds it in the credit holds queue and releases it with a reason.
  await manager.goto("/app/sales/credit-holds");
  const row = manager.getByTestId("credit-hold-row").filter({ hasText: name });
  await expect(row).toContainText(number);
  await row.getByRole("link", { name: number }).click();
  await manager.waitForURL((url) => url.pathname === orderUrl);
  await expect(manager.getByTestId("exposure-box")).toBeVisible();
  await manager.getByTestId("release-reason").fill("老客户，周五前付款");
  await manager.getByTestId("release-submit").click();
  await expect(manager.getByTestId("hold-banner")).toHaveCount(0);
  await expect(manager.getByTestId("credit-released")).toContainText("老客户，周五前付款");
  await expect(manager.getByTestId("order-events")).toContainText("老客户，周五前付款");
  // A service-only order has nothing to deliver: released, it is no longer on hold.
  await expect(manager.getByTestId("order-phase")).not.toHaveText("信用冻结");
  await manager.goto("/app/sales/credit-holds");
  await expect(manager.getByTestId("credit-hold-row").filter({ hasText: name })).toHaveCount(0);

  // The rep changes the confirmed order: a new version with the old and new quantity.
  await rep.goto(orderUrl);
  await expect(rep.getByTestId("hold-banner")).toHaveCount(0);
  await rep.getByTestId("order-edit").click();
  await rep.waitForURL(`**${orderUrl}/edit`);
  const change = rep.getByTestId("order-form");
  await change.getByTestId("line-quantity-0").fill("1");
  await change.getByTestId("order-change-reason").fill("客户减少数量");
  await change.getByTestId("order-save").click();
  await rep.waitForURL(/\?changed=ok$/);
  const entry = rep.getByTestId("order-history-entry").first();
  await expect(entry).toContainText("版本 2");
  await expect(entry).toContainText("客户减少数量");
  await expect(entry).toContainText("2 → 1");
  await expect(rep.getByTestId("order-total")).toContainText("565.00");

  // Another rep gets the 404 page for this order.
  const other = await browser.newPage();
  await signIn(other, DEMO.sales2);
  await other.goto(orderUrl);
  await expect(other.getByTestId("not-found")).toBeVisible();
  await expect(other).not.toHaveTitle(new RegExp(number));
  const otherCsv = await other.request.get(`/app/sales/orders/export?q=${encodeURIComponent(name)}`);
  expect(await otherCsv.text()).not.toContain(number);
});
