import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// The quote flow as people do it: a rep quotes an opportunity with a discount above their limit,
// asks for approval, a manager approves, the rep sends, revises once (R2), compares the two
// revisions, and records the customer's acceptance, which opens the new sales order.

async function openFirstOpportunity(page: Page) {
  await page.goto("/app/crm/opportunities");
  await page.getByTestId("data-table").locator("tbody a").first().click();
  await page.waitForURL(/\/app\/crm\/opportunities\/[^/?]+$/);
}

test("quote from an opportunity: approval, send, revision R2, diff, accept into an order", async ({ browser }) => {
  test.setTimeout(120_000);
  const rep = await (await browser.newContext()).newPage();
  await signIn(rep, DEMO.sales);
  await openFirstOpportunity(rep);
  await rep.getByTestId("new-quote-from-record").click();
  await rep.waitForURL(/\/app\/sales\/quotes\/new\?opportunityId=/);

  const title = unique("Quote");
  const form = rep.getByTestId("quote-form");
  await form.getByTestId("quote-title").fill(title);
  // Start from a clean sheet: the opportunity's own lines (if any) are removed.
  while ((await form.getByTestId("line-row").count()) > 1) await form.getByTestId("line-remove-1").click();
  await form.getByTestId("line-description-0").fill("激光打印机");
  await form.getByTestId("line-product-option").first().click();
  await expect(form.getByTestId("line-sku-0")).toBeVisible();
  // The product's VAT rate arrives with the pick.
  await expect(form.getByTestId("line-vatRate-0")).not.toHaveValue("");
  await form.getByTestId("line-unitPrice-0").fill("1000");
  await form.getByTestId("line-quantity-0").fill("3");
  await form.getByTestId("line-discount-0").fill("15");
  // Net of 3 × 1 000 less 15 % (2 550.00, or its net part when the price list includes VAT).
  await expect(form.getByTestId("line-amount-0")).not.toHaveText("—");
  await form.getByTestId("quote-submit").click();
  await rep.waitForURL(/\/app\/sales\/quotes\/[^/?]+\?saved=1$/);
  const quoteUrl = rep.url().replace(/\?.*$/, "");

  // 15 % is above the rep's 10 %: "send" is "request approval".
  await expect(rep.getByTestId("quote-send")).toHaveCount(0);
  await rep.getByTestId("quote-request-approval").click();
  await expect(rep.getByTestId("quote-status")).toHaveAttribute("data-status", "pending_approval");

  // The manager finds it in the approvals queue and approves with a comment.
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, DEMO.manager);
  await manager.goto("/app/sales/approvals");
  await manager.getByTestId("approval-row").filter({ hasText: title }).getByRole("link").click();
  await manager.getByTestId("quote-decision-comment").fill("Strategic customer");
  await manager.getByTestId("quote-approve").click();
  await expect(manager.getByTestId("quote-approval-status")).toHaveAttribute("data-approval", "approved");
  await manager.goto("/app/sales/approvals");
  await expect(manager.getByTestId("approval-row").filter({ hasText: title })).toHaveCount(0);

  // The rep sends the approved revision.
  await rep.goto(quoteUrl);
  await expect(rep.getByTestId("quote-approval-status")).toHaveAttribute("data-approval", "approved");
  const email = rep.getByTestId("quote-send-email");
  if (await email.count()) await email.uncheck();
  await rep.getByTestId("quote-send").click();
  await expect(rep.getByTestId("quote-status")).toHaveAttribute("data-status", "sent");

  // Revising a sent quote makes R2; R1 stays as sent.
  await rep.getByTestId("quote-edit").click();
  await rep.waitForURL(/\/edit$/);
  await rep.getByTestId("line-quantity-0").fill("4");
  await rep.getByTestId("line-discount-0").fill("10");
  await rep.getByTestId("quote-submit").click();
  await rep.waitForURL(/\?saved=1$/);
  await expect(rep.getByRole("heading", { level: 1 })).toContainText("R2");
  await expect(rep.getByTestId("quote-status")).toHaveAttribute("data-status", "draft");
  await expect(rep.getByTestId("quote-revision")).toHaveCount(2);

  // The diff shows the changed line and totals.
  await rep.getByTestId("quote-compare").click();
  await rep.waitForURL(/\/diff\?from=1&to=2$/);
  const changed = rep.getByTestId("quote-diff-changed");
  await expect(changed).toHaveCount(1);
  await expect(changed).toHaveAttribute("data-fields", "quantity,discountBp,net,gross");
  await expect(rep.getByTestId("quote-diff-header").and(rep.locator('[data-field="total"]'))).toBeVisible();

  // 10 % is within the limit: R2 is sent directly, then the customer accepts → the order opens.
  await rep.goto(quoteUrl);
  await expect(rep.getByTestId("quote-request-approval")).toHaveCount(0);
  const email2 = rep.getByTestId("quote-send-email");
  if (await email2.count()) await email2.uncheck();
  await rep.getByTestId("quote-send").click();
  await expect(rep.getByTestId("quote-status")).toHaveAttribute("data-status", "sent");
  await rep.getByTestId("quote-accept").click();
  await rep.waitForURL(/\/app\/sales\/orders\/[^/?]+/);
  await rep.goto(quoteUrl);
  await expect(rep.getByTestId("quote-status")).toHaveAttribute("data-status", "accepted");
  await expect(rep.getByTestId("quote-order-link")).toBeVisible();

  // The list finds it by title; another rep cannot open it.
  await rep.goto(`/app/sales/quotes?q=${encodeURIComponent(title)}`);
  await expect(rep.getByTestId("quote-link")).toHaveCount(1);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, DEMO.sales2);
  const response = await other.goto(quoteUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByText(title)).toHaveCount(0);
});
