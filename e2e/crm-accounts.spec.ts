import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test("a rep creates an account with a contact, finds it in the list and on its 360 page; another team's rep gets the 404 page", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  const name = unique("E2E Account");
  const contact = unique("Contact");

  await rep.goto("/app/crm/accounts/new");
  const form = rep.getByTestId("account-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="taxId"]').fill(unique("TAX"));
  await form.getByTestId("account-submit").click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);
  const accountUrl = new URL(rep.url()).pathname;
  await expect(rep.getByRole("heading", { name })).toBeVisible();

  await rep.getByTestId("add-contact").click();
  const contactForm = rep.getByTestId("contact-create-form");
  await contactForm.locator('input[name="name"]').fill(contact);
  await contactForm.locator('input[name="email"]').fill(`${contact.toLowerCase()}@customer.example`);
  await contactForm.locator('input[name="isPrimary"]').check();
  await contactForm.getByTestId("contact-submit").click();
  await rep.waitForURL((url) => url.pathname === accountUrl);
  await expect(rep.getByTestId("account-contacts")).toContainText(contact);
  await expect(rep.getByTestId("account-timeline").locator("li")).toHaveCount(2);

  await rep.goto(`/app/crm/accounts?q=${encodeURIComponent(name)}`);
  await expect(rep.getByTestId("data-table")).toContainText(name);
  await rep.goto(`/app/crm/contacts?q=${encodeURIComponent(contact)}`);
  await expect(rep.getByTestId("data-table")).toContainText(name);

  const other = await browser.newPage();
  await signIn(other, DEMO.sales2);
  await other.goto(accountUrl);
  await expect(other.getByTestId("not-found")).toBeVisible();
  await expect(other).not.toHaveTitle(new RegExp(name));
  await other.goto(`/app/crm/accounts?q=${encodeURIComponent(name)}`);
  await expect(other.getByTestId("data-table")).not.toContainText(name);
  const csv = await other.request.get(`/app/crm/accounts/export?q=${encodeURIComponent(name)}`);
  expect(await csv.text()).not.toContain(name);
});

test("a bad credit limit is rejected with a field error in the user's language and nothing is created", async ({ page }) => {
  // Credit limits are set by managers and finance (credit.release).
  await signIn(page, DEMO.manager);
  const name = unique("Bad Limit");
  await page.goto("/app/crm/accounts/new");
  const form = page.getByTestId("account-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="creditLimit"]').fill("12.345");
  await form.getByTestId("account-submit").click();
  await expect(form.getByTestId("form-error")).toBeVisible();
  await expect(form).toContainText("金额");
  // What was typed stays in the form.
  await expect(form.locator('input[name="name"]')).toHaveValue(name);
  await page.goto(`/app/crm/accounts?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("data-table")).not.toContainText(name);
});

test("a manager sees the team's accounts, not another team's; warehouse has no CRM", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/app/crm/accounts/demo-account-1");
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("");
  await expect(page.getByTestId("account-facts")).toBeVisible();
  // Accounts 81–160 belong to sales2, in another team.
  await page.goto("/app/crm/accounts/demo-account-81");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.context().clearCookies();
  await signIn(page, DEMO.warehouse);
  await page.goto("/app/crm/accounts");
  await expect(page.getByTestId("not-found")).toBeVisible();
  const csv = await page.request.get("/app/crm/contacts/export");
  expect(csv.status()).toBe(404);
});
