import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

async function createAccount(page: Page, name: string, taxId: string): Promise<string> {
  await page.goto("/app/crm/accounts/new");
  const form = page.getByTestId("account-create-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="taxId"]').fill(taxId);
  await form.getByTestId("account-submit").click();
  await page.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);
  return new URL(page.url()).pathname;
}

test("a rep is warned about a likely duplicate, merges the two accounts, and the merged-away URL redirects", async ({ page }) => {
  await signIn(page, DEMO.sales);
  const base = unique("Merge Trading");
  const taxId = unique("TAX").toUpperCase();
  const keptUrl = await createAccount(page, `${base} Co., Ltd.`, taxId);

  // The second account: the form warns (same tax id, similar name) but still saves.
  await page.goto("/app/crm/accounts/new");
  const form = page.getByTestId("account-create-form");
  await form.locator('input[name="name"]').fill(base.toUpperCase());
  await form.locator('input[name="taxId"]').fill(taxId);
  await form.locator('input[name="industry"]').focus();
  const warning = form.getByTestId("duplicate-warning");
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId("duplicate-candidate")).toHaveCount(1);
  await expect(warning).toContainText(`${base} Co., Ltd.`);
  await form.locator('input[name="industry"]').fill("Machinery");
  await form.getByTestId("account-submit").click();
  await page.waitForURL(/\/app\/crm\/accounts\/[^/]+\?created=1$/);
  const goneUrl = new URL(page.url()).pathname;
  const keptId = keptUrl.split("/").pop()!;
  const goneId = goneUrl.split("/").pop()!;

  // The finder lists the pair; compare and merge, keeping the first and taking the industry.
  await page.goto("/app/crm/duplicates?type=account");
  const row = page.getByTestId("duplicate-pair").filter({ hasText: `${base} Co., Ltd.` });
  await expect(row).toHaveCount(1);
  await page.goto(`/app/crm/duplicates/merge?type=account&a=${keptId}&b=${goneId}`);
  const merge = page.getByTestId("merge-form");
  await expect(merge.getByTestId("merge-title-a")).toHaveText(`${base} Co., Ltd.`);
  await merge.getByTestId("keep-a").check();
  await merge.getByTestId("pick-industry-b").check();
  page.once("dialog", (dialog) => dialog.accept());
  await merge.getByTestId("merge-submit").click();
  await page.waitForURL((url) => url.pathname === keptUrl && url.searchParams.get("merged") === "1");
  await expect(page.getByTestId("merged-notice")).toBeVisible();
  await expect(page.getByTestId("account-facts")).toContainText("Machinery");

  // The merged-away account's old link lands on the survivor.
  await page.goto(goneUrl);
  await page.waitForURL((url) => url.pathname === keptUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${base} Co., Ltd.`);
  await page.goto("/app/crm/duplicates?type=account");
  await expect(page.getByTestId("duplicate-pair").filter({ hasText: `${base} Co., Ltd.` })).toHaveCount(0);
});

test("another team's rep cannot open a merge of records they may not see", async ({ page }) => {
  await signIn(page, DEMO.sales);
  const mine = await createAccount(page, unique("Mine Only"), unique("TAX"));
  await page.context().clearCookies();
  await signIn(page, DEMO.sales2);
  const theirs = await createAccount(page, unique("Theirs Only"), unique("TAX"));
  await page.goto(`/app/crm/duplicates/merge?type=account&a=${theirs.split("/").pop()}&b=${mine.split("/").pop()}`);
  await expect(page.getByTestId("not-found")).toBeVisible();
});
