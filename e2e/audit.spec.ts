import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test("after an admin edits a user, the audit log shows the change with before and after", async ({ page }) => {
  const email = `${unique("audited")}@example.com`;
  const firstName = unique("Before Name");
  const secondName = unique("After Name");
  await signIn(page, DEMO.admin);

  // A user of our own, so the entry we look for is unmistakable.
  await page.goto("/app/settings/users/new");
  const create = page.getByTestId("user-create-form");
  await create.locator('input[name="name"]').fill(firstName);
  await create.locator('input[name="email"]').fill(email);
  await create.locator('input[name="password"]').fill("audited-password-1");
  await create.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === "/app/settings/users");

  await page.getByTestId("table-search").fill(email);
  await expect(page.getByTestId("row")).toHaveCount(1);
  await page.getByTestId("row").getByRole("link", { name: firstName }).click();
  await page.waitForURL(/\/app\/settings\/users\/[^/]+$/);
  const userId = page.url().split("/").pop() ?? "";

  const edit = page.getByTestId("user-edit-form");
  await edit.locator('input[name="name"]').fill(secondName);
  await edit.locator('select[name="role"]').selectOption("finance");
  await edit.locator('button[type="submit"]').click();
  await expect(page.getByTestId("form-success")).toBeVisible();

  // The log, narrowed to users and searched by the record id: the create and the update.
  await page.goto("/app/settings/audit");
  await page.getByTestId("filter-entityType").selectOption("User");
  await page.waitForURL(/entityType=User/);
  await page.getByTestId("table-search").fill(userId);
  await page.waitForURL(new RegExp(`q=${userId}`));
  await expect(page.getByTestId("row")).toHaveCount(2);
  const newest = page.getByTestId("row").first(); // newest first by default
  await expect(newest).toContainText("修改");
  await expect(newest).toContainText(DEMO.admin);
  await expect(newest).toContainText(userId);

  await newest.getByTestId("audit-open").click();
  await page.waitForURL(/\/app\/settings\/audit\/[^/]+$/);
  const before = page.getByTestId("audit-before");
  const after = page.getByTestId("audit-after");
  await expect(before).toContainText(`"name": "${firstName}"`);
  await expect(before).toContainText(`"role": "sales"`);
  await expect(after).toContainText(`"name": "${secondName}"`);
  await expect(after).toContainText(`"role": "finance"`);
  // Only what changed, never a password.
  await expect(after).not.toContainText("email");
  await expect(page.locator("main")).not.toContainText("password");

  // The action filter narrows to the update alone.
  await page.goto(`/app/settings/audit?entityType=User&q=${userId}&action=create`);
  await expect(page.getByTestId("row")).toHaveCount(1);
  await expect(page.getByTestId("row")).toContainText("创建");
});

test("only admins may read the audit log", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/app/settings/audit");
  await expect(page.getByTestId("not-found")).toBeVisible();
  expect((await page.request.get("/app/settings/audit/export")).status()).toBe(404);
});
