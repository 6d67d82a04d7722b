import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("admin signs in and sees the start page", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await expect(page.getByTestId("home-role")).toHaveText("管理员");
});
