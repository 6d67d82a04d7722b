import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("Ctrl+K opens the command menu and jumps to a page", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.keyboard.press("Control+k");
  const input = page.getByPlaceholder("跳转到页面或搜索记录…");
  await expect(input).toBeFocused();
  await input.fill("用户");
  await page.getByRole("option", { name: "用户", exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/app/settings/users");
  await expect(input).toBeHidden();
  await expect(page.getByRole("link", { name: "用户", exact: true }).first()).toHaveAttribute("aria-current", "page");

  // Enter picks the highlighted entry too, and Escape closes the menu.
  await page.keyboard.press("Control+k");
  await input.fill("首页");
  await input.press("Enter");
  await page.waitForURL((url) => url.pathname === "/app");
  await page.keyboard.press("Control+k");
  await expect(input).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(input).toBeHidden();
});

test("the dark theme applies at once and survives a reload", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByTestId("theme-switcher").selectOption("dark");
  await expect(page.locator("html")).toHaveClass(/(^|\s)dark(\s|$)/);
  // The choice is saved by a server action; wait for the cookie before reloading.
  await expect.poll(async () => (await page.context().cookies()).find((c) => c.name === "carrack-theme")?.value).toBe("dark");
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/(^|\s)dark(\s|$)/);

  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByTestId("theme-switcher").selectOption("light");
  await expect(page.locator("html")).not.toHaveClass(/(^|\s)dark(\s|$)/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("the menu button opens the sidebar drawer", async ({ page }) => {
    await signIn(page, DEMO.admin);
    const drawer = page.getByRole("dialog");
    await expect(drawer).toBeHidden();
    await page.getByRole("button", { name: "打开菜单" }).click();
    await expect(drawer).toBeVisible();
    await drawer.getByRole("link", { name: "团队", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/app/settings/teams");
    await expect(drawer).toBeHidden(); // following a link closes the drawer

    await page.getByRole("button", { name: "打开菜单" }).click();
    await page.getByRole("button", { name: "关闭菜单" }).click();
    await expect(drawer).toBeHidden();
  });
});
