import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

// CRM CSV import through the shared wizard: a 1,000-row accounts file with exactly three bad
// rows; the dry run reports those three and writes nothing; the import creates the rest; the
// same file again creates nothing new.

const HEADER = "code,name,type,industry,region,province,city,tax_id,payment_terms_days,credit_limit,tags,status";

function accountsCsv(prefix: string): string {
  const lines = [HEADER];
  for (let i = 1; i <= 1000; i++) {
    if (i === 10) lines.push(`${prefix}-${i},,customer,,east,,,,30,,,active`); // no name
    else if (i === 500) lines.push(`${prefix}-${i},Bad Region ${i},customer,,atlantis,,,,30,,,active`); // unknown region
    else if (i === 999) lines.push(`${prefix}-${i},Bad Terms ${i},customer,,east,,,,forever,,,active`); // not a number
    else lines.push(`${prefix}-${i},"${prefix} 贸易 ${i} 有限公司",${i % 2 ? "customer" : "潜在客户"},Machinery,${i % 3 ? "east" : "华南"},江苏,苏州,T${prefix}${i},${30 + (i % 3) * 15},${i % 5 ? "" : "10000.00"},import,active`);
  }
  return lines.join("\r\n") + "\r\n";
}

test("a rep imports 1,000 accounts: exactly the 3 bad rows are reported, the rest land, a re-run duplicates nothing", async ({ page }) => {
  test.setTimeout(300_000);
  const prefix = unique("IMPA").toUpperCase();
  const csv = Buffer.from(accountsCsv(prefix), "utf8");
  await signIn(page, DEMO.sales);
  await page.goto("/app/crm/accounts");
  await page.getByTestId("import-accounts").click();
  await page.waitForURL("**/app/crm/import?type=accounts");

  await page.getByTestId("import-file").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: csv });
  await page.getByTestId("import-upload").click();
  await expect(page.getByTestId("import-file-summary")).toContainText("accounts.csv");
  await expect(page.getByTestId("map-code")).toHaveValue("0");
  await expect(page.getByTestId("import-match-on")).toHaveValue("code");

  await page.getByTestId("import-dry-run").click();
  await expect(page.getByTestId("check-summary")).toBeVisible({ timeout: 120_000 });
  const errors = page.getByTestId("import-error-row");
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText("11");
  await expect(errors.nth(0)).toContainText("name");
  await expect(errors.nth(1)).toContainText("501");
  await expect(errors.nth(1)).toContainText("region");
  await expect(errors.nth(2)).toContainText("1000");
  await expect(errors.nth(2)).toContainText("payment_terms_days");
  // Nothing is written by the check.
  const list = await page.request.get(`/app/crm/accounts/export?q=${prefix}`);
  expect((await list.text()).split("\r\n").filter((l) => l.includes(prefix))).toHaveLength(0);

  await page.getByTestId("import-run").click();
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId("import-progress-percent")).toHaveText("100%");
  await expect(page.getByTestId("import-errors").getByTestId("import-error-row")).toHaveCount(3);

  await page.getByTestId("import-done-link").click();
  await page.waitForURL("**/app/crm/accounts");
  await page.goto(`/app/crm/accounts?q=${prefix}`);
  await expect(page.getByTestId("table-total")).toHaveAttribute("data-total", "997");
  await page.goto(`/app/crm/accounts?q=${encodeURIComponent(`${prefix} 贸易 2 有限公司`)}`);
  await expect(page.getByTestId("data-table")).toContainText(`${prefix}-2`);

  // The same file again: matched on code, every row is unchanged.
  await page.goto("/app/crm/import?type=accounts");
  await page.getByTestId("import-file").setInputFiles({ name: "accounts.csv", mimeType: "text/csv", buffer: csv });
  await page.getByTestId("import-upload").click();
  await page.getByTestId("import-dry-run").click();
  await expect(page.getByTestId("check-summary")).toBeVisible({ timeout: 120_000 });
  await page.getByTestId("import-run").click();
  await expect(page.getByTestId("import-summary")).toBeVisible({ timeout: 120_000 });
  await page.goto(`/app/crm/accounts?q=${prefix}`);
  await expect(page.getByTestId("table-total")).toHaveAttribute("data-total", "997");
});

test("contacts import attaches to accounts by code; another rep cannot import", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/crm/accounts/new");
  const code = unique("CT").toUpperCase();
  const form = page.getByTestId("account-create-form");
  await form.locator('input[name="code"]').fill(code);
  await form.locator('input[name="name"]').fill(`${code} Account`);
  await form.getByTestId("account-submit").click();
  await page.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);
  const accountUrl = new URL(page.url()).pathname;

  const csv = ["account_code,name,email,mobile", `${code},Wang Fang,wang.${code.toLowerCase()}@example.com,13800000001`, `NOPE-${code},Ghost,ghost@example.com,`].join("\r\n");
  await page.goto("/app/crm/import?type=contacts");
  await page.getByTestId("import-file").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByTestId("import-upload").click();
  await page.getByTestId("import-dry-run").click();
  await expect(page.getByTestId("import-error-row")).toHaveCount(1);
  await expect(page.getByTestId("import-error-row")).toContainText("account_code");
  await page.getByTestId("import-run").click();
  await expect(page.getByTestId("import-summary")).toBeVisible();
  await page.goto(accountUrl);
  await expect(page.getByTestId("account-contacts")).toContainText("Wang Fang");

  await page.context().clearCookies();
  await signIn(page, DEMO.warehouse);
  const response = await page.goto("/app/crm/import");
  expect(response?.status()).toBe(404);
});
