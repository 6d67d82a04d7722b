import { expect, test } from "@playwright/test";
import { DEMO, signIn, unique } from "./fixtures";

test.describe("settings (admin)", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO.admin);
  });

  test("creates a team under East China with a manager and sees it in the tree", async ({ page }) => {
    const name = unique("Nanjing");
    await page.goto("/app/settings/teams");
    const form = page.getByTestId("team-create-form");
    await form.locator('input[name="name"]').fill(name);
    await form.locator('select[name="parentId"]').selectOption({ label: "华东大区 East China" });
    await form.locator('select[name="managerId"]').selectOption({ label: "李强 Li Qiang" });
    await form.locator('button[type="submit"]').click();
    await expect(form.getByTestId("form-success")).toBeVisible();

    const tree = page.getByTestId("team-tree");
    const row = tree.getByTestId("team-node").filter({ hasText: name });
    await expect(row).toHaveAttribute("data-depth", "1");
    await expect(row.getByTestId("team-manager")).toHaveText("李强 Li Qiang");
    await expect(row.getByTestId("team-members")).toHaveText("0");
    // It sits inside East China's branch: after East China, before the next top-level team.
    const names = await tree.getByTestId("team-node").evaluateAll((rows) => rows.map((r) => `${r.getAttribute("data-depth")}:${r.querySelector("a")?.textContent}`));
    const east = names.indexOf("0:华东大区 East China");
    const next = names.findIndex((n, i) => i > east && n.startsWith("0:"));
    expect(names.indexOf(`1:${name}`)).toBeGreaterThan(east);
    expect(names.indexOf(`1:${name}`)).toBeLessThan(next === -1 ? names.length : next);

    // Its page opens from the tree (the command menu links there too).
    await row.getByRole("link", { name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page.getByTestId("team-edit-form").locator('select[name="managerId"]')).toHaveValue("demo-manager");
  });

  test("edits the company name and sees it saved", async ({ page }) => {
    const name = unique("Carrack Trading");
    await page.goto("/app/settings/company");
    const form = page.getByTestId("company-form");
    await form.locator('input[name="name"]').fill(name);
    await form.locator('button[type="submit"]').click();
    await expect(form.getByTestId("form-success")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("company-form").locator('input[name="name"]')).toHaveValue(name);
  });

  test("changes the quote prefix and sees the preview change", async ({ page }) => {
    await page.goto("/app/settings/numbering");
    const row = page.getByTestId("numbering-row-QUOTE");
    const preview = page.getByTestId("numbering-preview-QUOTE");
    // Other specs may have numbered quotes already: only the prefix is ours to check.
    await expect(preview).toHaveText(/^Q-\d{4}-\d{5}$/);

    await row.locator('input[name="prefix"]').fill("QT");
    await expect(preview).toHaveText(/^QT-\d{4}-\d{5}$/); // live, before saving
    await row.locator('select[name="padding"]').selectOption("6");
    await expect(preview).toHaveText(/^QT-\d{4}-\d{6}$/);
    await row.locator('button[type="submit"]').click();
    await expect(row.getByTestId("form-success")).toBeVisible();

    await page.reload();
    await expect(page.getByTestId("numbering-preview-QUOTE")).toHaveText(/^QT-\d{4}-\d{6}$/);

    // Put the demo's rule back for any later spec.
    const again = page.getByTestId("numbering-row-QUOTE");
    await again.locator('input[name="prefix"]').fill("Q");
    await again.locator('select[name="padding"]').selectOption("5");
    await again.locator('button[type="submit"]').click();
    await expect(again.getByTestId("form-success")).toBeVisible();
  });
});

test("a sales rep opening company settings gets the 404 page", async ({ page }) => {
  await signIn(page, DEMO.sales);
  const response = await page.goto("/app/settings/company");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByTestId("company-form")).toHaveCount(0);
});
