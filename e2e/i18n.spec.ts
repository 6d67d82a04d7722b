import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

/** The user menu is a <details>: a click on its summary toggles, so open it only when closed. */
async function openUserMenu(page: Page) {
  const menu = page.getByTestId("user-menu");
  if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
  await expect(menu).toHaveAttribute("open", "");
}

async function chooseLanguage(page: Page, locale: "en" | "zh-CN") {
  await openUserMenu(page);
  await page.getByTestId("locale-switcher").selectOption(locale);
}

test("the login page switches language without signing in", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("登录 Carrack");
  await page.getByTestId("locale-switcher").selectOption("en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Carrack");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a user's language is stored on the user and follows them to a new browser", async ({ page, browser }) => {
  // warehouse@ is used by no other spec's text checks; its language is put back at the end.
  await signIn(page, DEMO.warehouse);
  await expect(page.getByTestId("home-role")).toHaveText("仓库");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");

  await chooseLanguage(page, "en");
  await expect(page.getByTestId("home-role")).toHaveText("Warehouse");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Home" }).first()).toBeVisible();

  await openUserMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/login");

  // A fresh browser (no language cookie, Chinese Accept-Language): the login page is Chinese,
  // the app after sign-in is English because the choice is the user's, not the browser's.
  const fresh = await browser.newContext({ locale: "zh-CN" });
  const other = await fresh.newPage();
  try {
    await other.goto("/login");
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("登录 Carrack");
    await signIn(other, DEMO.warehouse);
    await expect(other.getByTestId("home-role")).toHaveText("Warehouse");
    await expect(other.locator("html")).toHaveAttribute("lang", "en");

    await chooseLanguage(other, "zh-CN");
    await expect(other.getByTestId("home-role")).toHaveText("仓库");
  } finally {
    await fresh.close();
  }
});
