import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signIn } from "./fixtures";

// Each demo user's role as their start page shows it, in their own language (sales2 uses English).
const ROLE_LABELS: [email: string, label: string][] = [
  [DEMO.admin, "管理员"],
  [DEMO.manager, "销售经理"],
  [DEMO.sales, "销售代表"],
  [DEMO.sales2, "Sales rep"],
  [DEMO.finance, "财务"],
  [DEMO.warehouse, "仓库"],
];

/** Fills the login form and waits for next-auth's answer (so each attempt is counted before the next). */
async function attempt(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials")),
    page.locator('button[type="submit"]').click(),
  ]);
}

for (const [email, label] of ROLE_LABELS) {
  test(`${email} signs in and sees their role`, async ({ page }) => {
    await signIn(page, email);
    await expect(page.getByTestId("home-role")).toHaveText(label);
  });
}

test("a wrong password shows the error and starts no session", async ({ page }) => {
  await page.goto("/login");
  await attempt(page, DEMO.admin, "not-the-password");
  await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.locator('input[name="password"]')).toBeVisible();
});

test("an unknown email gets the very same answer", async ({ page }) => {
  await page.goto("/login");
  await attempt(page, "nobody@example.com", DEMO_PASSWORD);
  await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
});

test.describe("rate limit", () => {
  // Failures count per email and client address. This test signs in from its own address, so
  // the block it causes never reaches finance@ in other tests (the e2e window is 120 s).
  test.use({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.45" } });

  test("five wrong passwords block the account, even with the right password", async ({ page }) => {
    await page.goto("/login");
    for (let i = 1; i <= 5; i++) {
      await attempt(page, DEMO.finance, `wrong-password-${i}`);
      await expect(page.getByTestId("login-error")).toHaveText("邮箱或密码不正确。");
    }
    await attempt(page, DEMO.finance, DEMO_PASSWORD);
    await expect(page.getByTestId("login-error")).toHaveText("失败次数过多，请等待 2 分钟后再试。");
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/app");
    await expect(page).toHaveURL(/\/login/);
  });
});

test("the same account still signs in from another address", async ({ page }) => {
  await signIn(page, DEMO.finance);
  await expect(page.getByTestId("home-role")).toHaveText("财务");
});

test("signing out returns to the login page and ends the session", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.getByTestId("user-menu").locator("summary").click();
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL((url) => url.pathname === "/login");
  await page.goto("/app");
  await expect(page).toHaveURL(/\/login/);
});
