import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures";

test("a rep adds product lines to an opportunity with the keyboard; the amount becomes their total; a bad line is refused", async ({ page }) => {
  await signIn(page, DEMO.sales);
  await page.goto("/app/crm/opportunities");
  await page.getByTestId("data-table").locator("tbody a").first().click();
  await page.waitForURL(/\/app\/crm\/opportunities\/[^/?]+$/);
  const form = page.getByTestId("opportunity-lines-form");

  // Search a product by name; picking it fills the description and the price list's price.
  await form.getByTestId("line-description-0").fill("激光打印机");
  await form.getByTestId("line-product-option").first().click();
  await expect(form.getByTestId("line-sku-0")).toBeVisible();
  await expect(form.getByTestId("line-unitPrice-0")).not.toHaveValue("");
  await form.getByTestId("line-quantity-0").fill("2");
  // Enter in the last row's quantity adds a row and moves there.
  await form.getByTestId("line-quantity-0").press("Enter");
  await expect(form.getByTestId("line-quantity-1")).toBeFocused();
  await form.getByTestId("line-description-1").fill("安装调试服务");
  await form.getByTestId("line-quantity-1").fill("1");
  await form.getByTestId("line-unitPrice-1").fill("800");
  await form.getByTestId("line-discount-1").fill("12.5");
  await expect(form.getByTestId("line-amount-1")).toContainText("700.00");
  const total = await form.getByTestId("lines-total").innerText();

  await form.getByTestId("lines-save").click();
  await expect(form.getByTestId("form-success")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("line-row")).toHaveCount(2);
  await expect(page.getByTestId("lines-total")).toHaveText(total);
  await expect(page.getByText(total).first()).toBeVisible();

  // A negative quantity is refused on its cell and nothing changes.
  await page.getByTestId("line-quantity-1").fill("-1");
  await page.getByTestId("lines-save").click();
  await expect(page.getByTestId("line-quantity-1")).toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByTestId("line-quantity-1")).toHaveValue("1");
});
