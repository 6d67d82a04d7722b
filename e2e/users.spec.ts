import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

async function signOut(page: Page) {
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
}

/** Emails in the CSV's second column, header and BOM dropped. Emails need no CSV quoting. */
function csvEmails(text: string): string[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split(/\r?\n/).filter(Boolean);
  expect(lines[0].split(",")[1]).toBe("邮箱");
  return lines.slice(1).map((line) => line.match(/[^,\s"]+@[^,\s"]+/)?.[0] ?? line);
}

test("admin creates a user who can then sign in", async ({ page }) => {
  const email = `${unique("new-rep")}@example.com`;
  const password = "first-password-42";
  await signIn(page, DEMO.admin);
  await page.goto("/app/settings/users");
  await page.getByTestId("new-user").click();
  await page.waitForURL("**/app/settings/users/new");

  const form = page.getByTestId("user-create-form");
  await form.locator('input[name="name"]').fill("新同事 New Colleague");
  await form.locator('input[name="email"]').fill(email.toUpperCase());
  await form.locator('select[name="role"]').selectOption("sales");
  await form.locator('select[name="teamId"]').selectOption("team-south");
  await form.locator('select[name="locale"]').selectOption("en");
  await form.locator('input[name="password"]').fill("short");
  await form.locator('button[type="submit"]').click();
  // The browser's own minlength check stops a too-short password; lift it to see the server's answer.
  await form.locator('input[name="password"]').evaluate((el) => el.removeAttribute("minlength"));
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(form.getByText("密码至少需要 10 个字符。")).toBeVisible();

  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === "/app/settings/users");
  await expect(page.getByTestId("form-success")).toBeVisible();

  await page.getByTestId("table-search").fill(email);
  await expect(page.getByTestId("row")).toHaveCount(1);
  await expect(page.getByTestId("row")).toContainText(email); // stored lowercase

  // The same email again, in another case, is refused on the field.
  await page.goto("/app/settings/users/new");
  await form.locator('input[name="name"]').fill("Duplicate");
  await form.locator('input[name="email"]').fill(email.replace("new-rep", "NEW-REP"));
  await form.locator('input[name="password"]').fill(password);
  await form.locator('button[type="submit"]').click();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await expect(page).toHaveURL(/\/app\/settings\/users\/new$/);

  await signOut(page);
  await signIn(page, email, password);
  await expect(page.getByTestId("current-user")).toHaveText("新同事 New Colleague");
});

test("a sales rep gets the 404 page for the users admin and its export", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/settings/users");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await page.goto("/app/settings/users/demo-sales2");
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page).not.toHaveTitle(/陈静|Chen Jing/);
  const response = await page.request.get("/app/settings/users/export");
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("@example.com");
});

test("an unknown user id shows the 404 page", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/app/settings/users/no-such-user");
  await expect(page.getByTestId("not-found")).toBeVisible();
});

test("the list filters by role in the UI and the CSV export holds exactly the filtered rows", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/app/settings/users?size=100");
  const all = await page.getByTestId("row").count();

  await page.getByTestId("filter-role").selectOption("sales");
  await page.waitForURL(/role=sales/);
  await expect(page.getByTestId("row")).not.toHaveCount(all);
  const rows = page.getByTestId("row");
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (const text of await rows.allInnerTexts()) expect(text).toContain("销售代表");
  const shown = (await rows.allInnerTexts()).map((text) => text.match(/[^\s]+@[^\s]+/)?.[0]);
  expect(shown).toContain(DEMO.sales);
  expect(shown).toContain(DEMO.sales2);
  await expect(page.getByTestId("table-total")).toHaveAttribute("data-total", String(count));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("table-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^users-\d{4}-\d{2}-\d{2}\.csv$/);
  const emails = csvEmails(await readFile(await download.path(), "utf8"));
  expect(emails.sort()).toEqual([...shown].sort());
});

test("sorting by a header and paging go through the URL", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/app/settings/users?size=2");
  await expect(page.getByTestId("row")).toHaveCount(2);
  const emails = async () => (await page.getByTestId("row").allInnerTexts()).map((text) => text.match(/[^\s]+@[^\s]+/)?.[0] ?? "");
  await page.getByTestId("sort-email").click();
  await page.waitForURL(/sort=email&dir=asc/);
  await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
  const ascending = await emails();
  expect(ascending).toEqual([...ascending].sort());
  await page.getByTestId("sort-email").click();
  await page.waitForURL(/dir=desc/);
  await expect(page.getByTestId("data-table")).toHaveAttribute("aria-busy", "false");
  const descending = await emails();
  expect(descending).toEqual([...descending].sort().reverse());
  expect(descending[0] > ascending[0]).toBe(true);
  await page.getByTestId("page-next").click();
  await page.waitForURL(/page=2/);
  await expect(page.getByTestId("page-of")).toContainText("2");
  // A hand-edited URL with nonsense falls back to defaults instead of failing.
  await page.goto("/app/settings/users?page=-1&size=100000&sort=passwordHash&dir=up&role=root");
  await expect(page.getByTestId("data-table")).toBeVisible();
  await expect(page.getByTestId("page-size")).toHaveValue("100");
});
