import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test("a rep creates a lead, qualifies and converts it, lands on the new opportunity; another rep gets the 404 page", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  const person = unique("E2E Lead");
  const company = unique("E2E Lead Co");

  await rep.goto("/app/crm/leads");
  await rep.getByTestId("new-lead").click();
  const form = rep.getByTestId("lead-create-form");
  await form.locator('input[name="personName"]').fill(person);
  await form.locator('input[name="company"]').fill(company);
  await form.locator('input[name="email"]').fill("lead.e2e@example.com");
  await form.locator('input[name="score"]').fill("150");
  await form.getByTestId("lead-submit").click();
  // A bad score is refused with a field error; nothing is created.
  await expect(form.locator('input[name="score"]')).toHaveAttribute("aria-invalid", "true");
  await expect(form.locator('input[name="personName"]')).toHaveValue(person);
  await form.locator('input[name="score"]').fill("70");
  await form.locator('select[name="rating"]').selectOption("hot");
  await form.getByTestId("lead-submit").click();
  await rep.waitForURL(/\/app\/crm\/leads\/[^/]+\?created=1$/);
  const leadUrl = new URL(rep.url()).pathname;
  await expect(rep.getByRole("heading", { name: person })).toBeVisible();

  // new → working → qualified with the status buttons.
  await rep.getByTestId("lead-status-working").click();
  await expect(rep.getByTestId("lead-status").first()).toHaveText(/跟进中|Working/);
  await rep.getByTestId("lead-status-qualified").click();
  await expect(rep.getByTestId("convert-lead")).toBeVisible();
  await expect(rep.getByTestId("lead-history").locator("li")).toHaveCount(3);

  // Convert: new account named after the company, plus an opportunity.
  await rep.getByTestId("convert-lead").click();
  await rep.waitForURL(/\/convert$/);
  const convert = rep.getByTestId("lead-convert-form");
  await expect(convert.getByTestId("convert-account-name")).toHaveValue(company);
  await convert.getByTestId("convert-opportunity-name").fill(`${company} deal`);
  await convert.getByTestId("convert-amount").fill("12.345");
  await convert.getByTestId("convert-submit").click();
  // A bad amount is refused and nothing is converted.
  await expect(convert.getByTestId("convert-amount")).toHaveAttribute("aria-invalid", "true");
  await convert.getByTestId("convert-amount").fill("56000");
  await convert.getByTestId("convert-submit").click();
  await rep.waitForURL(/\/app\/crm\/opportunities\/[^/]+\?fromLead=1$/);
  await expect(rep.getByRole("heading", { name: `${company} deal` })).toBeVisible();
  await rep.getByRole("link", { name: company }).first().click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/?]+$/);
  await expect(rep.getByRole("heading", { name: company })).toBeVisible();
  await expect(rep.getByText(person).first()).toBeVisible();

  // The converted lead links to its records and is read-only.
  await rep.goto(leadUrl);
  await expect(rep.getByTestId("lead-converted")).toBeVisible();
  await expect(rep.getByTestId("converted-opportunity")).toHaveText(`${company} deal`);
  await expect(rep.getByTestId("edit-lead")).toHaveCount(0);
  await expect(rep.getByTestId("lead-status-control")).toHaveCount(0);
  await rep.goto(`${leadUrl}/edit`);
  await rep.waitForURL((url) => url.pathname === leadUrl);

  const other = await browser.newPage();
  await signIn(other, DEMO.sales2);
  await other.goto(leadUrl);
  await expect(other.getByTestId("not-found")).toBeVisible();
  await expect(other).not.toHaveTitle(new RegExp(person));
  await other.goto(`/app/crm/leads?q=${encodeURIComponent(person)}`);
  await expect(other.getByTestId("data-table")).not.toContainText(person);
  const csv = await other.request.get(`/app/crm/leads/export?q=${encodeURIComponent(person)}`);
  expect(csv.status()).toBe(200);
  expect(await csv.text()).not.toContain(person);
  const mine = await rep.request.get(`/app/crm/leads/export?q=${encodeURIComponent(person)}`);
  expect(await mine.text()).toContain(person);
});

test("a rep disqualifies a lead with a reason and reopens it", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/crm/leads?status=new");
  await page.getByTestId("data-table").locator("tbody a").first().click();
  await page.waitForURL(/\/app\/crm\/leads\/[^/?]+$/);
  await page.getByTestId("lead-status-disqualified").click();
  await page.getByTestId("lead-disqualify-reason").fill("No budget until next year");
  await page.getByTestId("lead-disqualify-submit").click();
  await expect(page.getByTestId("lead-status").first()).toHaveText(/已排除|Disqualified/);
  await expect(page.getByText("No budget until next year").first()).toBeVisible();
  await page.getByTestId("lead-status-working").click();
  await expect(page.getByTestId("lead-status").first()).toHaveText(/跟进中|Working/);
});

test("an admin sets round-robin lead assignment; a rep gets the 404 page there", async ({ browser }) => {
  const admin = await browser.newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/app/settings/leads");
  const form = admin.getByTestId("lead-assignment-form");
  await form.getByTestId("assignment-mode-round_robin").check();
  await form.getByTestId("assignment-team").selectOption({ index: 0 });
  await form.getByTestId("assignment-submit").click();
  // Round-robin needs a team.
  await expect(form.getByTestId("assignment-team")).toHaveAttribute("aria-invalid", "true");
  await form.getByTestId("assignment-team").selectOption({ index: 1 });
  await form.getByTestId("assignment-submit").click();
  await expect(form.getByTestId("form-success")).toBeVisible();
  await form.getByTestId("assignment-mode-region").check();
  await form.getByTestId("assignment-submit").click();
  await expect(form.getByTestId("form-success")).toBeVisible();

  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  await rep.goto("/app/settings/leads");
  await expect(rep.getByTestId("not-found")).toBeVisible();
});
