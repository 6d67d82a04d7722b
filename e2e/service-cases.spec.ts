import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

async function countOf(page: Page, testId: string): Promise<number> {
  const row = page.getByTestId(testId);
  if ((await row.count()) === 0) return 0;
  return Number(await row.getByTestId("count").innerText());
}

test("a rep opens a case from an account page, resolves it with a root cause and sees it counted on the analysis page; another rep gets 404", async ({ browser }) => {
  const rep = await browser.newPage();
  await signIn(rep, DEMO.sales);
  const subject = unique("E2E pump fault");

  // The analysis before: the rep's faults with root cause "wear".
  await rep.goto("/app/service/analysis");
  const wearBefore = await countOf(rep, "analysis-root-cause-wear");
  const faultsBefore = await countOf(rep, "analysis-category-fault");
  const totalBefore = Number(await rep.getByTestId("analysis-total").innerText());

  // From the account page, so the case is on one of the rep's accounts.
  await rep.goto("/app/crm/accounts");
  await rep.getByTestId("data-table").locator("tbody a").first().click();
  await rep.waitForURL(/\/app\/crm\/accounts\/[^/?]+$/);
  const accountUrl = new URL(rep.url()).pathname;
  await rep.getByTestId("add-service-case").click();
  await rep.waitForURL(/\/app\/service\/cases\/new\?account=/);
  const form = rep.getByTestId("service-case-create-form");
  // The account comes prefilled from the account page.
  await expect(form.locator('select[name="accountId"]')).toHaveValue(accountUrl.split("/").pop()!);
  await form.locator('input[name="subject"]').fill(subject);
  await form.locator('select[name="category"]').selectOption("fault");
  await form.locator('select[name="severity"]').selectOption("high");
  await form.locator('input[name="productText"]').fill("XJ-200 mixer");
  await form.locator('textarea[name="description"]').fill("Leaks oil after two hours of running.");
  await form.getByTestId("service-case-submit").click();
  await rep.waitForURL(/\/app\/service\/cases\/[^/]+\?created=1$/);
  const caseUrl = new URL(rep.url()).pathname;
  await expect(rep.getByRole("heading", { name: new RegExp(subject) })).toBeVisible();
  const number = (await rep.getByRole("heading", { name: new RegExp(subject) }).innerText()).split(" · ")[0];
  expect(number).toMatch(/^CS-\d{4}-\d{5}$/);
  const openStatus = await rep.getByTestId("case-status").innerText();

  // Start work, then try to resolve without a root cause: refused with a field error.
  await rep.getByTestId("case-start").click();
  await expect(rep.getByTestId("case-status")).not.toHaveText(openStatus);
  const resolve = rep.getByTestId("case-resolve-form");
  await resolve.locator('textarea[name="resolution"]').fill("Replaced the worn shaft seal.");
  await resolve.getByTestId("case-resolve").click();
  await expect(resolve.getByTestId("case-root-cause")).toHaveAttribute("aria-invalid", "true");
  await resolve.getByTestId("case-root-cause").selectOption("wear");
  await resolve.getByTestId("case-resolve").click();
  await expect(rep.getByTestId("case-resolution")).toHaveText("Replaced the worn shaft seal.");
  await expect(rep.getByTestId("case-reopen-form")).toBeVisible();

  // Customer care: satisfaction and a follow-up today put it on the care list.
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const care = rep.getByTestId("case-care-form");
  await care.locator('select[name="satisfaction"]').selectOption("4");
  await care.locator('input[name="followUpDate"]').fill(day);
  await care.getByTestId("case-care-save").click();
  await expect(care.getByTestId("form-success")).toBeVisible();
  await rep.goto("/app/service/care");
  await expect(rep.getByTestId("care-dueToday")).toContainText(number);

  // Counted on the analysis page.
  await rep.goto("/app/service/analysis");
  await expect(rep.getByTestId("analysis-total")).toHaveText(String(totalBefore + 1));
  expect(await countOf(rep, "analysis-category-fault")).toBe(faultsBefore + 1);
  expect(await countOf(rep, "analysis-root-cause-wear")).toBe(wearBefore + 1);

  // On the account page and in the list and its CSV export.
  await rep.goto(accountUrl);
  await expect(rep.getByTestId("account-service-cases")).toContainText(number);
  await rep.goto(`/app/service/cases?q=${encodeURIComponent(subject)}`);
  await expect(rep.getByTestId("data-table")).toContainText(number);
  const csv = await (await rep.request.get(`/app/service/cases/export?q=${encodeURIComponent(subject)}`)).text();
  expect(csv).toContain(number);

  // Another team's rep: 404 on the page, nothing in their export.
  const other = await browser.newPage();
  await signIn(other, DEMO.sales2);
  const response = await other.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(other.getByText(subject)).toHaveCount(0);
  const theirs = await (await other.request.get(`/app/service/cases/export?q=${encodeURIComponent(subject)}`)).text();
  expect(theirs).not.toContain(number);
});
