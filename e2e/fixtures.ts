import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "carrack-demo";
export const DEMO = {
  admin: "admin@example.com",
  manager: "manager@example.com",
  sales: "sales@example.com",
  sales2: "sales2@example.com",
  finance: "finance@example.com",
  warehouse: "warehouse@example.com",
} as const;

/** Signs in through the login form, like a person, and waits for the app's start page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname === "/app");
  await expect(page.getByTestId("current-user")).toBeAttached();
}

/** A unique suffix so tests that create records never collide across runs. */
export function unique(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}
